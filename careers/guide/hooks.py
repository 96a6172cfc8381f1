"""How the guide plugs into lower apps: pay on the role page, a hiring-day milestone on saved
plans, and its content specs."""

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import (
    JourneyLink,
    Milestone,
    NavEntry,
    SearchEntry,
    SearchSource,
    Section,
)
from careers.common.search_text import plain, words
from careers.guide.content import (
    FACTS,
    HIRING_STAGES,
    MINIMUM_WAGES,
    ORGANISATIONS,
    PAY,
    PAY_NOTES,
    TOPICS,
)
from careers.guide.models import (
    Country,
    Fact,
    HiringStage,
    Organisation,
    PayFigure,
    PayNote,
    Place,
    Topic,
    floors_by_place,
)
from careers.guide.ranges import place_ranges
from careers.guide.views import COUNTRY_PAGES
from careers.roles.models import Role

hooks.content(HIRING_STAGES)
hooks.content(FACTS)
hooks.content(PAY)
hooks.content(MINIMUM_WAGES)
hooks.content(PAY_NOTES)
hooks.content(ORGANISATIONS)
hooks.content(TOPICS)
hooks.nav(NavEntry("Hiring and pay", "guide:hiring", order=90))
hooks.nav(NavEntry("The industry", "guide:industry", order=100))


@hooks.role_section
def role_pay(request, role):
    """This role's headline pay per place, the Philippines first, drawn over the minimum wage;
    or the reason it has none (three queries)."""
    figures = list(PayFigure.objects.published().filter(role=role))
    ranges = []
    note = None
    if figures:
        floors = floors_by_place()
        ranges = [r for c in COUNTRY_PAGES for r in place_ranges(figures, floors, c)]
    else:
        note = PayNote.objects.published().filter(role=role).first()
    context = {"role": role, "ranges": ranges, "note": note}
    return Section("guide/_role_section.html", context, toc=("pay", "Pay"))


@hooks.plan_milestones
def hiring_day(owner, steps):
    if not steps:
        return []
    return [
        Milestone(
            "guide:hiring-day",
            "Hiring",
            "Get your documents ready and prepare for the hiring day: the stages, what to bring, "
            "and scams to avoid.",
            reverse("guide:hiring"),
            0,
            order=60,
        )
    ]


@hooks.journey
def research_and_network():
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


# Site search: what it indexes of this app (drafts are never indexed).
def _country_page(country: str) -> str:
    if country in COUNTRY_PAGES:
        return reverse("guide:hiring_country", args=[country])
    return reverse("guide:hiring")


def _stage(stage):
    url = _country_page(stage.country) + f"#{stage.slug}"
    return SearchEntry(url, stage.name, body=plain(stage.what_happens, stage.how_to_prepare))


def _fact(fact):
    return SearchEntry(
        _country_page(fact.country) + f"#{fact.slug}", fact.title, body=plain(fact.body)
    )


def _topic(topic):
    page = "guide:industry" if topic.page == "industry" else "guide:network"
    return SearchEntry(f"{reverse(page)}#{topic.slug}", topic.title, body=plain(topic.body))


def _organisation(org):
    page = "guide:industry" if org.kind == "employer" else "guide:network"
    return SearchEntry(
        f"{reverse(page)}#{org.slug}",
        org.name,
        alt=org.short_name,
        body=plain(org.summary, org.offers),
    )


def _role_pay(role):
    """The role page's pay section, when it has figures: its title names the role and its
    pay, so "magkano sahod csr" (pay, the role) finds this answer before pages naming one."""
    figures = [f for f in role.pay_figures.all() if f.is_published]
    if not figures:
        return None
    where = []
    for country in Country:
        places = sorted({Place(f.place).label for f in figures if f.country == country})
        if places:
            where.append(f"{', '.join(places)} ({country.label})")
    return SearchEntry(
        f"{role.get_absolute_url()}#pay",
        f"{role.name} pay",
        terms=words(["salary", "wage"]),  # its other titles reach it through the vocabulary
        body=f"Monthly pay before deductions in {'; '.join(where)}, drawn over the legal "
        "minimum wage, with the sources.",
    )


hooks.search_source(
    SearchSource(Role, "pay", "Pay", _role_pay, prefetch=("pay_figures",), follows=("pay_figures",))
)
hooks.search_source(SearchSource(HiringStage, "stage", "Hiring stage", _stage))
hooks.search_source(SearchSource(Fact, "fact", "Hiring guide", _fact))
hooks.search_source(SearchSource(Topic, "topic", "Industry guide", _topic))
hooks.search_source(SearchSource(Organisation, "organisation", "Organisation", _organisation))
