"""The six steps a newcomer is told to take, in order: the home page's journey.

The steps are fixed here; the tools for each come from the apps through `hooks.journey`, so a
new app adds its link (and the job seeker's progress in it) without touching the home page.
"""

from dataclasses import dataclass

from careers.common import hooks
from careers.common.hooks import JourneyLink


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


def journey(request, owner) -> list[JourneyStep]:
    """The six steps, each with the tools the apps offer for it, in their order."""
    links = [link for fn in hooks.journey for link in fn(request, owner)]
    unknown = {link.step for link in links} - {step.key for step in STEPS}
    if unknown:
        raise ValueError(f"journey links for unknown steps: {sorted(unknown)}")
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
