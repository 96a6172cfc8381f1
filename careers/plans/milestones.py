"""A saved plan's milestones: what every app adds for the route's steps, dated and ticked.

The plans app adds the skills to build (with learning resources), the KPIs to learn and the
certifications of each step; resumes and interviews add their checklist and practice for the
next role through the same hook (`hooks.plan_milestones`), as the drills and guide apps will.
Each app's milestones come back as hooks.Reads where it needs rows, all read together
(careers.common.reads), so the plan page's statements do not grow with the apps. Dates
spread each step's milestones over its share of the time up to the target date.
"""

import datetime
from dataclasses import dataclass

from bpoportal.serving import content_version
from careers.common import hooks
from careers.common.hooks import Milestone
from careers.common.reads import Each, Reads, prefetched, resolve
from careers.plans.firstjob import is_hired
from careers.roles.models import CareerStep, Certification, Metric
from careers.skills.models import LearningResource, Skill

RESOURCES_SHOWN = 3
# Words that keep their capital inside a sentence ("Work on English writing").
PROPER_WORDS = frozenset({"English", "Excel", "Google", "Microsoft", "Filipino", "Hindi"})


def in_sentence(name: str) -> str:
    """A name as it reads mid-sentence: "Customer focus" -> "customer focus", but an acronym
    or a proper name keeps its capitals ("KPI management", "English writing")."""
    first = name.split(" ", 1)[0]
    if not first or first in PROPER_WORDS or sum(c.isupper() for c in first) > 1:
        return name
    return name[0].lower() + name[1:]


def detailed_steps(ids) -> dict:
    """Published steps by id, with what they take: KPIs, skills (and where to learn them), the
    next role's certifications. A fixed number of queries however many steps."""
    return resolve(detailed_steps_read(ids))


# Published steps by id with their details (None: not published), kept per content version.
STEPS_MEMO = "detailed-steps"


def detailed_steps_read(ids) -> Reads | dict:
    """`detailed_steps` as Reads (three rounds), to read with other apps' rows. Steps are
    content: kept per content version in each process (read-only, shared between requests),
    so a step is read once; with every step known the result is the dict itself."""
    ids = list(ids)
    current, known = content_version.recall(STEPS_MEMO)
    known = known or {}
    missing = [pk for pk in ids if pk not in known]
    if not missing:
        return {pk: known[pk] for pk in ids if known[pk] is not None}
    steps = (
        CareerStep.objects.published().filter(pk__in=missing).select_related("from_role", "to_role")
    )

    def details(steps):
        def resources(results):
            skills = [skill for step in steps for skill in step.skills.all()]
            return prefetched(skills, "resources", LearningResource.objects.published())

        parts = [
            prefetched(steps, "metrics", Metric.objects.published()),
            Each([prefetched(steps, "skills", Skill.objects.published())], resources),
            prefetched(
                [step.to_role for step in steps],
                "certifications",
                Certification.objects.published(),
            ),
        ]
        return Each(parts, lambda _: kept(steps))

    def kept(steps):
        merged = {**known, **dict.fromkeys(missing), **{step.pk: step for step in steps}}
        content_version.keep(STEPS_MEMO, current, merged)
        return {pk: merged[pk] for pk in ids if merged[pk] is not None}

    return Reads((steps,), details)


def route_milestones(owner, steps) -> list[Milestone]:
    """Skills, KPIs and certifications of each step (each once, at its first step); registered
    in plans/hooks.py like any other app's milestones."""
    out: dict[str, Milestone] = {}
    for index, step in enumerate(steps):
        if is_hired(step):  # getting hired: the other apps' milestones and first_job's
            continue
        for skill in step.skills.all():
            links = tuple((r.title, r.url) for r in skill.resources.all()[:RESOURCES_SHOWN])
            out.setdefault(
                f"skill:{skill.slug}",
                Milestone(
                    f"skill:{skill.slug}",
                    "Skill",
                    f"Work on {in_sentence(skill.name)}.",
                    skill.get_absolute_url(),
                    index,
                    links=links,
                    order=10,
                ),
            )
        for metric in step.metrics.all():
            name = metric.abbreviation or metric.name
            out.setdefault(
                f"kpi:{metric.slug}",
                Milestone(
                    f"kpi:{metric.slug}",
                    "KPI",
                    f"Learn how {name} is measured and what a good score is.",
                    metric.get_absolute_url(),
                    index,
                    order=20,
                ),
            )
        for cert in step.to_role.certifications.all():
            out.setdefault(
                f"cert:{cert.slug}",
                Milestone(
                    f"cert:{cert.slug}",
                    "Certification",
                    f"Look into the {cert.name} certification.",
                    cert.get_absolute_url(),
                    index,
                    order=30,
                ),
            )
    return list(out.values())


@dataclass
class Dated:
    milestone: Milestone
    due: datetime.date
    done: bool = False
    note: str = ""


def windows(steps, started: datetime.date, target: datetime.date) -> list[tuple]:
    """Each step's (start, end) dates: its typical months, stretched or squeezed to the target."""
    total = sum(step.typical_months for step in steps) or 1
    days = max((target - started).days, len(steps))
    out, elapsed = [], 0
    for step in steps:
        begin = started + datetime.timedelta(days=days * elapsed // total)
        elapsed += step.typical_months
        out.append((begin, started + datetime.timedelta(days=days * elapsed // total)))
    return out


def plan_windows(plan, steps) -> list[tuple]:
    """Each step's (start, end) on this plan: getting hired by the job seeker's own date when
    the plan starts outside BPO, then the route's steps up to the target date."""
    if steps and is_hired(steps[0]):
        hired_by = plan.hired_by or plan.target_date
        return [(plan.started_on, hired_by), *windows(steps[1:], hired_by, plan.target_date)]
    return windows(steps, plan.started_on, plan.target_date)


def dated(plan, steps, ticks: dict) -> list[Dated]:
    """Every app's milestones for these steps, each with a suggested date and its tick."""
    return resolve(dated_read(plan, steps, ticks))


def dated_read(plan, steps, ticks: dict) -> Each:
    """`dated` as Each: every app's milestones read together (hooks.plan_milestones)."""
    found = Each([fn(plan.owner, steps) for fn in hooks.plan_milestones])
    return Each([found], lambda results: _dated(plan, steps, ticks, results[0]))


def _dated(plan, steps, ticks, found) -> list[Dated]:
    milestones = [m for milestones in found for m in milestones]
    spans = plan_windows(plan, steps)
    by_step: dict[int, list[Milestone]] = {}
    for milestone in milestones:
        by_step.setdefault(milestone.step, []).append(milestone)
    out = []
    for index, group in sorted(by_step.items()):
        group.sort(key=lambda m: m.order)  # stable: each app's own order within a level
        begin, end = spans[index]
        for n, milestone in enumerate(group, start=1):
            due = begin + (end - begin) * n / (len(group) + 1)
            tick = ticks.get(milestone.key)
            out.append(Dated(milestone, due, bool(tick and tick.done), tick.note if tick else ""))
    return sorted(out, key=lambda d: (d.due, d.milestone.key))
