"""How the guide plugs into lower apps: pay on the role page, a hiring-day milestone on saved
plans, and its content specs."""

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import JourneyLink, Milestone, NavEntry, Section
from careers.guide.content import FACTS, HIRING_STAGES, ORGANISATIONS, PAY, TOPICS
from careers.guide.models import PayFigure

hooks.content(HIRING_STAGES)
hooks.content(FACTS)
hooks.content(PAY)
hooks.content(ORGANISATIONS)
hooks.content(TOPICS)
hooks.nav(NavEntry("Hiring and pay", "guide:hiring", order=90))
hooks.nav(NavEntry("The industry", "guide:industry", order=100))


@hooks.role_section
def role_pay(request, role):
    """Sourced pay for this role in each country, and the way to the hiring guide (one query)."""
    figures = list(PayFigure.objects.published().filter(role=role))
    return Section(
        "guide/_role_section.html", {"role": role, "figures": figures}, toc=("pay", "Pay")
    )


@hooks.plan_milestones
def hiring_day(owner, steps):
    if not steps:
        return []
    return [
        Milestone(
            "guide:hiring-day",
            "Hiring",
            "Prepare for the hiring day: the stages, the documents to bring, and scams to avoid.",
            reverse("guide:hiring"),
            0,
            order=60,
        )
    ]


@hooks.journey
def research_and_network(request, owner):
    return [
        JourneyLink(
            "industry",
            "The BPO industry, its markets and employers",
            reverse("guide:industry"),
            order=10,
        ),
        JourneyLink("industry", "How hiring works", reverse("guide:hiring"), order=20),
        JourneyLink("industry", "What BPO jobs pay", reverse("guide:pay"), order=30),
        JourneyLink(
            "network",
            "Organisations, events and first messages",
            reverse("guide:network"),
            order=10,
        ),
    ]
