"""Building a tailored checklist: general items, the role's own, its essential skills and KPIs.

Entries are plain data with stable keys; ticks are looked up by key, so the same builder serves
the role checklist, a saved job ad's checklist and /me/.
"""

from dataclasses import dataclass, field, replace
from itertools import groupby

from django.db.models import Exists, OuterRef, Q, Value

from bpoportal.serving import content_version
from careers.common.models import Status
from careers.common.reads import Reads, resolve
from careers.resumes.models import PART_ORDER, ChecklistItem, Part, Section, Tick
from careers.roles.models import Role
from careers.skills.models import Importance, RoleSkill


@dataclass
class Entry:
    key: str
    section: str
    part: str
    text: str
    why: str = ""
    good: str = ""
    weak: str = ""
    origin: str = "general"  # general | role | skill | kpi | ad
    link: str = ""  # a page that helps (the skill or KPI)
    first: bool = False  # "put this first" for a job ad
    done: bool = False
    note: str = ""

    @property
    def anchor(self) -> str:
        return "c-" + self.key.replace(":", "-")


@dataclass
class Group:
    section: str
    part: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"{Section(self.section).label}: {Part(self.part).label}"


def lower_first(name: str) -> str:
    """'Active listening' -> 'active listening', but 'CRM software' stays as it is."""
    if len(name) > 1 and name[1].isupper():
        return name
    return name[:1].lower() + name[1:]


def item_entries(role: Role | None) -> list[Entry]:
    """Published checklist items for every role, plus those aimed at this role (one query)."""
    items = ChecklistItem.objects.published()
    if role is None:
        items = items.filter(roles__isnull=True).annotate(for_role=Value(False))
    else:
        aimed = ChecklistItem.roles.through.objects.filter(checklistitem=OuterRef("pk"), role=role)
        items = (
            items.filter(Q(roles__isnull=True) | Q(roles=role))
            .annotate(for_role=Exists(aimed))
            .distinct()
        )
    return [
        Entry(
            key=f"item:{item.slug}",
            section=item.section,
            part=item.part,
            text=item.text,
            why=item.why,
            good=item.good_example,
            weak=item.weak_example,
            origin="role" if item.for_role else "general",
        )
        for item in items.order_by("order", "slug")
    ]


def skill_entry(skill, role: Role) -> Entry:
    return Entry(
        key=f"skill:{skill.slug}",
        section=Section.RESUME,
        part=Part.EXPERIENCE,
        text=f"Show evidence of {lower_first(skill.name)}",
        why=(
            f"It is an essential skill for a {role.name}. Give one real example in an experience "
            "bullet: the situation, what you did, and what changed as a result."
        ),
        origin="skill",
        link=skill.get_absolute_url(),
    )


def metric_entry(metric, role: Role) -> Entry:
    label = metric.abbreviation or metric.name
    target = f" (a typical target: {metric.typical_target})" if metric.typical_target else ""
    return Entry(
        key=f"metric:{metric.slug}",
        section=Section.RESUME,
        part=Part.EXPERIENCE,
        text=f"Quantify your {label}",
        why=(
            f"A {role.name} is measured on {metric.name}{target}. If you have a real figure, "
            "put it in a bullet. If you were never measured on it, show the habit behind it."
        ),
        origin="kpi",
        link=metric.get_absolute_url(),
    )


def role_entries(role: Role) -> list[Entry]:
    """The whole checklist for a role, without duplicates (keys are unique). Built once per
    content version and role in each process (three queries saved on every checklist and job-ad
    check); each caller gets its own copies, since ticks are written onto them."""
    built = content_version.memoized(f"role-entries:{role.pk}", lambda: _role_entries(role))
    return [replace(entry) for entry in built]


def _role_entries(role: Role) -> list[Entry]:
    essentials = (
        role.role_skills.published().filter(importance=Importance.ESSENTIAL).select_related("skill")
    )
    entries = item_entries(role)
    entries += [skill_entry(rs.skill, role) for rs in essentials]
    entries += [metric_entry(metric, role) for metric in role.metrics.published()]
    return entries


def ad_entries(result, role: Role | None) -> list[Entry]:
    """The checklist for one job ad: what it asks first, then the role's usual checklist."""
    entries = ad_only_entries(result, role)
    seen = {entry.key for entry in entries}
    usual = role_entries(role) if role is not None else item_entries(None)
    return entries + [entry for entry in usual if entry.key not in seen]


