"""How drills plug into lower apps: "where you stand" on the role page and the route, results
and a chart on /me/, the login merge, a typing milestone on saved plans, and content specs."""

from django.db.models import Max
from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import JourneyLink, Milestone, NavEntry, Section
from careers.drills.chart import progress_chart
from careers.drills.content import ENGLISH_ITEMS, ENGLISH_TESTS, PASSAGES, RECORD_TEMPLATES
from careers.drills.models import (
    AccuracyResult,
    EnglishProgress,
    EnglishSession,
    TypingResult,
)
from careers.drills.progress import english_history
from careers.drills.standing import latest_accuracy, standing
from careers.seekers.merging import merge_rows
from careers.seekers.owner import current_owner

hooks.content(PASSAGES)
hooks.content(RECORD_TEMPLATES)
hooks.content(ENGLISH_ITEMS)
hooks.content(ENGLISH_TESTS)
hooks.nav(NavEntry("Hiring tests", "drills:index", order=80))
hooks.owner_cap(TypingResult, 500, "typing results")
hooks.owner_cap(AccuracyResult, 500, "accuracy results")
hooks.owner_cap(EnglishSession, 300, "English sessions")


@hooks.role_section
def readiness(request, role):
    """The role's typing requirement against this job seeker's latest result, and the English
    level it asks for with where to practise (practice never "meets" a level)."""
    if not role.typing_wpm and not role.english_level:
        return None
    versus = standing(current_owner(request)).versus(role) if role.typing_wpm else None
    context = {"versus": [versus], "english_role": role if role.english_level else None}
    return Section("drills/_versus.html", context, slot="after_work")


@hooks.route_section
def typing_on_route(request, roles):
    needs = [role for role in roles if role.typing_wpm]
    if not needs:
        return None
    mine = standing(current_owner(request))
    return Section("drills/_versus.html", {"versus": [mine.versus(role) for role in needs]})


@hooks.me_section
def my_drills(request, owner):
    mine = standing(owner)
    context = {
        "standing": mine,
        "chart": progress_chart(mine.history),
        "accuracy": latest_accuracy(owner),
        "english": english_history(owner),
    }
    return Section("drills/_me_section.html", context)


@hooks.merge
def merge_results(source, target):
    """Results are never combined, only moved: both sides' history is kept."""
    TypingResult.objects.filter(owner=source).update(owner=target)
    AccuracyResult.objects.filter(owner=source).update(owner=target)
    EnglishSession.objects.filter(owner=source).update(owner=target)
    merge_rows(EnglishProgress.objects, source, target, key=["item_id"], combine=weaker_box)


def weaker_box(kept, mine) -> list[str]:
    """An item practised on both sides keeps the weaker box, so it comes back soon enough."""
    kept.box = min(kept.box, mine.box)
    kept.last_seen = max(kept.last_seen, mine.last_seen)
    return ["box", "last_seen"]


@hooks.plan_milestones
def english_milestone(owner, steps):
    """Practise for the English assessment of the first role on the route that names a level."""
    for index, step in enumerate(steps):
        role = step.to_role
        if role.english_level:
            weakest = english_history(owner)["weakest"]
            progress = f"Weakest so far: {weakest.label}" if weakest else "Not practised yet"
            level = role.get_english_level_display()
            return [
                Milestone(
                    "drills:english",
                    "English",
                    f"Practise for the English assessment ({level}), then book the real test.",
                    reverse("drills:english"),
                    index,
                    progress=progress,
                    order=45,
                )
            ]
    return []


@hooks.plan_milestones
def typing_milestone(owner, steps):
    """Reach the typing speed of the first role on the route that asks for one."""
    for index, step in enumerate(steps):
        role = step.to_role
        if role.typing_wpm:
            latest = standing(owner).latest
            accuracy = f" at {role.typing_accuracy}%" if role.typing_accuracy else ""
            progress = (
                f"Your latest: {latest.net_wpm:.0f} WPM at {latest.accuracy:.0f}%"
                if latest
                else "Not taken yet"
            )
            return [
                Milestone(
                    "drills:typing",
                    "Typing",
                    f"Reach {role.typing_wpm} words a minute{accuracy} on the typing test.",
                    reverse("drills:typing"),
                    index,
                    progress=progress,
                    order=40,
                )
            ]
    return []


@hooks.journey
def practise_tests(request, owner):
    """The best believable typing speed so far (one query)."""
    progress = ""
    if owner is not None:
        best = TypingResult.objects.filter(owner=owner, plausible=True).aggregate(Max("net_wpm"))
        if best["net_wpm__max"] is not None:
            progress = f"Your best typing speed: {best['net_wpm__max']:.0f} words a minute"
    return [
        JourneyLink(
            "skills",
            "Practise typing, accuracy and English tests",
            reverse("drills:index"),
            progress,
            20,
        )
    ]
