"""How drills plug into lower apps: "where you stand" on the role page and the route, results
and a chart on /me/, the login merge, a typing milestone on saved plans, and content specs."""

from functools import partial

from django.urls import reverse

from bpoportal.serving import visitor_parts
from careers.common import hooks
from careers.common.hooks import JourneyLink, Milestone, NavEntry, Section
from careers.common.journey import Progress, max_of
from careers.drills.chart import progress_chart
from careers.drills.content import ENGLISH_ITEMS, ENGLISH_TESTS, PASSAGES, RECORD_TEMPLATES
from careers.drills.models import (
    AccuracyResult,
    EnglishProgress,
    EnglishSession,
    TypingResult,
)
from careers.drills.progress import english_history_read
from careers.drills.standing import (
    Standing,
    TypingAsk,
    latest_accuracy,
    latest_accuracy_read,
    latest_typing,
    standing,
    standing_read,
    typing_ask,
)
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


_STANDING = "_drills_standing"  # request attributes: looked up once per page
_LATEST = "_drills_latest"


@hooks.role_section
def readiness(request, role):
    """The role's typing requirement against this job seeker's latest result (a visitor part),
    and the English level it asks for with where to practise (practice never "meets" a level)."""
    if not role.typing_wpm and not role.english_level:
        return None
    context = {
        "typing": [typing_ask(role)] if role.typing_wpm else [],
        "english_role": role if role.english_level else None,
    }
    return Section("drills/_versus.html", context, slot="after_work")


@hooks.route_section
def typing_on_route(request, roles):
    needs = [typing_ask(role) for role in roles if role.typing_wpm]
    return Section("drills/_versus.html", {"typing": needs}) if needs else None


def _my_standing(request) -> Standing:
    """This job seeker's typing results (one query), once per request."""
    if getattr(request, _STANDING, None) is None:
        setattr(request, _STANDING, standing(current_owner(request)))
    return getattr(request, _STANDING)


def _my_latest(request) -> Standing:
    """Only the latest typing result (one query), which is all a comparison needs."""
    if getattr(request, _STANDING, None) is not None:
        return getattr(request, _STANDING)
    if getattr(request, _LATEST, None) is None:
        setattr(request, _LATEST, latest_typing(current_owner(request)))
    return getattr(request, _LATEST)


@hooks.visitor_part("drills:versus")
def versus(request, ask):
    """A role's typing speed against this job seeker's latest result (role page, route)."""
    context = {"v": _my_latest(request).versus(TypingAsk(*ask))}
    return visitor_parts.render(request, "drills/_versus_typing.html", context)


@hooks.visitor_part("drills:typing_roles")
def typing_roles_versus(request, asks):
    """/drills/'s roles that ask for a typing speed, each marked met or not yet."""
    mine = _my_latest(request)
    context = {"versus": [mine.versus(TypingAsk(*ask)) for ask in asks]}
    return visitor_parts.render(request, "drills/_typing_roles.html", context)


@hooks.visitor_part("drills:typing")
def typing_standing(request):
    """/drills/'s latest and best typing result, with a chart of the last ones."""
    mine = _my_standing(request)
    context = {"standing": mine, "chart": progress_chart(mine.history)}
    return visitor_parts.render(request, "drills/_typing_standing.html", context)


@hooks.visitor_part("drills:accuracy")
def accuracy_standing(request):
    context = {"accuracy": latest_accuracy(current_owner(request))}
    return visitor_parts.render(request, "drills/_accuracy_standing.html", context)


@hooks.ad_typing
def typing_for_an_ad(request, wpm):
    """The job-ad check: the ad's typing speed against the latest result, or the test."""
    latest = standing(current_owner(request)).latest
    meets = bool(latest and latest.net_wpm >= wpm)
    return Section("drills/_ad_typing.html", {"latest": latest, "meets": meets})


@hooks.me_section
def my_drills(request, owner):
    reads = [standing_read(owner), latest_accuracy_read(owner), english_history_read(owner)]
    return hooks.Each(reads, _drills_section)


def _drills_section(results):
    mine, accuracy, english = results
    context = {
        "standing": mine,
        "chart": progress_chart(mine.history),
        "accuracy": accuracy,
        "english": english,
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
        if step.to_role.english_level:
            return hooks.Each([english_history_read(owner)], partial(_english, index, step.to_role))
    return []


def _english(index, role, results):
    weakest = results[0]["weakest"]
    progress = f"Weakest so far: {weakest.label}" if weakest else "Not practised yet"
    label = role.get_english_level_display()  # "Good conversational English (B2)"
    level = label[0].lower() + label[1:]  # mid-sentence, and no brackets inside brackets
    return [
        Milestone(
            "drills:english",
            "English",
            f"Practise for the English assessment until you reach {level}, then book the test.",
            reverse("drills:english"),
            index,
            progress=progress,
            order=45,
        )
    ]


@hooks.plan_milestones
def typing_milestone(owner, steps):
    """Reach the typing speed of the first role on the route that asks for one."""
    for index, step in enumerate(steps):
        if step.to_role.typing_wpm:
            return hooks.Each([standing_read(owner)], partial(_typing, index, step.to_role))
    return []


def _typing(index, role, results):
    latest = results[0].latest
    accuracy = f" at {role.typing_accuracy}%" if role.typing_accuracy else ""
    progress = f"Your latest: {latest}" if latest else "Not taken yet"
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


# The best believable typing speed so far (the home page's journey).
BEST_SPEED = Progress(
    lambda owner_id: max_of(
        TypingResult.objects.filter(owner_id=owner_id, plausible=True), "net_wpm"
    ),
    lambda wpm: f"Your best typing speed: {wpm:.0f} words a minute" if wpm is not None else "",
)


@hooks.journey
def practise_tests():
    return [
        JourneyLink(
            "skills",
            "Practise typing, accuracy and English tests",
            reverse("drills:index"),
            BEST_SPEED,
            20,
        )
    ]