def ad_only_entries(result, role: Role | None) -> list[Entry]:
    """The lines a job ad adds to the role's usual checklist.

    Knock-out requirements and the skills the ad shares with the role's essentials go first;
    skills the ad asks beyond the essentials follow. Nothing here writes a claim for the job
    seeker: every line says what to show, if it is true.
    """
    essential_ids = set()
    if role is not None:
        essential_ids = {
            rs.skill_id for rs in role.role_skills.all() if rs.importance == Importance.ESSENTIAL
        }
    role_name = role.name if role else "this job"
    entries = [
        Entry(
            key=f"knockout:{term.slug}",
            section=Section.RESUME,
            part=Part.SUMMARY,
            text=f"Make it easy to see that you meet “{term.term}”",
            why=term.advice or term.meaning,
            origin="ad",
            first=True,
        )
        for term in result.knockouts
    ]
    for skill, hits in result.skills.items():
        covered = skill.pk in essential_ids
        said = f"The ad asks for it (“{hits[0].text}”)"
        why = (
            f"{said} and it is essential for a {role_name}: put your strongest example near "
            "the top of your experience."
            if covered
            else f"{said}, beyond the usual essentials for a {role_name}. Show it only if you "
            "really have it; if you are still learning it, say so and how."
        )
        entries.append(
            Entry(
                key=f"skill:{skill.slug}",
                section=Section.RESUME,
                part=Part.EXPERIENCE if covered else Part.SKILLS,
                text=f"Show evidence of {lower_first(skill.name)}",
                why=why,
                origin="ad",
                link=skill.get_absolute_url(),
                first=covered,
            )
        )
    for metric, hits in result.metrics.items():
        entries.append(
            Entry(
                key=f"metric:{metric.slug}",
                section=Section.RESUME,
                part=Part.EXPERIENCE,
                text=f"Quantify your {metric.abbreviation or metric.name}",
                why=f"The ad mentions “{hits[0].text}”. A real number from your last job beats "
                "any adjective; if you have none, describe how you kept it in check.",
                origin="ad",
                link=metric.get_absolute_url(),
                first=True,
            )
        )
    for cert in result.certifications:
        entries.append(
            Entry(
                key=f"cert:{cert.slug}",
                section=Section.RESUME,
                part=Part.CERTIFICATIONS,
                text=f"List {cert.name} if you hold it",
                why="The ad names it. If you are studying for it, write “in progress” with your "
                "exam month; never list it as earned before you pass.",
                origin="ad",
                link=cert.get_absolute_url(),
            )
        )
    return entries


def apply_ticks(entries: list[Entry], ticks) -> None:
    by_key = {tick.key: tick for tick in ticks}
    for entry in entries:
        if tick := by_key.get(entry.key):
            entry.done, entry.note = tick.done, tick.note


def owner_ticks(owner, *, role=None, ad=None):
    if owner is None:
        return Tick.objects.none()
    return Tick.objects.filter(owner=owner, role=role, ad=ad)


def grouped(entries: list[Entry]) -> list[Group]:
    """By section (resume first) and part, in a sensible reading order."""
    sections = [s.value for s in Section]

    def sort_key(e: Entry):
        return (sections.index(e.section), PART_ORDER.index(e.part))

    return [
        Group(section, part, list(items))
        for (section, part), items in groupby(
            sorted(entries, key=sort_key), key=lambda e: (e.section, e.part)
        )
    ]


def progress(entries: list[Entry]) -> tuple[int, int]:
    return sum(e.done for e in entries), len(entries)


def role_checklist_keys(role_ids) -> dict[int | None, set[str]]:
    """The keys of several roles' checklists in one statement (for /me/'s progress totals).

    Must agree with role_entries(); tests/test_resume_checklist.py checks that it does.
    """
    return resolve(checklist_keys_read(role_ids))


# Checklist keys by role id (None: the general items), kept per content version.
KEYS_MEMO = "checklist-keys"


def checklist_keys_read(role_ids) -> Reads | dict:
    """role_checklist_keys as Reads, for a page that reads them with other apps' rows. They are
    content: kept per content version in each process, so a role's keys are read once (the
    result is then the dict itself, which resolve and Each take as it is)."""
    role_ids = list(role_ids)
    current, known = content_version.recall(KEYS_MEMO)
    known = known or {}
    wanted = [*role_ids, None]
    missing = [role_id for role_id in role_ids if role_id not in known]
    if None in known and not missing:
        return {role_id: known[role_id] for role_id in wanted}
    general = ChecklistItem.objects.published().filter(roles__isnull=True).values_list("slug")
    aimed = ChecklistItem.roles.through.objects.filter(
        role_id__in=missing, checklistitem__status=Status.PUBLISHED
    ).values_list("role_id", "checklistitem__slug")
    essentials = (
        RoleSkill.objects.published()
        .filter(role_id__in=missing, importance=Importance.ESSENTIAL)
        .values_list("role_id", "skill__slug")
    )
    metrics = Role.metrics.through.objects.filter(
        role_id__in=missing, metric__status=Status.PUBLISHED
    ).values_list("role_id", "metric__slug")

    def keyed(general, aimed, essentials, metrics):
        every = {f"item:{slug}" for (slug,) in general}
        keys = {role_id: set(every) for role_id in missing}
        for prefix, pairs in (("item", aimed), ("skill", essentials), ("metric", metrics)):
            for role_id, slug in pairs:
                keys[role_id].add(f"{prefix}:{slug}")
        # an ad saved without a role gets the general items
        merged = {**known, None: frozenset(every), **{k: frozenset(v) for k, v in keys.items()}}
        content_version.keep(KEYS_MEMO, current, merged)
        return {role_id: merged[role_id] for role_id in wanted}

    return Reads((general, aimed, essentials, metrics), keyed)
