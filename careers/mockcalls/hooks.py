"""What mock calls add to the apps below them: scenarios in content packs and site search, a
menu entry, sessions on /me/, on the home page's journey and as a milestone of saved plans, the
login merge, the owner's cap and the daily expiry of contacts left open."""

import datetime
from functools import partial

from django.urls import reverse
from django.utils import timezone

from careers.common import hooks
from careers.common.compiled import Compiled
from careers.common.hooks import (
    JourneyLink,
    Milestone,
    NavEntry,
    SearchEntry,
    SearchSource,
    Section,
)
from careers.common.journey import Progress, count_of, counted
from careers.common.search_text import plain
from careers.mockcalls.content import BEHAVIOURS, SCENARIOS
from careers.mockcalls.models import MockSession, Scenario, State
from careers.roles.models import Office

OPEN_DAYS = 7  # a contact nobody replied to in a week is abandoned

hooks.content(BEHAVIOURS)
hooks.content(SCENARIOS)  # after the behaviours it names
hooks.nav(NavEntry("Mock calls", "mockcalls:index", order=87))
hooks.owner_cap(MockSession, 200, "mock calls and chats")


def _scenario(scenario):
    return SearchEntry(
        scenario.get_absolute_url(),
        f"Mock {scenario.get_channel_display().lower()}: {scenario.title}",
        terms="mock call role play roleplay simulation customer scorecard qa",
        body=plain(f"{scenario.persona} {scenario.problem}"),
    )


hooks.search_source(SearchSource(Scenario, "mockcall", "Mock call or chat", _scenario))


@hooks.merge
def merge_sessions(source, target):
    """Sessions are never combined, only moved (their messages go with them)."""
    MockSession.objects.filter(owner=source).update(owner=target)


@hooks.expire
def expire_open_sessions():
    cutoff = timezone.now() - datetime.timedelta(days=OPEN_DAYS)
    deleted, _ = MockSession.objects.filter(state=State.OPEN, started_at__lt=cutoff).delete()
    return deleted, f"mock call(s) left unfinished for {OPEN_DAYS} days"


# /me/'s latest sessions: compiled once a process (common.compiled), as on every /me/.
_LATEST = Compiled(lambda owner_id: MockSession.objects.filter(owner_id=owner_id)[:5])


@hooks.me_section
def my_mock_calls(request, owner):
    if owner is None:
        return _mock_calls_section([])
    return hooks.Reads((_LATEST.queryset(owner.pk),), _mock_calls_section)


def _mock_calls_section(latest):
    return Section("mockcalls/_me_section.html", {"latest": latest})


@hooks.plan_milestones
def mock_call_milestone(owner, steps):
    """Before the first front-office role on the route: hiring for it often has a role-play."""
    for index, step in enumerate(steps):
        if step.to_role.office == Office.FRONT:
            if owner is None:
                return _mock_call_milestone(index, [{"n": 0}])
            finished = FINISHED.compiled.queryset(owner.pk)  # the journey's count, compiled
            return hooks.Reads((finished,), partial(_mock_call_milestone, index))
    return []


def _mock_call_milestone(index, rows):
    done = rows[0]["n"]
    progress = counted(done, "mock call", "finished")
    return [
        Milestone(
            "mockcalls:practice",
            "Mock call",
            "Practise the role-play: take a mock customer call or chat and check your "
            "scorecard (greeting, verification, empathy, resolution, close).",
            reverse("mockcalls:index"),
            index,
            progress=progress or "Not practised yet",
            order=48,
        )
    ]


FINISHED = Progress(
    lambda owner_id: count_of(MockSession.objects.filter(owner_id=owner_id, state=State.ENDED)),
    lambda n: counted(n, "mock call", "finished"),
)


@hooks.journey
def practise_role_play():
    return [
        JourneyLink(
            "interviews",
            "Role-play a customer call or chat",
            reverse("mockcalls:index"),
            FINISHED,
            35,
        )
    ]
