"""The guide's public pages. They read content only: no session is created, so they stay
cacheable; the country is in the URL."""

from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import render

from bpoportal.serving.visitor_parts import shared_body
from careers.common.paging import first_of, page_of, total_of
from careers.guide.models import (
    SECTIONS_OF,
    Country,
    Fact,
    FactKind,
    HiringStage,
    Organisation,
    OrgKind,
    Page,
    PayFigure,
    Topic,
    floors_by_place,
)
from careers.guide.ranges import PLACE_ORDER, place_ranges
from careers.roles.models import Role

COUNTRY_PAGES = [Country.PHILIPPINES, Country.INDIA]  # /hiring/<country>/; general is /hiring/
PAY_ROLES_PER_PAGE = 30
MISSING_NAMED = 40  # roles without a figure shown with their reason; the rest are counted


def _facts_by_kind(country):
    facts = Fact.objects.published().filter(country=country)
    return [(kind, [f for f in facts if f.kind == kind]) for kind in FactKind]


@shared_body
def hiring(request):
    return _hiring_page(request, Country.GENERAL)


@shared_body
def hiring_country(request, country):
    if country not in COUNTRY_PAGES:
        raise Http404("We have no guide for that country yet.")
    return _hiring_page(request, country)


def _hiring_page(request, country):
    context = {
        "country": Country(country),
        "stages": HiringStage.objects.published().filter(country=country),
        "facts": [(kind, facts) for kind, facts in _facts_by_kind(country) if facts],
        "others": [c for c in [Country.GENERAL, *COUNTRY_PAGES] if c != country],
    }
    return render(request, "guide/hiring.html", context)


@shared_body
def pay(request):
    """A page of roles with published figures (entry level first): per country, the Philippines
    first, one headline range per place drawn over the minimum wage, sources collapsed under it;
    then every role that has no figure, with the reason it says. A fixed number of queries."""
    has_pay = Exists(PayFigure.objects.published().filter(role=OuterRef("pk")))
    page = page_of(request, Role.objects.published().filter(has_pay).by_level(), PAY_ROLES_PER_PAGE)
    roles = list(page.object_list)
    figures = list(PayFigure.objects.published().filter(role__in=roles))
    floors = floors_by_place()
    benefits = Fact.objects.published().filter(kind=FactKind.BENEFIT)
    countries = []
    for country in COUNTRY_PAGES:
        rows = [
            (role, place_ranges([f for f in figures if f.role_id == role.pk], floors, country))
            for role in roles
        ]
        rows = [row for row in rows if row[1]]
        countries.append(
            {
                "country": Country(country),
                "roles": rows,
                "floors": _floors_drawn(rows),
                "benefits": [b for b in benefits if b.country == country],
            }
        )
    missing = Role.objects.published().exclude(has_pay).select_related("pay_note")
    missing = list(first_of(missing, MISSING_NAMED, order_by=["name"]))
    context = {
        "page": page,
        "countries": countries,
        "missing": missing,
        "more_missing": total_of(missing) - len(missing),
    }
    return render(request, "guide/pay.html", context)


def _floors_drawn(rows) -> list:
    """The minimum wages a country's ranges are drawn over, each once (stated with its source
    at the top of the country, not under every role), in the ranges' place order."""
    floors = {}
    for _role, ranges in rows:
        for pr in ranges:
            if pr.floor is not None:
                floors.setdefault(pr.floor.pk, pr.floor)
    return sorted(floors.values(), key=lambda w: PLACE_ORDER.index(w.place))


def _sections(page):
    """The page's published topics by section, in page order; empty sections left out."""
    topics = list(Topic.objects.published().filter(page=page))
    sections = [
        (section, [t for t in topics if t.section == section]) for section in SECTIONS_OF[page]
    ]
    return [(section, mine) for section, mine in sections if mine]


def _by_country(organisations):
    """Philippines, India, then international, each with its organisations."""
    order = [*COUNTRY_PAGES, Country.GENERAL]
    return [
        (Country(c), mine) for c in order if (mine := [o for o in organisations if o.country == c])
    ]


@shared_body
def industry(request):
    employers = Organisation.objects.published().filter(kind=OrgKind.EMPLOYER)
    context = {"sections": _sections(Page.INDUSTRY), "employers": _by_country(list(employers))}
    return render(request, "guide/industry.html", context)


@shared_body
def network(request):
    organisations = list(Organisation.objects.published().exclude(kind=OrgKind.EMPLOYER))
    context = {"sections": _sections(Page.NETWORK), "organisations": _by_country(organisations)}
    return render(request, "guide/network.html", context)
