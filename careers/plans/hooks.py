"""How career plans plug into lower apps: the role page's "how to get here" section, /me/'s
next actions, the login merge, the route's own milestones and the backgrounds' content spec."""

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import JourneyLink, NavEntry, SearchEntry, SearchSource, Section
from careers.common.journey import Progress
from careers.common.search_text import plain
from careers.plans import planning
from careers.plans.content import BACKGROUNDS
from careers.plans.firstjob import first_job_milestones
from careers.plans.milestones import route_milestones
from careers.plans.models import Background, Plan

hooks.content(BACKGROUNDS)
hooks.plan_milestones(route_milestones)
hooks.merge(planning.merge)


@hooks.merge_question
def which_plan(source, target):
    """Two different plans meet at login: ask which to keep (plans:which) before merging."""
    return reverse("plans:which") if planning.plans_differ(source, target) else None


hooks.nav(NavEntry("Plan my career", "plans:index", order=110))
hooks.plan_milestones(first_job_milestones)
hooks.public_params("from", "to", "first")


@hooks.me_section
def my_plan(request, owner):
    """The plan's goal and its next three actions (the plan page's reads, with every other
    section's)."""
    plan = planning.plan_of(owner)
    if plan is None:
        return Section("plans/_me_section.html", {"view": None})
    return hooks.Each(
        [planning.view_read(plan)],
        lambda views: Section("plans/_me_section.html", {"view": views[0]}),
    )


@hooks.role_section
def how_to_get_here(request, role):
    """Backgrounds that lead here, and a link to plan the route (one query)."""
    backgrounds = list(Background.objects.visible_to(request.user).filter(entry_roles=role))
    return Section(
        "plans/_role_section.html",
        {"role": role, "backgrounds": backgrounds},
        toc=("plan-route", "Plan your route"),
    )


# The saved plan's goal, when there is one (the home page's journey).
GOAL = Progress(
    lambda owner_id: Plan.objects.filter(owner_id=owner_id).values("target_role__name")[:1],
    lambda name: f"Your goal: {name}" if name else "",
)


@hooks.journey
def plan_the_route():
    return [
        JourneyLink("goals", "Which job fits me?", reverse("plans:fit"), order=5),
        JourneyLink("goals", "Plan your career route", reverse("plans:index"), GOAL, 10),
    ]


# Site search: what it indexes of this app (drafts are never indexed).
def _background(background):
    url = reverse("plans:fit") + f"?background={background.slug}"
    return SearchEntry(url, background.name, body=plain(background.summary))


hooks.search_source(SearchSource(Background, "background", "Background", _background))
