"""What roles registers through careers.common.hooks: its content specs, in load order, its
journey links, and the job seeker's progress on the home page's journey (a visitor part)."""

from django.urls import reverse
from django.utils.html import format_html_join

from careers.common import hooks
from careers.common.hooks import JourneyLink, NavEntry, SearchEntry, SearchSource
from careers.common.journey import journey
from careers.common.search_text import plain, words
from careers.roles.content import CAREER_STEPS, CERTIFICATIONS, METRICS, ROLES
from careers.roles.models import Certification, Metric, Role
from careers.seekers.owner import current_owner

hooks.nav(NavEntry("Career paths", "roles:list", order=10))
hooks.nav(NavEntry("Career map", "roles:ladder", order=20))
hooks.nav(NavEntry("KPIs", "roles:metrics", order=40))
hooks.nav(NavEntry("Certifications", "roles:certifications", order=50))
hooks.public_params("office", "level", "industry", "channel", "certification", "track")

for spec in (METRICS, CERTIFICATIONS, ROLES, CAREER_STEPS):
    hooks.content(spec)


@hooks.journey
def choose_a_role():
    return [
        JourneyLink(
            "goals", "Compare entry-level roles", reverse("roles:list") + "?level=entry", order=20
        ),
        JourneyLink("goals", "See where each role leads", reverse("roles:ladder"), order=30),
    ]


_PROGRESS = "_journey_progress"  # request attribute: the journey's progress, read once


@hooks.visitor_part("roles:journey_progress")
def journey_progress(request, step):
    """This job seeker's progress under one step of the home page's journey (the steps and
    their links are the same for everyone)."""
    if getattr(request, _PROGRESS, None) is None:
        steps = journey(current_owner(request))
        setattr(request, _PROGRESS, {item.step.key: item.progress for item in steps})
    notes = getattr(request, _PROGRESS).get(step, [])
    return format_html_join("", '<p class="progress-note mb-1">{}</p>', ((n,) for n in notes))


# Site search: what it indexes of this app (drafts are never indexed).
def _role(role):
    return SearchEntry(
        role.get_absolute_url(),
        role.name,
        alt=words(role.other_titles),
        body=plain(role.summary, role.what_they_do),
    )


def _metric(metric):
    return SearchEntry(
        metric.get_absolute_url(),
        metric.name,
        alt=metric.abbreviation,
        terms=words(metric.aliases),
        body=plain(metric.definition, metric.typical_target),
    )


def _certification(cert):
    return SearchEntry(
        cert.get_absolute_url(),
        cert.name,
        terms=words([*cert.aliases, cert.issuing_body]),
        body=plain(cert.description),
    )


hooks.search_source(SearchSource(Role, "role", "Role", _role))
hooks.search_source(SearchSource(Metric, "metric", "KPI", _metric))
hooks.search_source(SearchSource(Certification, "certification", "Certification", _certification))
