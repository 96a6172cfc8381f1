"""/resume/match/: the page states its limit; bad input gets a message; nothing is stored."""

import pytest
from django.db import reset_queries

from careers.resumes.checklist import role_entries
from careers.resumes.matcher import MAX_AD_LENGTH
from careers.resumes.models import SavedAd
from careers.seekers.models import Owner
from tests.resume_vocabulary import build_vocabulary

pytestmark = pytest.mark.django_db

AD = (
    "Customer Care Associate wanted. Excellent verbal communication, Salesforce, night shift, "
    "30 wpm typing. We track AHT and CSAT."
)


def test_the_form_states_the_limit(client):
    html = client.get("/resume/match/").content.decode()
    assert f"{MAX_AD_LENGTH:,} characters" in html


def test_a_real_ad_is_analysed_and_nothing_is_stored(client):
    build_vocabulary()
    response = client.post("/resume/match/", {"text": AD})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<mark title="skill: CRM software (alias)">Salesforce</mark>' in html
    assert "Check these first" in html and "Graveyard shift" in html
    assert "30 words per minute" in html
    assert "Customer Service Representative" in html  # the closest role
    assert "Put these first" in html and "Save this ad" in html
    assert not SavedAd.objects.exists() and not Owner.objects.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste the text of a job ad first."),
        ("   \n\t ", "Paste the text of a job ad first."),
        ("x" * (MAX_AD_LENGTH + 1), "longer than 10000 characters"),
        ("\x00\x00", "Paste the text of a job ad first."),  # NULs are dropped from every request
    ],
)
def test_empty_and_oversize_input_get_a_clear_message(client, text, message):
    response = client.post("/resume/match/", {"text": text})
    assert response.status_code == 200
    assert message in response.content.decode()


def test_unknown_role_choice_is_a_form_error_not_a_500(client):
    response = client.post("/resume/match/", {"text": AD, "role": "nope"})
    assert response.status_code == 200
    assert "Choose one of the roles" in response.content.decode()


def test_saving_needs_a_title_and_keeps_the_text(client):
    response = client.post("/resume/match/save/", {"text": AD, "title": ""})
    assert response.status_code == 200
    assert "not saved" in response.content.decode()
    assert "Customer Care Associate wanted" in response.content.decode()
    assert not SavedAd.objects.exists()


def test_match_query_count_does_not_grow_with_content(
    client, django_assert_max_num_queries, django_assert_num_queries
):
    build_vocabulary()
    reset_queries()
    with django_assert_max_num_queries(14) as small:
        assert client.post("/resume/match/", {"text": AD}).status_code == 200
    count = len(small)  # now: the next request clears the connection's query log
    build_more()
    reset_queries()
    with django_assert_num_queries(count):
        assert client.post("/resume/match/", {"text": AD}).status_code == 200


def build_more():
    from tests.factories import make_full_role

    for _ in range(20):
        make_full_role()


def test_me_page_query_count_is_fixed(client, assert_fixed_queries):
    build_vocabulary()
    from careers.roles.models import Role

    def work_on(role):
        key = role_entries(role)[0].key
        ticked = client.post(f"/resume/{role.slug}/tick/", {"key": key, "done": "on"})
        assert ticked.status_code == 302
        saved = client.post("/resume/match/save/", {"text": AD, "title": "Ad", "role": role.slug})
        assert saved.status_code == 302

    roles = list(Role.objects.all())
    work_on(roles[0])

    def grow():
        for role in roles[1:6]:
            work_on(role)

    # every app adds its own /me/ section: resumes, interviews, plans, drills (and the plugin)
    assert_fixed_queries(client, "/me/", grow, most=24)


def _check_first(html: str) -> str:
    """The "Check these first" list of a job-ad check page."""
    return html.split('id="knockouts"', 1)[1].split("</section>", 1)[0]


@pytest.mark.parametrize(
    "text",
    ["Night shift, 35 WPM typing.", "Typing test: 35 words per minute. Night shift."],
)
def test_a_stated_typing_speed_is_listed_once(client, text):
    """ "35 WPM" names the typing test and its speed: one line, the speed, not a second
    generic "Typing test" tip beside it (the phone walk-through's match-result-2.png)."""
    build_vocabulary()
    response = client.post("/resume/match/", {"text": text})
    assert response.status_code == 200
    listed = _check_first(response.content.decode())
    assert listed.count("<li>") == 2, listed  # the night shift and the typing speed
    assert "<strong>Typing speed:</strong> the ad asks for 35 words per minute." in listed
    assert "<strong>Typing test</strong>" not in listed
    assert "<strong>Graveyard shift</strong>" in listed


def test_a_typing_test_without_a_speed_is_still_listed(client):
    build_vocabulary()
    response = client.post(
        "/resume/match/", {"text": "You will take a test of 40 words per minute or more"}
    )
    assert response.status_code == 200
    assert "<strong>Typing speed:</strong> the ad asks for 40 words per minute." in (
        response.content.decode()
    )
    response = client.post("/resume/match/", {"text": "Typing: words per minute test on day one."})
    listed = _check_first(response.content.decode())
    assert "<strong>Typing test</strong>" in listed and "Typing speed" not in listed
