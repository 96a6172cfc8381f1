"""What the take-home calculator adds: its rate tables in content packs, a menu entry, site
search entries, and a link from the home page's journey.

No public_params: a result's query string is numbers anyone can make up, so result pages are
worked out fresh for each request and never fill the page cache (only the empty form is kept)."""

from django.urls import reverse

from careers.common import hooks
from careers.common.hooks import JourneyLink, NavEntry, SearchEntry, SearchSource, Section
from careers.common.search_text import plain
from careers.takehome.content import RATES
from careers.takehome.models import Rate

hooks.content(RATES)
hooks.nav(NavEntry("Take-home pay", "takehome:index", order=95))


def _rate(rate):
    if rate.over:
        return None  # a table is found by its first bracket
    url = reverse("takehome:calculator", args=[rate.country]) + "#rates"
    return SearchEntry(
        url,
        f"{rate.name} ({rate.valid_from})",
        terms="take-home in-hand salary deductions calculator",
        body=plain(rate.note, rate.source_name),
    )


hooks.search_source(SearchSource(Rate, "rate", "Take-home pay rate", _rate))


@hooks.journey
def take_home():
    return [
        JourneyLink("industry", "Work out your take-home pay", reverse("takehome:index"), order=35)
    ]


@hooks.role_section
def take_home_link(request, role):
    """Under the role's pay: the way from a pay range to what reaches the bank (no query)."""
    return Section("takehome/_role_section.html", {"role": role})
