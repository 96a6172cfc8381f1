"""Which roles fit a job seeker, and why: reasons from structured facts, never a bare score.

Candidates are the entry roles (or, for someone already in BPO, the roles one published step
from their current role). Each gets its reasons: essential skills they have, partly have and
lack (self-ratings, else what their background usually gives), constraints that clash with the
role's structured facts (shifts, working from home, voice or not), how the role serves their
goal (routes through the map), and what employers ask for. The order follows those reasons.
"""

from dataclasses import dataclass, field

from careers.roles.models import (
    Channel,
    EnglishLevel,
    Level,
    Office,
    RemoteWork,
    Role,
    ShiftPattern,
    months_range,
)
from careers.skills.models import Importance, RoleSkill

HAVE, PARTLY = 2, 1  # rating levels: 0 not yet, 1 some, 2 confident, 3 strong


@dataclass
class Fit:
    role: Role
    natural: bool = False
    have: list = field(default_factory=list)
    partly: list = field(default_factory=list)
    missing: list = field(default_factory=list)
    clashes: list[str] = field(default_factory=list)
    cautions: list[str] = field(default_factory=list)
    goal_fit: int = 0
    goal_reason: str = ""
    goal_target: Role | None = None  # where the goal's route leads, for the route link
    requirements: list[str] = field(default_factory=list)

    def sort_key(self):
        essential = len(self.have) + len(self.partly) + len(self.missing)
        coverage = (len(self.have) + len(self.partly) / 2) / essential if essential else 0
        return (
            len(self.clashes),
            -self.goal_fit,
            -coverage,
            not self.natural,
            len(self.cautions),
            self.role.name,
        )


def candidates(background, current_role, graph) -> list[Role]:
    if background.in_bpo and current_role is not None:
        next_ids = [edge.to_role_id for edge in graph.out.get(current_role.pk, [])]
        return list(Role.objects.published().filter(pk__in=next_ids))
    return list(Role.objects.published().filter(level=Level.ENTRY))


def skills_to_rate(role_skills, limit: int) -> list:
    """The skills that matter most across the candidates: needed by more roles, essential first."""
    weight: dict = {}
    for role_skill in role_skills:
        points = 2 if role_skill.importance == Importance.ESSENTIAL else 1
        weight[role_skill.skill] = weight.get(role_skill.skill, 0) + points
    ranked = sorted(weight, key=lambda skill: (-weight[skill], skill.name))
    return ranked[:limit]


def role_skills_for(roles) -> list:
    return list(
        RoleSkill.objects.published()
        .filter(role__in=roles)
        .select_related("skill")
        .order_by("skill__name")
    )


def _constraints(fit: Fit, role: Role, answers: dict) -> None:
    if answers["nights"] == "no":
        if role.shift_pattern == ShiftPattern.NIGHTS:
            fit.clashes.append("Mostly night shifts, and you said you can't work nights.")
        elif role.shift_pattern == ShiftPattern.MIXED:
            fit.cautions.append("Some night or rotating shifts.")
    if answers["home"] == "yes":
        if role.remote_work == RemoteWork.ONSITE:
            fit.clashes.append("Mostly on-site, and you need to work from home.")
        elif role.remote_work == RemoteWork.HYBRID:
            fit.cautions.append("Usually hybrid: some days in the office.")
    wanted = answers["channel"]
    if wanted != "either" and role.channel not in (wanted, Channel.BLENDED):
        kind = "calls" if role.channel == Channel.VOICE else "no calls"
        fit.clashes.append(f"This role means {kind}, and you asked for {wanted} work.")
    elif wanted != "either" and role.channel == Channel.BLENDED:
        fit.cautions.append("A mix of calls and written work.")


def _goal(fit: Fit, role: Role, goal: str, graph) -> None:
    if goal == "customers":
        fit.goal_fit = 2 if role.office == Office.FRONT else 0
        if fit.goal_fit:
            fit.goal_reason = "Customer-facing every day."
        return
    if goal == "back-office":
        if role.office == Office.BACK:
            fit.goal_fit, fit.goal_reason = 2, "Back-office work, away from the phone."
        elif role.channel == Channel.NON_VOICE:
            fit.goal_fit, fit.goal_reason = 1, "Written work (chat, email), no calls."
        return
    if goal == "specialist" and role.industry:
        fit.goal_fit = 2
        fit.goal_reason = f"Already a specialist role in {role.get_industry_display().lower()}."
        return
    wanted = (
        (lambda r: r.level == Level.LEADERSHIP or (r.level == Level.SENIOR and not r.industry))
        if goal == "lead"
        else (lambda r: bool(r.industry))
    )
    best = graph.shortest(role.pk, wanted)
    if best is not None:
        fit.goal_fit = 1
        target = fit.goal_target = best.roles[-1]
        via = ", ".join(r.name for r in best.via)
        fit.goal_reason = (
            f"Leads to {target.name} in about {months_range(best.low_months, best.high_months)}"
            + (f", via {via}." if via else ".")
        )


def requirements(role: Role) -> list[str]:
    out = []
    if role.typing_wpm:
        accuracy = f" at {role.typing_accuracy}% accuracy" if role.typing_accuracy else ""
        out.append(f"Typing: {role.typing_wpm} words a minute{accuracy}.")
    if role.english_level:
        out.append(f"English: {EnglishLevel(role.english_level).label}.")
    if role.experience_months:
        out.append(f"Experience: about {role.experience_months} months.")
    return out


def rank(roles, role_skills, background, ratings: dict, answers: dict, graph) -> list[Fit]:
    """Every candidate with its reasons, best first."""
    from_background = {t.skill.slug: PARTLY for t in background.transfers.all()}
    natural = {role.pk for role in background.entry_roles.all()}
    essentials: dict[int, list] = {}
    for role_skill in role_skills:
        if role_skill.importance == Importance.ESSENTIAL:
            essentials.setdefault(role_skill.role_id, []).append(role_skill.skill)
    fits = []
    for role in roles:
        fit = Fit(role, natural=role.pk in natural, requirements=requirements(role))
        for skill in essentials.get(role.pk, []):
            level = ratings.get(skill.slug, from_background.get(skill.slug, 0))
            bucket = fit.have if level >= HAVE else fit.partly if level == PARTLY else fit.missing
            bucket.append(skill)
        _constraints(fit, role, answers)
        _goal(fit, role, answers["goal"], graph)
        fits.append(fit)
    return sorted(fits, key=Fit.sort_key)


def all_the_same(ratings: dict) -> bool:
    """Five or more ratings, all at one level: probably not an honest self-assessment."""
    return len(ratings) >= 5 and len(set(ratings.values())) == 1
