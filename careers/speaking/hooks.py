"""What speaking practice adds to the apps below it: its drills in content packs, a menu entry,
results on /me/, a speaking milestone on saved plans, "answer aloud" on interview practice,
the login merge and the daily expiry of kept recordings."""

from functools import partial

from django.urls import reverse
from django.utils import timezone

from careers.common import hooks
from careers.common.charts import Series, line_chart
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
from careers.roles.models import Channel
from careers.speaking.content import DRILLS
from careers.speaking.models import Drill, Recording, Result
from careers.speaking.scoring import COMFORTABLE_WPM

hooks.content(DRILLS)
hooks.nav(NavEntry("Speaking practice", "speaking:index", order=85))
hooks.owner_cap(Result, 300, "speaking results")


def _drill(drill):
    url = reverse("speaking:drill", args=[drill.slug])
    title = f"{drill.get_kind_display()}: {drill.title}"
    return SearchEntry(url, title, terms="speaking voice test versant svar", body=plain(drill.text))


hooks.search_source(SearchSource(Drill, "speaking", "Speaking drill", _drill))


@hooks.merge
def merge_results(source, target):
    """Results are never combined, only moved (recordings go with their results)."""
    Result.objects.filter(owner=source).update(owner=target)


@hooks.expire
def expire_recordings():
    deleted, _ = Recording.objects.filter(keep_until__lt=timezone.now()).delete()
    return deleted, "kept recording(s) past their 30 days"


# /me/'s latest results: compiled once a process (common.compiled), as on every /me/.
_LATEST = Compiled(
    lambda owner_id: Result.objects.filter(owner_id=owner_id).select_related("drill")[:5]
)


@hooks.me_section
def my_speaking(request, owner):
    if owner is None:
        return _speaking_section([])
    return hooks.Reads((_LATEST.queryset(owner.pk),), _speaking_section)


def _speaking_section(latest):
    paced = [r for r in reversed(latest) if r.wpm]  # oldest first; the list above has each
    labels = [f"{r.created_at:%-d %b}" for r in paced]
    chart = line_chart(
        [Series("Pace", "chart-pace", [r.wpm for r in paced], max([*(r.wpm for r in paced), 200]))],
        labels,
        f"Speaking pace, your last {len(paced)} measured recordings, in words a minute",
    )
    context = {"latest": latest, "pace": COMFORTABLE_WPM, "chart": chart}
    return Section("speaking/_me_section.html", context)


@hooks.answer_section
def answer_aloud(request, item):
    """On an interview practice question: record the answer instead of typing it."""
    return Section("speaking/_answer_aloud.html", {"item": item})


@hooks.plan_milestones
def speaking_milestone(owner, steps):
    """Before the first voice role on the route: practise for the voice screen."""
    for index, step in enumerate(steps):
        if step.to_role.channel in (Channel.VOICE, Channel.BLENDED):
            if owner is None:
                return _speaking_milestone(index, [{"n": 0}])
            done = RECORDINGS.compiled.queryset(owner.pk)  # the journey's count, compiled
            return hooks.Reads((done,), partial(_speaking_milestone, index))
    return []


def _speaking_milestone(index, rows):
    done = rows[0]["n"]
    progress = counted(done, "speaking drill", "done")
    return [
        Milestone(
            "speaking:drills",
            "Speaking",
            "Practise for the voice screen: read aloud, repeat sentences and answer "
            "out loud until your pace is steady and your pauses short.",
            reverse("speaking:index"),
            index,
            progress=progress or "Not practised yet",
            order=46,
        )
    ]


# How many recordings were scored (the home page's journey, read with every other link's).
RECORDINGS = Progress(
    lambda owner_id: count_of(Result.objects.filter(owner_id=owner_id)),
    lambda n: counted(n, "recording", "scored"),
)


@hooks.journey
def practise_speaking():
    return [
        JourneyLink(
            "interviews",
            "Practise the voice screen out loud",
            reverse("speaking:index"),
            RECORDINGS,
            30,
        )
    ]
