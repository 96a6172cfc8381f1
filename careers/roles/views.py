from collections import defaultdict

from django.db.models import Case, Count, F, Prefetch, Q, Value, When
from django.shortcuts import get_object_or_404, render

from bpoportal.serving.visitor_parts import shared_body
from careers.common import hooks
from careers.common.journey import journey
from careers.common.models import Status
from careers.common.paging import first_of, page_of
from careers.roles import careermap
from careers.roles.forms import LadderFilterForm, RoleFilterForm
from careers.roles.models import (
    LEVEL_ORDER,
    CareerStep,
    Certification,
    Level,
    Metric,
    Role,
)

HOME_ROLES_PER_OFFICE = 6  # the home page's taste of entry roles; /roles/ has them all
ROLES_PER_PAGE = 24
LADDER_PER_PAGE = careermap.MAX_ROLES  # the map is drawn when its roles fit on one page
SHORT_LIST = 30  # roles measured on one KPI, per page
CERTIFICATION_ROLES = 6  # roles named under each certification; a link lists them all


@shared_body
def home(request):
    entry_roles = list(
        first_of(
            Role.objects.published().filter(level=Level.ENTRY),
            HOME_ROLES_PER_OFFICE,
            per="office",
            order_by=["name"],
        )
    )
    context = {
        "entry_roles": entry_roles,
        # The totals are per office: all the entry roles are the two offices' totals added up.
        "entry_total": sum({role.office: role.total for role in entry_roles}.values()),
        # The steps and links; the job seeker's progress under them is a visitor part.
        "journey": journey(None),
    }
    return render(request, "roles/home.html", context)


@shared_body
def role_list(request):
    form = RoleFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    certification = None
    if "certification" in filters:
        slug = filters.pop("certification")
        certification = Certification.objects.published().filter(slug=slug).first()
        if certification is None:
            form.add_error("certification", "No such certification.")
    roles = Role.objects.published().filtered(certification=certification, **filters)
    page = page_of(request, roles, ROLES_PER_PAGE)
    context = {
        "form": form,
        "page": page,
        "roles": page.object_list,
        "certification": certification,
        "filtered": bool(filters) or certification is not None,
        "bad_filter": form.errors,
    }
    return render(request, "roles/role_list.html", context)


def _published_steps(user):
    return CareerStep.objects.visible_to(user).select_related("from_role", "to_role")


@shared_body
def role_detail(request, slug):
    role = get_object_or_404(Role.objects.visible_to(request.user), slug=slug)
    steps = _published_steps(request.user)
    # Higher apps' sections (skills, questions…), by where they go on the page.
    sections = defaultdict(list)
    for section in hooks.role_section.sections(request, role):
        sections[section.slot].append(section)
    context = {
        "role": role,
        "metrics": role.metrics.visible_to(request.user),
        "certifications": role.certifications.visible_to(request.user),
        "steps_in": steps.filter(to_role=role).order_by("from_role__name"),
        "steps_out": steps.filter(from_role=role).order_by("kind", "to_role__name"),
        "sections": dict(sections),
    }
    return render(request, "roles/role_detail.html", context)


def _glance() -> list[dict]:
    """How many roles each level has on each track (one query, however many roles): the map at
    a glance, each count a link to that part of it."""
    track = Case(When(~Q(industry=""), then=Value("specialist")), default=F("office"))
    counts = dict.fromkeys(((level, t) for level in LEVEL_ORDER for t in careermap.TRACKS), 0)
    rows = Role.objects.published().annotate(track=track).values("level", "track").order_by()
    for row in rows.annotate(n=Count("pk")):
        counts[row["level"], row["track"]] = row["n"]
    return [
        {
            "level": Level(level),
            "cells": [(t, label, counts[level, t]) for t, label in careermap.TRACKS.items()],
        }
        for level in LEVEL_ORDER
        if any(counts[level, t] for t in careermap.TRACKS)
    ]


@shared_body
def ladder(request):
    """The career map: roles by level and track, each with its published steps out. One page
    of roles at a time (a track or a level on its own when asked), drawn when they all fit."""
    form = LadderFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    steps_out = Prefetch(
        "steps_out",
        queryset=CareerStep.objects.published()
        .select_related("to_role")
        .order_by("kind", "to_role__name"),
        to_attr="public_steps_out",
    )
    roles = (
        Role.objects.published()
        .on_track(filters.get("track", ""))
        .filtered(level=filters.get("level", ""))
        .by_level()
        .prefetch_related(steps_out)
    )
    page = page_of(request, roles, LADDER_PER_PAGE)
    roles = list(page.object_list)
    by_level = {level: {track: [] for track in careermap.TRACKS} for level in LEVEL_ORDER}
    for role in roles:
        by_level[role.level][careermap.track_of(role)].append(role)
    rows = [
        {
            "level": Level(level),
            "tracks": [(label, by_level[level][t]) for t, label in careermap.TRACKS.items()],
        }
        for level in LEVEL_ORDER
        if any(by_level[level].values())
    ]
    # A drawing of more roles than fit on one page is unreadable on a phone, and heavy.
    drawn = page.paginator.num_pages == 1 and roles
    steps = [step for role in roles for step in role.public_steps_out]
    context = {
        "filters": filters,
        "bad_filter": form.errors,
        "page": page,
        "rows": rows,
        "map": careermap.render(roles, steps) if drawn else "",
        "glance": _glance(),
        "tracks": careermap.TRACKS,
    }
    return render(request, "roles/ladder.html", context)


@shared_body
def metric_list(request):
    return render(request, "roles/metric_list.html", {"metrics": Metric.objects.published()})


@shared_body
def metric_detail(request, slug):
    metric = get_object_or_404(Metric.objects.visible_to(request.user), slug=slug)
    page = page_of(request, metric.roles.published(), SHORT_LIST)
    return render(request, "roles/metric_detail.html", {"metric": metric, "page": page})


@shared_body
def certification_list(request):
    """Each certification names its first few roles; a link lists them all on /roles/."""
    roles = Prefetch(
        "roles",
        queryset=Role.objects.published()[:CERTIFICATION_ROLES],
        to_attr="public_roles",
    )
    certifications = list(
        Certification.objects.published()
        .annotate(role_count=Count("roles", filter=Q(roles__status=Status.PUBLISHED)))
        .prefetch_related(roles)
    )
    for certification in certifications:
        certification.more_roles = certification.role_count - len(certification.public_roles)
    return render(request, "roles/certification_list.html", {"certifications": certifications})
