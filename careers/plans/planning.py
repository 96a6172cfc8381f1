"""A saved plan as the pages show it, and the writes that change it (each in one transaction)."""

import datetime
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from careers.common.compiled import Compiled
from careers.common.limits import keep_latest
from careers.common.reads import Each, Reads, resolve
from careers.plans.debrief import dated_retries, first_of_each_kind
from careers.plans.firstjob import HiredStep, is_hired
from careers.plans.milestones import Dated, dated_read, detailed_steps_read
from careers.plans.models import EarlierTarget, MilestoneTick, Plan, SetAsidePlan, Setback
from careers.plans.setaside import same_plan, set_aside
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
    retries: list = field(default_factory=list)  # (setback, its dated milestones)
    earlier: list = field(default_factory=list)  # the plan's earlier targets
    set_aside: list = field(default_factory=list)  # the owner's plans set aside

    @property
    def next_actions(self) -> list[Dated]:
        return [m for m in self.milestones if not m.done][:NEXT_ACTIONS]

    @property
    def done(self) -> int:
        return sum(m.done for m in self.milestones)

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / len(self.milestones)) if self.milestones else 0

    @property
    def outside(self) -> bool:
        return bool(self.steps) and is_hired(self.steps[0])

    @property
    def route_roles(self) -> list:
        """The roles on the way, first role first (not "outside BPO")."""
        if not self.steps:
            return []
        first = [] if self.outside else [self.steps[0].from_role]
        return [*first, *(s.to_role for s in self.steps)]

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
    plan = Plan.objects.filter(owner=owner).select_related("target_role", "start_role").first()
    if plan is not None:
        plan.owner = owner  # known: the milestones' hooks need not read it again
    return plan


def add_months(day: datetime.date, months: int) -> datetime.date:
    return day + datetime.timedelta(days=round(months * 30.44))


def view(plan: Plan) -> PlanView:
    """The plan with its steps, every app's dated milestones and the ticks (fixed queries)."""
    return resolve(view_read(plan))


# A plan's own rows, on every page that shows it: compiled once a process (common.compiled).
_TICKS = Compiled(lambda plan_id: MilestoneTick.objects.filter(plan_id=plan_id))
_SETBACKS = Compiled(lambda plan_id: Setback.objects.filter(plan_id=plan_id))
_EARLIER = Compiled(lambda plan_id: EarlierTarget.objects.filter(plan_id=plan_id))
_SET_ASIDE = Compiled(lambda owner_id: SetAsidePlan.objects.filter(owner_id=owner_id))


def view_read(plan: Plan) -> Each:
    """`view` as reads, so that two plans (/plan/which/) or a plan and every other app's
    sections (/me/) are read in the same few statements."""
    rows = Reads(
        (
            _TICKS.queryset(plan.pk),
            _SETBACKS.queryset(plan.pk),
            _EARLIER.queryset(plan.pk),
            _SET_ASIDE.queryset(plan.owner_id),
        ),
        lambda *rows: rows,
    )
    return Each([detailed_steps_read(plan.step_ids), rows], lambda r: _view(plan, *r))


def _view(plan: Plan, by_pk: dict, rows) -> Each:
    ticks, setbacks, earlier, set_aside = rows
    steps = [by_pk[pk] for pk in plan.step_ids if pk in by_pk]
    broken = len(steps) != len(plan.step_ids)
    if plan.from_outside and plan.start_role is not None:
        steps.insert(0, HiredStep(plan.start_role))
    ticks = {tick.key: tick for tick in ticks}

    def viewed(results):
        milestones = results[0]
        groups = [
            (step, [m for m in milestones if m.milestone.step == index])
            for index, step in enumerate(steps)
        ]
        firsts = first_of_each_kind(item.milestone for item in milestones)
        retries = [(s, dated_retries(s, firsts, ticks)) for s in setbacks]
        if retries:
            milestones = sorted(
                [*milestones, *(item for _, items in retries for item in items)],
                key=lambda d: (d.due, d.milestone.key),
            )
        return PlanView(plan, steps, milestones, broken, groups, retries, earlier, set_aside)

    return Each([dated_read(plan, steps, ticks)], viewed)


@transaction.atomic
def save(owner, start, target, route, target_date, *, hired_by=None) -> Plan:
    """Make this route the owner's plan; an earlier target is kept in the plan's history, and
    ticks stay (by key) for the milestones the new route still has. With `hired_by`, the plan
    starts outside BPO: getting hired into `start` by that date comes first."""
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
    plan.from_outside, plan.hired_by = hired_by is not None, hired_by
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
    merge_rows locks rows). The same plan on both sides is combined: every tick is kept (a
    milestone done on either side is done). Two different plans are never merged silently: the
    job seeker chose which to keep (plans.views.which_plan sets the other aside before this
    runs); should both still be here, the one changed last stays and the other is set aside,
    restorable. Set-aside plans move with the rest."""
    SetAsidePlan.objects.filter(owner=source_owner).update(owner=target_owner)
    mine = Plan.objects.select_for_update().filter(owner=source_owner).first()
    if mine is None:
        return
    theirs = Plan.objects.select_for_update().filter(owner=target_owner).first()
    if theirs is not None:
        keep, other = (mine, theirs) if mine.updated_at > theirs.updated_at else (theirs, mine)
        EarlierTarget.objects.filter(plan=other).update(plan=keep)
        if same_plan(keep, other):
            Setback.objects.filter(plan=other).update(plan=keep)
            merge_rows(
                MilestoneTick.objects, other, keep, key=["key"], combine=joined_tick, parent="plan"
            )
            other.delete()
        else:
            set_aside(other, target_owner)
        if keep is theirs:
            return
    Plan.objects.filter(pk=mine.pk).update(owner=target_owner)


def plans_differ(source_owner, target_owner) -> bool:
    """Both owners have a plan, and not the same one: login must ask which to keep."""
    return differing_plans(source_owner, target_owner) is not None


def differing_plans(source_owner, target_owner) -> tuple[Plan, Plan] | None:
    """The source's and the target's plans when they differ (one query), else None."""
    owners = {owner.pk: owner for owner in (source_owner, target_owner)}
    plans = {}
    for plan in Plan.objects.filter(owner__in=list(owners)).select_related(
        "target_role", "start_role"
    ):
        plan.owner = owners[plan.owner_id]  # known: the milestones' hooks need not read it
        plans[plan.owner_id] = plan
    if len(plans) != 2 or same_plan(*plans.values()):
        return None
    return plans[source_owner.pk], plans[target_owner.pk]


@transaction.atomic
def add_setback(plan: Plan, stage: str, failed_on, retry_on) -> Setback:
    return Setback.objects.create(plan=plan, stage=stage, failed_on=failed_on, retry_on=retry_on)
