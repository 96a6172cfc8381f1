"""/interviews/ and /interviews/<slug>/: filters, pagination, drafts, and the no-JS reveal."""

import re

import pytest

from tests.factories import make_role
from tests.interview_factories import make_question, make_questions, make_role_play

pytestmark = pytest.mark.django_db


def listed(response) -> set[str]:
    """The slugs of the questions on a list page."""
    return set(re.findall(r'href="/interviews/([\w-]+)/"', response.content.decode())) - {
        "practice"
    }


def test_filters_by_role_category_and_difficulty(client):
    csr, analyst = make_role(slug="csr"), make_role(slug="analyst")
    general = make_question(slug="why-bpo", category="background", difficulty="easy")
    for_csr = make_question(csr, slug="angry-caller", category="situational")
    for_analyst = make_question(analyst, slug="sql-join", category="technical", difficulty="hard")

    assert listed(client.get("/interviews/")) == {"why-bpo", "angry-caller", "sql-join"}
    # A role's questions include those that suit every role, but not another role's.
    assert listed(client.get("/interviews/?role=csr")) == {general.slug, for_csr.slug}
    assert listed(client.get("/interviews/?category=technical")) == {for_analyst.slug}
    assert listed(client.get("/interviews/?difficulty=easy")) == {general.slug}
    assert listed(client.get("/interviews/?role=analyst&difficulty=hard")) == {"sql-join"}


@pytest.mark.parametrize(
    "query",
    [
        "role=no-such-role",
        "category=astrology",
        "difficulty=impossible",
        "role=%00&category[]=x",
        "page=abc",
        "page=0",
        "page=-3",
        "page=99999999999999999999999",
        "role=csr&role=other",
    ],
)
def test_bad_values_never_give_a_500(client, query):
    make_role(slug="csr")
    make_question(slug="kept")
    response = client.get(f"/interviews/?{query}")
    assert response.status_code == 200
    assert "kept" in listed(response)


def test_a_bad_filter_is_reported_and_ignored(client):
    make_question(slug="kept", category="technical")
    html = client.get("/interviews/?category=astrology&difficulty=medium").content.decode()
    assert "We ignored a filter value we do not recognise (category)" in html
    assert "/interviews/kept/" in html


def test_pagination_bounds_and_filters_kept_in_page_links(client):
    make_questions(45, category="behavioural")
    first = client.get("/interviews/?category=behavioural")
    assert len(listed(first)) == 20
    assert "page 1 of 3" in first.content.decode()
    assert "?category=behavioural&amp;page=2" in first.content.decode()
    last = client.get("/interviews/?category=behavioural&page=3")
    assert len(listed(last)) == 5
    # Past the end shows the last page; not a number shows the first.
    assert listed(client.get("/interviews/?category=behavioural&page=50")) == listed(last)
    assert listed(client.get("/interviews/?category=behavioural&page=x")) == listed(first)


def test_no_match_says_so(client):
    make_question(category="behavioural")
    html = client.get("/interviews/?category=language").content.decode()
    assert "No question matches all of those filters yet" in html


def test_drafts_are_hidden_from_the_public_and_previewed_by_staff(client, admin_client):
    draft = make_question(slug="secret", text="A secret draft question?", status="draft")
    make_question(slug="public")
    response = client.get("/interviews/")
    assert response.status_code == 200
    assert listed(response) == {"public"}
    assert client.get("/interviews/secret/").status_code == 404
    assert client.get(f"/interviews/{draft.pk}/").status_code == 404
    response = admin_client.get("/interviews/secret/")
    assert response.status_code == 200
    assert "Preview:" in response.content.decode()


def test_detail_by_slug_and_by_id(client):
    question = make_question(slug="tell-me-about-yourself")
    assert client.get("/interviews/tell-me-about-yourself/").status_code == 200
    response = client.get(f"/interviews/{question.pk}/")
    assert response.status_code == 301
    assert response["Location"] == "/interviews/tell-me-about-yourself/"
    for missing in ["no-such-question", "999999", "9" * 40]:
        assert client.get(f"/interviews/{missing}/").status_code == 404, missing


def test_tips_and_sample_answer_sit_behind_a_details_reveal(client):
    """'Try it first' works without JavaScript: the help is inside a closed <details>."""
    make_question(
        slug="q",
        looking_for="Calm under pressure.",
        tips="Breathe first.",
        sample_answer="**Situation:** a queue of 40 calls.",
        follow_ups=["What if the customer swears?"],
    )
    html = client.get("/interviews/q/").content.decode()
    html = html[html.index("<main") :]  # the header's menu is a <details> too
    details = re.search(r"<details[^>]*>(.*?)</details>", html, re.S)
    assert details, "no <details> reveal"
    assert "<details open" not in html
    inside = details.group(1)
    assert inside.lstrip().startswith("<summary>")
    for text in [
        "Calm under pressure.",
        "Breathe first.",
        "<strong>Situation:</strong> a queue of 40 calls.",
        "What if the customer swears?",
    ]:
        assert text in inside
        assert html.count(text) == 1, f"{text!r} also shows outside the reveal"
    assert "<script" not in html.split("</footer>")[0]  # no inline script anywhere


def test_role_play_shows_its_scorecard_and_roles(client):
    role = make_role(name="Billing Specialist")
    make_role_play(role, slug="double-charge")
    html = client.get("/interviews/double-charge/").content.decode()
    assert "How a QA scorecard would mark it" in html
    for criterion in ["Greeting", "Verification", "Empathy", "Resolution", "Closing"]:
        assert f"<strong>{criterion}</strong>" in html
    assert f'<a href="/roles/{role.slug}/">Billing Specialist</a>' in html


def test_markdown_is_sanitised(client):
    question = make_question(
        slug="x", tips='<script>alert(1)</script><a href="javascript:alert(1)">x</a>'
    )
    response = client.get("/interviews/x/")
    assert response.status_code == 200
    html = response.content.decode()
    assert question.text in html
    assert "<script>alert" not in html
    assert "javascript:" not in html


def test_nav_links_to_the_question_bank(client):
    html = client.get("/interviews/").content.decode()
    assert '<a href="/interviews/" aria-current="page">Interview practice</a>' in html
