"""How resume tailoring plugs into lower apps: the role page, /me/, the login merge, and the
content specs of checklist items and jargon."""

from django.db.models import Count, Q
from django.urls import reverse

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
from careers.common.search_text import plain, words
from careers.resumes.checklist import checklist_keys_read
from careers.resumes.content import CHECKLIST, GLOSSARY
from careers.resumes.models import ChecklistItem, JargonTerm, SavedAd, Tick
from careers.roles.models import Role
from careers.seekers.merging import joined_tick, merge_rows

hooks.content(CHECKLIST)
hooks.content(GLOSSARY)
hooks.nav(NavEntry("Resume", "resumes:index", order=70))
hooks.public_params("role")
hooks.owner_cap(SavedAd, 50, "saved job ads")


@hooks.role_section
def tailor_link(request, role):
    return Section("resumes/_role_section.html", {"role": role})


# /me/'s checklists: compiled once a process (common.compiled), as on every /me/.
_DONE_BY_ROLE = Compiled(
    lambda owner_id: (
        Tick.objects.filter(owner_id=owner_id, role__isnull=False)
        .values("role")
        .annotate(done=Count("id", filter=Q(done=True)))
        .values_list("role", "done")
    )
)
_ADS = Compiled(
    lambda owner_id: (
        SavedAd.objects.filter(owner_id=owner_id)
        .select_related("role")
        .annotate(done=Count("tick", filter=Q(tick__done=True)))
    )
)


@hooks.me_section
def my_checklists(request, owner):
    """Every checklist this owner has touched, with "x of y done" (two rounds of reads)."""
    if owner is None:
        return Section("resumes/_me_section.html", {"roles": [], "ads": []})
    return hooks.Reads((_DONE_BY_ROLE.queryset(owner.pk), _ADS.queryset(owner.pk)), _checklists)


def _checklists(done_by_role, ads):
    done_by_role = dict(done_by_role)
    roles = Role.objects.published().filter(pk__in=list(done_by_role))

    def section_of(results):
        roles, keys = results
        rows = [(role, done_by_role[role.pk], len(keys[role.pk])) for role in roles]
        for ad in ads:
            ad.total = ad.lines  # counted when saved: /me/ analyses no ad
        return Section("resumes/_me_section.html", {"roles": rows, "ads": ads})

    # The roles' keys are read with the roles (their pks are known), in the same statement.
    return hooks.Each([hooks.Reads((roles,), list), checklist_keys_read(done_by_role)], section_of)


@hooks.merge
def merge_ticks(source, target):
    """Saved ads move as they are; a role line ticked on both sides stays ticked, notes join."""
    SavedAd.objects.filter(owner=source).update(owner=target)
    Tick.objects.filter(owner=source, ad__isnull=False).update(owner=target)
    role_ticks = Tick.objects.filter(role__isnull=False)
    merge_rows(role_ticks, source, target, key=["role_id", "key"], combine=joined_tick)


@hooks.plan_milestones
def resume_milestones(owner, steps):
    """Each next role's resume checklist, with its own progress (read with the other apps')."""
    roles = {step.to_role.pk: (index, step.to_role) for index, step in enumerate(steps)}
    done = (
        Tick.objects.filter(owner=owner, role__in=list(roles), done=True)
        .values("role")
        .annotate(n=Count("id"))
        .values_list("role", "n")
    )

    def milestones(results):
        done, total = results
        return [
            Milestone(
                f"resume:{role.slug}",
                "Resume",
                f"Tailor your resume and cover letter for {role.name}.",
                reverse("resumes:role", args=[role.slug]),
                index,
                order=70,
                progress=f"{done.get(pk, 0)} of {len(total[pk])} checklist lines done",
            )
            for pk, (index, role) in roles.items()
        ]

    return hooks.Each([hooks.Reads((done,), dict), checklist_keys_read(roles)], milestones)


# Lines ticked so far (the home page's journey).
TICKED = Progress(
    lambda owner_id: count_of(Tick.objects.filter(owner_id=owner_id, done=True)),
    lambda n: counted(n, "checklist line", "ticked"),
)


@hooks.journey
def tailor_resume():
    return [
        JourneyLink(
            "resume", "Resume checklist and job-ad check", reverse("resumes:index"), TICKED, 10
        )
    ]


# Site search: what it indexes of this app (drafts are never indexed).
def _checklist_item(item):
    """An anchor on the first of its roles' checklists; a line for every role is listed, with
    its anchor, on the resume page."""
    roles = [r for r in item.roles.all() if r.is_published]
    page = reverse("resumes:role", args=[roles[0].slug]) if roles else reverse("resumes:index")
    return SearchEntry(
        f"{page}#c-item-{item.slug}", item.text, body=plain(item.why, item.good_example)
    )


def _jargon(term):
    return SearchEntry(
        reverse("glossary") + f"#{term.slug}",
        term.term,
        terms=words(term.aliases),
        body=plain(term.meaning, term.advice),
    )


hooks.search_source(
    SearchSource(
        ChecklistItem,
        "checklist",
        "Resume checklist",
        _checklist_item,
        m2m=("roles",),
        prefetch=("roles",),
    )
)
hooks.search_source(SearchSource(JargonTerm, "jargon", "BPO jargon", _jargon))
