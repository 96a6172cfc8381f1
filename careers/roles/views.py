from collections import defaultdict

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from careers.common import hooks
from careers.common.journey import journey
from careers.roles import careermap
from careers.roles.forms import RoleFilterForm
from careers.roles.models import (
    LEVEL_ORDER,
    CareerStep,
    Certification,
    Level,
    Metric,
    Role,
)
from careers.seekers.owner import current_owner


def home(request):
    entry_roles = Role.objects.published().filter(level=Level.ENTRY).order_by("office", "name")
    context = {"entry_roles": entry_roles, "journey": journey(request, current_owner(request))}
    return render(request, "roles/home.html", context)


def role_list(request):
    form = RoleFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {}
    roles = Role.objects.published().filtered(**filters)
    return render(
        request,
        "roles/role_list.html",
        {"form": form, "roles": roles, "filtered": bool(filters), "bad_filter": form.errors},
    )


def _published_steps(user):
    return CareerStep.objects.visible_to(user).select_related("from_role", "to_role")


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


TRACKS = {"front": "Front office", "back": "Back office", "specialist": "Specialist industries"}


def ladder(request):
    """The whole career map: roles by level, each with its published steps out."""
    steps_out = Prefetch(
        "steps_out",
        queryset=CareerStep.objects.published()
        .select_related("to_role")
        .order_by("kind", "to_role__name"),
        to_attr="public_steps_out",
    )
    roles = list(Role.objects.published().prefetch_related(steps_out))
    # Three tracks side by side: front office, back office, and the specialised industries.
    by_level = {level: {track: [] for track in TRACKS} for level in LEVEL_ORDER}
    for role in roles:
        track = "specialist" if role.industry else role.office
        by_level[role.level][track].append(role)
    rows = [
        {"level": Level(level), "tracks": [(TRACKS[t], by_level[level][t]) for t in TRACKS]}
        for level in LEVEL_ORDER
        if any(by_level[level].values())
    ]
    steps = [step for role in roles for step in role.public_steps_out]
    context = {"rows": rows, "tracks": TRACKS.values(), "map": careermap.render(roles, steps)}
    return render(request, "roles/ladder.html", context)


def metric_list(request):
    return render(request, "roles/metric_list.html", {"metrics": Metric.objects.published()})


def metric_detail(request, slug):
    metric = get_object_or_404(Metric.objects.visible_to(request.user), slug=slug)
    roles = metric.roles.published()
    return render(request, "roles/metric_detail.html", {"metric": metric, "roles": roles})


def certification_list(request):
    roles = Prefetch("roles", queryset=Role.objects.published(), to_attr="public_roles")
    certifications = Certification.objects.published().prefetch_related(roles)
    return render(request, "roles/certification_list.html", {"certifications": certifications})
