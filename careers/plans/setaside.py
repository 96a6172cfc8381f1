"""Plans put aside, never lost: when two plans meet at login and differ, the one not kept is
stored whole (route, dates, ticks, setbacks) and can be restored in its place later."""

import datetime

from django.db import transaction

from careers.plans.models import MilestoneTick, Plan, SetAsidePlan, Setback
from careers.roles.models import Role

KEPT = 5  # set-aside plans one owner keeps; older ones go


def same_plan(a: Plan, b: Plan) -> bool:
    """The same goal along the same route: merging them only combines their ticks."""

    def shape(plan):
        return (
            plan.start_role_id,
            plan.target_role_id,
            plan.target_date,
            list(plan.step_ids),
            plan.from_outside,
            plan.hired_by,
        )

    return shape(a) == shape(b)


def snapshot(plan: Plan) -> dict:
    return {
        "start_role": plan.start_role_id,
        "target_role": plan.target_role_id,
        "target_date": plan.target_date.isoformat(),
        "started_on": plan.started_on.isoformat(),
        "step_ids": list(plan.step_ids),
        "from_outside": plan.from_outside,
        "hired_by": plan.hired_by.isoformat() if plan.hired_by else None,
        "ticks": [[t.key, t.done, t.note] for t in plan.ticks.all()],
        "setbacks": [
            [s.stage, s.failed_on.isoformat(), s.retry_on.isoformat()] for s in plan.setbacks.all()
        ],
    }


def set_aside(plan: Plan, owner) -> SetAsidePlan:
    """Store `plan` for `owner` (inside the caller's transaction) and delete it."""
    kept = SetAsidePlan.objects.create(
        owner=owner,
        target_name=plan.target_role.name if plan.target_role else "a role no longer listed",
        target_date=plan.target_date,
        snapshot=snapshot(plan),
    )
    plan.delete()
    old = SetAsidePlan.objects.filter(owner=owner).values_list("pk", flat=True)[KEPT:]
    SetAsidePlan.objects.filter(pk__in=list(old)).delete()
    return kept


def _day(text):
    return datetime.date.fromisoformat(text) if text else None


@transaction.atomic
def restore(owner, kept: SetAsidePlan) -> Plan:
    """Make the set-aside plan current again; the current one (if any) is set aside instead."""
    current = Plan.objects.select_for_update().filter(owner=owner).first()
    data = kept.snapshot
    kept.delete()
    # a role removed since the plan was set aside: the plan says "a role no longer listed"
    known = set(
        Role.objects.filter(pk__in=[data["start_role"], data["target_role"]]).values_list(
            "pk", flat=True
        )
    )
    if current is not None:
        set_aside(current, owner)
    plan = Plan.objects.create(
        owner=owner,
        start_role_id=data["start_role"] if data["start_role"] in known else None,
        target_role_id=data["target_role"] if data["target_role"] in known else None,
        target_date=_day(data["target_date"]),
        started_on=_day(data["started_on"]),
        step_ids=data["step_ids"],
        from_outside=data["from_outside"],
        hired_by=_day(data["hired_by"]),
    )
    MilestoneTick.objects.bulk_create(
        MilestoneTick(plan=plan, key=key, done=done, note=note) for key, done, note in data["ticks"]
    )
    Setback.objects.bulk_create(
        Setback(plan=plan, stage=stage, failed_on=_day(failed), retry_on=_day(retry))
        for stage, failed, retry in data["setbacks"]
    )
    return plan
