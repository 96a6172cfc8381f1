"""English practice: sessions, scoring per area, the shared repetition rule, bad input,
progress on /me/ and the plan, merge on login, privacy and query counts."""

import re

import pytest

from careers.common.repetition import next_box
from careers.drills.models import EnglishProgress, EnglishSession
from tests.conftest import PASSWORD, logged_in
from tests.drill_factories import make_english_item
from tests.factories import make_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def bank():
    return [make_english_item(area) for area in ["grammar", "vocabulary", "reading", "reply"] * 3]


def start(client, area=""):
    response = client.post("/drills/english/start/", {"area": area})
    assert response.status_code == 302, response.status_code
    return response["Location"]


def positions(client, url):
    page = client.get(url)
    assert page.status_code == 200
    return sorted({int(p) for p in re.findall(r'name="q-(\d+)"', page.content.decode())})


def test_a_session_of_ten_scored_per_area_with_explanations(client, bank):
    url = start(client)
    asked = positions(client, url)
    assert len(asked) == 10
    answers = {f"q-{p}": "2" if p % 2 else "1" for p in asked}  # odd positions right
    response = client.post(url, answers)
    assert response.status_code == 302
    result = client.get(url)
    assert result.status_code == 200
    html = result.content.decode()
    assert "Your English practice result" in html and "Practice, not an official score." in html
    scores = result.context["scores"]
    assert sum(s.right for s in scores) == 5 and sum(s.total for s in scores) == 10
    assert "The subject is &#x27;list&#x27;, which is singular." in html


def test_wrong_answers_come_back_first(client, bank):
    url = start(client, "grammar")
    asked = positions(client, url)
    client.post(url, {f"q-{p}": "1" for p in asked})  # all wrong: every item to box 1
    assert set(EnglishProgress.objects.values_list("box", flat=True)) == {next_box(None, 1)}
    assert next_box(None, 4) == 3 and next_box(3, 1) == 1  # the rule interviews use too


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"q-99": "1"}, "not in this session"),
        ({"q-1": "7"}, "not one of its choices"),
        ({"q-1": "two"}, "not one of its choices"),
    ],
)
def test_bad_answers_are_400_and_the_session_stays_open(client, bank, data, message):
    url = start(client)
    response = client.post(url, data)
    assert response.status_code == 400 and message in response.content.decode()
    assert EnglishSession.objects.get().finished_at is None


def test_a_finished_session_posted_again_is_400(client, bank):
    url = start(client)
    client.post(url, {"q-1": "2"})
    again = client.post(url, {"q-1": "1"})
    assert again.status_code == 400 and "already finished" in again.content.decode()
    assert EnglishSession.objects.get().answers.get(position=1).choice == 2


def test_an_unfinished_session_can_be_resumed(client, bank):
    url = start(client)
    page = client.get("/drills/english/")
    assert page.status_code == 200 and url in page.content.decode()


def test_honest_about_what_it_is_and_names_the_real_tests(client, bank):
    from careers.drills.models import EnglishTest

    EnglishTest.objects.create(
        slug="versant",
        name="Versant English Test",
        organisation="Pearson",
        url="https://www.pearson.com/",
        measures="Speaking and listening.",
        source="Pearson (2025)",
        status="published",
    )
    html = client.get("/drills/english/").content.decode()
    assert "This is practice, not an official score." in html
    assert 'href="https://www.pearson.com/"' in html
    make_role(slug="csr", name="CSR", english_level="conversational")
    role_page = client.get("/roles/csr/").content.decode()
    assert "usually ask for Good conversational English (B2)" in role_page
    assert "meets" not in role_page.split("ask for Good")[1][:300]  # practice never "meets"


def test_me_shows_scores_per_area_and_the_weakest(client, bank):
    url = start(client)
    asked = positions(client, url)
    client.post(url, {f"q-{p}": "1" for p in asked})
    me = client.get("/me/")
    assert me.status_code == 200
    html = me.content.decode()
    assert "Weakest area" in html and "/drills/english/?area=" in html


def test_sessions_are_private_and_merge_on_login(client, bank, alice, bob):
    url = start(client)
    assert logged_in(bob).get(url).status_code == 404
    client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked
    assert EnglishSession.objects.get().owner == alice.progress_owner
    assert client.get(url).status_code == 200


def test_session_page_runs_a_fixed_number_of_queries(client, bank, assert_fixed_queries):
    url = start(client)

    def grow():
        for _ in range(30):
            make_english_item("reading", passage="A short email.")

    assert_fixed_queries(client, url, grow, most=6)
