"""What roles registers through careers.common.hooks: its content specs, in load order."""

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import JourneyLink, NavEntry
from careers.roles.content import CAREER_STEPS, CERTIFICATIONS, METRICS, ROLES

hooks.nav(NavEntry("Career paths", "roles:list", order=10))
hooks.nav(NavEntry("Career map", "roles:ladder", order=20))
hooks.nav(NavEntry("KPIs", "roles:metrics", order=40))
hooks.nav(NavEntry("Certifications", "roles:certifications", order=50))
hooks.public_params("office", "level", "industry", "channel", "certification", "track")

for spec in (METRICS, CERTIFICATIONS, ROLES, CAREER_STEPS):
    hooks.content(spec)


@hooks.journey
def choose_a_role(request, owner):
    return [
        JourneyLink(
            "goals", "Compare entry-level roles", reverse("roles:list") + "?level=entry", order=20
        ),
        JourneyLink("goals", "See where each role leads", reverse("roles:ladder"), order=30),
    ]
