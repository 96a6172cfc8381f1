"""A saved plan as the pages show it, and the writes that change it (each in one transaction)."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from careers.common.limits import keep_latest
from careers.plans.milestones import Dated, dated, detailed_steps
from careers.plans.models import EarlierTarget, MilestoneTick, Plan
from careers.seekers.merging import joined_tick, merge_rows

NEXT_ACTIONS = 3
EARLIER_TARGETS_KEPT = 20  # a plan's history of targets keeps the latest; it only ever grows


@dataclass
class PlanView:
    plan: Plan
    steps: list
    milestones: list[Dated]
    broken: bool = False  # a step of the saved route is no longer on the public map
    by_step: list = field(default_factory=list)

    @property
    def next_actions(self) -> list[Dated]:
        return [m for m in self.milestones if not m.done][:NEXT_ACTIONS]

    @property
    def done(self) -> int:
        return sum(m.done for m in self.milestones)

    @property
    def route_roles(self) -> list:
        return [self.steps[0].from_role, *(s.to_role for s in self.steps)] if self.steps else []

    @property
    def low_months(self) -> int:
        return sum(step.low_months for step in self.steps)

    @property
    def too_soon(self) -> bool:
        """The target date comes before the route's quickest usual time."""
        plan = self.plan
        return plan.target_date < add_months(plan.started_on, self.low_months)


def plan_of(owner) -> Plan | None:
    """The owner's current plan (one query), or None."""
    if owner is None:
        return None
    return Plan.objects.filter(owner=owner).select_related("target_role").first()


def add_months(day: datetime.date, months: int) -> datetime.date:
    return day + datetime.timedelta(days=round(months * 30.44))


def view(plan: Plan) -> PlanView:
    """The plan with its steps, every app's dated milestones and the ticks (fixed queries)."""
    by_pk = detailed_steps(plan.step_ids)
    steps = [by_pk[pk] for pk in plan.step_ids if pk in by_pk]
    ticks = {tick.key: tick for tick in plan.ticks.all()}
    milestones = dated(plan, steps, ticks)
    groups = [
        (step, [m for m in milestones if m.milestone.step == index])
        for index, step in enumerate(steps)
    ]
    return PlanView(plan, steps, milestones, len(steps) != len(plan.step_ids), groups)


@transaction.atomic
def save(owner, start, target, route, target_date) -> Plan:
    """Make this route the owner's plan; an earlier target is kept in the plan's history, and
    ticks stay (by key) for the milestones the new route still has."""
    today = timezone.localdate()
    # get_or_create under the owner's unique constraint: two first saves at once make one plan
    plan, created = Plan.objects.select_for_update().get_or_create(
        owner=owner, defaults={"target_date": target_date, "started_on": today}
    )
    if not created and (plan.target_role_id, plan.target_date) != (target.pk, target_date):
        EarlierTarget.objects.create(
            plan=plan,
            target_name=plan.target_role.name if plan.target_role else "a role no longer listed",
            target_date=plan.target_date,
        )
        keep_latest(plan.earlier_targets.all(), EARLIER_TARGETS_KEPT)
    plan.start_role, plan.target_role, plan.target_date = start, target, target_date
    plan.step_ids = [step.pk for step in route.steps]
    plan.started_on = today
    plan.save()
    return plan


@transaction.atomic
def tick(plan: Plan, key: str, done: bool, note: str) -> MilestoneTick:
    tick, _ = MilestoneTick.objects.update_or_create(
        plan=plan, key=key, defaults={"done": done, "note": note}
    )
    return tick


def merge(source_owner, target_owner) -> None:
    """On login (inside merge_owner_into's transaction, plans locked before they are read, as
    merge_rows locks rows): if both sides have a plan,
    the one changed last stays current, the other's target joins its history, and every tick
    is kept (a milestone done on either side is done)."""
    mine = Plan.objects.select_for_update().filter(owner=source_owner).first()
    if mine is None:
        return
    theirs = Plan.objects.select_for_update().filter(owner=target_owner).first()
    if theirs is not None:
        keep, other = (mine, theirs) if mine.updated_at > theirs.updated_at else (theirs, mine)
        EarlierTarget.objects.filter(plan=other).update(plan=keep)
        if (other.target_role_id, other.target_date) != (keep.target_role_id, keep.target_date):
            EarlierTarget.objects.create(
                plan=keep,
                target_name=other.target_role.name
                if other.target_role
                else "a role no longer listed",
                target_date=other.target_date,
            )
        merge_rows(
            MilestoneTick.objects, other, keep, key=["key"], combine=joined_tick, parent="plan"
        )
        other.delete()
        if keep is theirs:
            return
    Plan.objects.filter(pk=mine.pk).update(owner=target_owner)
