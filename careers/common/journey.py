"""The six steps a newcomer is told to take, in order: the home page's journey.

The steps are fixed here; the tools for each come from the apps through `hooks.journey`, so a
new app adds its link (and the job seeker's progress in it) without touching the home page.
A link's progress may be a `Progress`: a one-value query and its wording. All of them are read
in one SQL statement (`careers.common.reads.select_values`, the statement the job seeker's own
pages read every app's rows with), so the home page's queries do not grow with the number of apps.
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from django.db.models import F, Func, QuerySet

from careers.common import hooks
from careers.common.compiled import Compiled
from careers.common.hooks import JourneyLink
from careers.common.reads import select_values


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    why: str


STEPS = (
    Step(
        "goals",
        "Define your goals",
        "Decide which job to aim for first and where you want to be in a few years: it tells "
        "you which skills, tests and questions matter.",
    ),
    Step(
        "skills",
        "Build the skills",
        "Communication, problem-solving, typing and computer skills count in every BPO job. "
        "Practise the tests employers give before you meet them.",
    ),
    Step(
        "industry",
        "Research the industry",
        "Know the kinds of BPO work, the main employers and where the industry is going. "
        "Interviewers ask, and it helps you choose.",
    ),
    Step(
        "network",
        "Meet people in the industry",
        "People already in BPO know which accounts are hiring and what a site is really like. "
        "Start with events, associations and one polite message.",
    ),
    Step(
        "resume",
        "Tailor your resume",
        "Match your resume to each job ad: the skills, numbers and words that ad asks for.",
    ),
    Step(
        "interviews",
        "Prepare for interviews",
        "Practise the questions BPO interviewers ask, out loud, until your answers are short, "
        "specific and calm.",
    ),
)


@dataclass(frozen=True)
class JourneyStep:
    number: int
    step: Step
    links: list[JourneyLink]

    @property
    def progress(self) -> list[str]:
        return [link.progress for link in self.links if link.progress]


@dataclass(frozen=True, eq=False)
class Progress:
    """A journey link's progress, read in one statement with every other link's.

    `query(owner_id)` gives one row of one value (see `count_of`, `max_of`) and must depend on
    nothing but that id: it is compiled once per process (`common.compiled`), so declare each
    Progress once, at module level. `text(value)` words the value ("" for nothing yet)."""

    query: Callable[[int], QuerySet]
    text: Callable[[object], str]

    def __post_init__(self):
        object.__setattr__(self, "compiled", Compiled(self.query))


def count_of(queryset) -> QuerySet:
    """How many rows: COUNT as a plain function, so no GROUP BY (one row even when none)."""
    return queryset.order_by().values(n=Func(F("pk"), function="COUNT"))


def max_of(queryset, field: str) -> QuerySet:
    return queryset.order_by().values(n=Func(F(field), function="MAX"))


def _read_progress(links: list[JourneyLink], owner) -> list[JourneyLink]:
    """Every Progress in one statement: SELECT (subquery), (subquery), …"""
    lazy = [i for i, link in enumerate(links) if isinstance(link.progress, Progress)]
    if not lazy or owner is None:
        return [replace(link, progress="") if i in lazy else link for i, link in enumerate(links)]
    values = select_values([links[i].progress.compiled.sql(owner.pk) for i in lazy])
    links = list(links)
    for i, value in zip(lazy, values, strict=True):
        links[i] = replace(links[i], progress=links[i].progress.text(value))
    return links


@functools.cache
def _links() -> tuple[JourneyLink, ...]:
    """Every app's links, asked for once per process: they are the same for every visitor (the
    home page keeps them in its shared body), and making them (reversing their URLs) cost
    0.4 ms a request (issue 28)."""
    links = tuple(link for fn in hooks.journey for link in fn())
    unknown = {link.step for link in links} - {step.key for step in STEPS}
    if unknown:
        raise ValueError(f"journey links for unknown steps: {sorted(unknown)}")
    return links


def journey(owner) -> list[JourneyStep]:
    """The six steps, each with the tools the apps offer for it, in their order, and the
    owner's progress in them (none for None)."""
    links = _read_progress(list(_links()), owner)
    return [
        JourneyStep(
            number,
            step,
            sorted((link for link in links if link.step == step.key), key=lambda k: k.order),
        )
        for number, step in enumerate(STEPS, start=1)
    ]


def counted(n: int, noun: str, done: str) -> str:
    """A journey link's progress: "3 practice answers rated"; nothing when there is none yet."""
    return f"{n} {noun}{'s' if n != 1 else ''} {done}" if n else ""
