"""Starting outside BPO: a plan whose first stage is getting hired into an entry role.

That stage is a step like the route's others (`HiredStep`, from "outside BPO" to the first
role), so every app's `hooks.plan_milestones` sees it and adds what getting hired takes at the
level that role asks for (typing, English, speaking, a mock call, the resume, interview
practice, the hiring day) without the plans app naming any of them. Its dates run from the day
the plan is saved to the job seeker's own "hired by" date: we never guess how long hiring takes.
"""

from dataclasses import dataclass

from django.urls import reverse

from careers.common.hooks import Milestone
from careers.plans.routes import Route
from careers.roles.models import Level

OUTSIDE = "outside"  # the route form's value for "I'm not in BPO yet"
OUTSIDE_LABEL = "I'm not in BPO yet"


class _NoRows:
    def all(self):
        return []


@dataclass(frozen=True)
class OutsideBPO:
    """Where an outside-BPO plan starts: a role-like stand-in, never saved."""

    name: str = "Outside BPO"
    slug: str = OUTSIDE
    pk: None = None


@dataclass
class HiredStep:
    """Getting hired into `to_role`: the first step of a plan that starts outside BPO."""

    to_role: object
    from_role: OutsideBPO = OutsideBPO()
    pk: None = None
    kind: str = "hired"
    hired: bool = True
    typical_months: int = 0
    months_min: int = 0
    months_max: int = 0
    low_months: int = 0
    high_months: int = 0
    skills = _NoRows()
    metrics = _NoRows()
    what_it_takes: str = ""

    from_role_id: None = None

    @property
    def to_role_id(self) -> int:
        return self.to_role.pk

    def get_kind_display(self) -> str:
        return "Get hired"


def is_hired(step) -> bool:
    return getattr(step, "hired", False)


def first_job_milestones(owner, steps) -> list[Milestone]:
    """The plans app's own part of getting hired: apply, once the rest is ready."""
    if not steps or not is_hired(steps[0]):
        return []
    role = steps[0].to_role
    return [
        Milestone(
            f"firstjob:apply:{role.slug}",
            "Apply",
            f"Apply for {role.name} openings with your tailored resume, and note each "
            "application's stages.",
            reverse("roles:detail", args=[role.slug]),
            0,
            order=95,
        )
    ]


def routes_from_outside(graph, target, first=None) -> list:
    """Routes into BPO and on to `target`: from the chosen first job, else from the published
    entry roles nearest the target (two at most, each from a different first job; one search
    each, however many entry roles there are)."""
    if first is not None:
        if first.pk == target.pk:
            return [Route([], [graph.roles[first.pk]])] if first.pk in graph.roles else []
        return graph.two_routes(first.pk, target.pk)
    entries = {pk for pk, role in graph.roles.items() if role.level == Level.ENTRY}
    options = [Route([], [graph.roles[target.pk]])] if target.pk in entries else []
    tried = {target.pk}
    while len(options) < 2:
        route = graph.shortest_from(entries - tried, target.pk)
        if route is None:
            break
        options.append(route)
        tried.add(route.roles[0].pk)
    return options
