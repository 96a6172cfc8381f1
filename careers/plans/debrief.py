"""The rejection debrief: "I applied and did not pass stage X".

Each stage tests something the plan already has milestones for, by kind (whatever app adds
them): a typing test is the typing milestones, an English or voice test the English and
speaking ones, an interview the interview practice. A setback repeats those milestones, dated
between the day it happened and the job seeker's own re-try date, ticked afresh, with a
debrief first and the new application last. The plans app names kinds, never apps: a mock-call
app's milestones (kind "Mock call") join the mock-call stage when it is installed.
"""

import datetime

from django.urls import reverse

from careers.common.hooks import Milestone
from careers.plans.milestones import Dated
from careers.plans.models import Stage

MAX_SETBACKS = 10  # on one plan; the oldest must be removed first

STAGE_KINDS = {
    Stage.INITIAL_INTERVIEW: ("Interview", "Speaking"),
    Stage.ENGLISH: ("English", "Speaking"),
    Stage.TYPING: ("Typing",),
    Stage.MOCK_CALL: ("Mock call", "Speaking"),
    Stage.FINAL: ("Interview", "Resume"),
}


def key_prefix(setback) -> str:
    return f"retry{setback.pk}:"


def first_of_each_kind(milestones) -> dict[str, Milestone]:
    """The plan's first milestone of each kind (casefolded), for the first role it appears for:
    what a setback repeats. Found once for all of a plan's setbacks."""
    firsts: dict[str, Milestone] = {}
    for milestone in sorted(milestones, key=lambda m: (m.step, m.order)):
        firsts.setdefault(milestone.kind.casefold(), milestone)
    return firsts


def retry_milestones(setback, firsts: dict[str, Milestone]) -> list[Milestone]:
    """What to practise again after this setback: the plan's milestones of the stage's kinds
    (`firsts`: first_of_each_kind), between a debrief and the new application."""
    kinds = [kind.casefold() for kind in STAGE_KINDS[Stage(setback.stage)]]
    prefix, stage = key_prefix(setback), setback.get_stage_display()
    here = f"{reverse('plans:index')}#setback-{setback.pk}"
    practice = [firsts[kind] for kind in dict.fromkeys(kinds) if kind in firsts]
    if not practice:  # the plan has nothing of that kind (its roles ask for no such test)
        practice = [
            Milestone(
                "practice",
                "Practice",
                f"Find out what the {stage.lower()} asked, and practise it until it feels easy.",
                here,
                -1,
            )
        ]
    return [
        Milestone(
            f"{prefix}debrief",
            "Debrief",
            f"Write down what the {stage.lower()} asked and where it went wrong, and ask the "
            "recruiter for feedback while it is fresh.",
            here,
            -1,
            order=0,
        ),
        *(
            Milestone(
                prefix + m.key,
                m.kind,
                f"Before you try again: {m.text[0].lower()}{m.text[1:]}",
                m.url,
                -1,
                progress=m.progress,
                links=m.links,
                order=10 + n,
            )
            for n, m in enumerate(practice)
        ),
        Milestone(
            f"{prefix}apply",
            "Apply",
            f"Apply again: you reached the {stage.lower()} once, so you know what comes.",
            here,
            -1,
            order=99,
        ),
    ]


def dated_retries(setback, firsts: dict[str, Milestone], ticks: dict) -> list[Dated]:
    """The setback's milestones, spread from the day after the setback to the re-try date
    (the new application on that day)."""
    items = retry_milestones(setback, firsts)
    begin, end = setback.failed_on, setback.retry_on
    out = []
    for n, milestone in enumerate(items, start=1):
        due = end if n == len(items) else begin + (end - begin) * n / len(items)
        due = max(due, begin + datetime.timedelta(days=1))
        tick = ticks.get(milestone.key)
        out.append(Dated(milestone, due, bool(tick and tick.done), tick.note if tick else ""))
    return out
