"""The /roles/ filters narrow the list; bad values are ignored with a message, never a 500."""

import pytest

from tests.factories import make_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles():
    return {
        "csr": make_role(name="CSR", office="front", channel="voice", level="entry"),
        "chat": make_role(name="Chat Agent", office="front", channel="non-voice", level="entry"),
        "coder": make_role(
            name="Medical Coder",
            office="back",
            channel="non-voice",
            level="mid",
            industry="healthcare",
        ),
        "lead": make_role(name="Team Leader", office="front", channel="blended", level="senior"),
    }


def names(response):
    return {role.name for role in response.context["roles"]}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"CSR", "Chat Agent", "Medical Coder", "Team Leader"}),
        ("?office=back", {"Medical Coder"}),
        ("?channel=non-voice", {"Chat Agent", "Medical Coder"}),
        ("?level=entry", {"CSR", "Chat Agent"}),
        ("?industry=healthcare", {"Medical Coder"}),
        ("?office=front&channel=voice&level=entry", {"CSR"}),
        ("?office=back&level=senior", set()),
    ],
)
def test_filters(client, roles, query, expected):
    assert names(client.get(f"/roles/{query}")) == expected


@pytest.mark.parametrize(
    "query",
    ["?office=sideways", "?level=%00x", "?channel=" + "x" * 5000, "?industry=%C3%BC"],
)
def test_bad_filter_values_are_ignored_not_500(client, roles, query):
    response = client.get(f"/roles/{query}")
    assert response.status_code == 200
    assert "We ignored a filter value" in response.content.decode()
    assert len(names(response)) == 4


def test_bad_value_does_not_drop_the_good_ones(client, roles):
    response = client.get("/roles/?office=back&level=nonsense")
    assert names(response) == {"Medical Coder"}


def test_no_match_says_so(client, roles):
    html = client.get("/roles/?office=back&level=senior").content.decode()
    assert "No role matches" in html


def test_unknown_parameters_are_ignored(client, roles):
    response = client.get("/roles/?level[]=entry&page=abc")
    assert response.status_code == 200
    assert len(names(response)) == 4
