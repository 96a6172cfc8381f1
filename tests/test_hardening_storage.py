"""Bounded storage (issue 27, item 4): made-up values of public query parameters make no
page-cache entry, and the other caps on what one visitor can make the portal keep."""

import pytest
from django.core.cache import cache
from django.test import Client

from bpoportal.serving.page_cache import HIT_HEADER, page_key
from tests.factories import make_csr, make_role, make_skill
from tests.interview_factories import make_question

pytestmark = pytest.mark.django_db


def stored(client, url) -> bool:
    client.get(url)
    return client.get(url).get(HIT_HEADER) == "hit"


@pytest.fixture
def content():
    csr = make_csr()
    make_role(slug="qa", name="Quality Analyst", office="back", level="mid")
    make_question(csr)
    make_skill(kind="technical")
    return csr


OFFERED = [
    "/roles/?office=front",
    "/roles/?office=back&level=mid",
    "/roles/?office=&level=",  # the filter form sent with nothing chosen
    "/interviews/?role=csr&category=behavioural",
    "/skills/?kind=technical",
    "/plan/route/?from=csr&to=qa",
]
MADE_UP = [
    "/roles/?office=zzz",
    "/roles/?office=front&level=wizard",
    "/interviews/?role=no-such-role",
    "/interviews/?category=%3Cscript%3E",
    "/resume/?role=x1",
    "/skills/?kind=anything",
    "/plan/route/?from=csr&to=made-up",
    "/interviews/?page=9999",
    "/interviews/?page=01",
]


def test_offered_values_are_cached_made_up_ones_are_not(page_cache, content):
    client = Client()
    for url in OFFERED:
        assert stored(client, url), url
    for url in MADE_UP:
        response = client.get(url)
        assert response.status_code in (200, 400, 404), url
        assert not stored(client, url), url


def test_a_made_up_value_leaves_no_entry_in_the_cache(page_cache, content, rf):
    client = Client()
    client.get("/roles/?office=made-up-1")
    request = rf.get("/roles/?office=made-up-1")
    assert cache.get(page_key(request)) is None
