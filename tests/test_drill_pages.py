"""The drill pages: server-timed typing and accuracy, bad input, where you stand, progress,
merge on login, privacy and query counts."""

import re

import pytest

from careers.drills.models import AccuracyResult, TypingResult
from tests.conftest import PASSWORD, logged_in
from tests.described_by import undescribed
from tests.drill_factories import TEXT, make_passage, make_template
from tests.factories import make_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def passage():
    return make_passage()


def start(client, url="/drills/typing/"):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    return dict(re.findall(r'name="(token|passage|seed)" value="([^"]*)"', html)), html


def type_it(client, clock, typed, seconds=60):
    fields, _ = start(client)
    clock.now += seconds
    return client.post("/drills/typing/", {**fields, "typed": typed}), fields


def test_typing_page_shows_the_passage_and_a_plain_text_box(client, passage, clock):
    _, html = start(client)
    assert "Caller Maria Santos confirmed account 4521-8890" in html
    assert 'autocomplete="off"' in html and 'spellcheck="false"' in html
    assert "Gross WPM = characters typed ÷ 5 ÷ minutes" in html


def test_a_typed_passage_is_scored_by_the_server_clock(client, passage, clock):
    response, _ = type_it(client, clock, " ".join(TEXT.split()), seconds=60)
    assert response.status_code == 302
    result = TypingResult.objects.get()
    assert result.seconds == 60 and result.accuracy == 100
    assert result.gross_wpm == pytest.approx(len(" ".join(TEXT.split())) / 5)
    page = client.get(response["Location"])
    assert page.status_code == 200 and "Your typing result" in page.content.decode()


def test_replayed_tampered_and_expired_tokens_are_400_and_keep_results(client, passage, clock):
    response, fields = type_it(client, clock, "Caller Maria")
    assert response.status_code == 302
    replay = client.post("/drills/typing/", {**fields, "typed": "Caller Maria"})
    assert replay.status_code == 400 and "already submitted" in replay.content.decode()
    tampered = client.post(
        "/drills/typing/", {**fields, "token": fields["token"][:-3] + "abc", "typed": "x"}
    )
    assert tampered.status_code == 400 and "changed or is not ours" in tampered.content.decode()
    fields, _ = start(client)
    clock.now += 31 * 60
    expired = client.post("/drills/typing/", {**fields, "typed": "Caller"})
    assert expired.status_code == 400 and "30 minutes ago" in expired.content.decode()
    assert TypingResult.objects.count() == 1


def test_a_token_for_another_passage_is_refused(client, passage, clock):
    other = make_passage()
    fields, _ = start(client, f"/drills/typing/?passage={passage.slug}")
    clock.now += 30
    response = client.post(
        "/drills/typing/", {**fields, "passage": other.slug, "typed": "Caller Maria"}
    )
    assert response.status_code == 400 and "different test" in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Type the passage in the box first."),
        ("\u200f\u200e   ", "Type the passage in the box first."),
        ("x" * 5001, "far longer than the passage"),
    ],
)
def test_empty_and_giant_submissions_get_a_message(client, passage, clock, typed, message):
    response, _ = type_it(client, clock, typed)
    assert response.status_code == 400 and message in response.content.decode()
    assert undescribed(response.content.decode()) == []  # the message is read with the box
    assert not TypingResult.objects.exists()


def test_long_text_is_cut_and_said_so(client, passage, clock):
    response, _ = type_it(client, clock, " ".join(TEXT.split()) + " extra" * 60)
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "the rest was left out" in page.content.decode()


def test_pasted_text_is_flagged_and_not_the_best(client, passage, clock):
    response, _ = type_it(client, clock, " ".join(TEXT.split()), seconds=5)
    page = client.get(response["Location"])
    assert "faster than anyone types" in page.content.decode()
    assert not TypingResult.objects.get().plausible


def test_where_you_stand_on_the_role_page_drills_and_me(client, passage, clock):
    make_role(slug="csr", name="CSR", typing_wpm=35, typing_accuracy=95)
    type_it(client, clock, " ".join(TEXT.split()), seconds=60)  # about 50 WPM at 100%
    for url in ["/roles/csr/", "/drills/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert "meets it" in response.content.decode() or "you meet it" in response.content.decode()
    me = client.get("/me/")
    assert me.status_code == 200 and "Latest typing test" in me.content.decode()


def test_a_short_result_says_what_to_practise(client, passage, clock):
    make_role(slug="csr", name="CSR", typing_wpm=35, typing_accuracy=95)
    type_it(client, clock, "Caller Maria Santos", seconds=60)
    html = client.get("/roles/csr/").content.decode()
    assert "not there yet" in html and "accuracy counts first" in html


def test_accuracy_drill_scores_and_shows_mistakes(client, clock):
    make_template()
    fields, html = start(client, "/drills/accuracy/")
    assert html.count('value="same"') == 20
    clock.now += 120
    answers = {f"a-{i}": "same" for i in range(20)}
    response = client.post("/drills/accuracy/", {**fields, **answers})
    assert response.status_code == 302
    result = AccuracyResult.objects.get()
    assert result.right + result.wrong == 20 and result.seconds == 120
    page = client.get(response["Location"])
    assert page.status_code == 200 and "per minute" in page.content.decode()
    replay = client.post("/drills/accuracy/", {**fields, **answers})
    assert replay.status_code == 400 and "already submitted" in replay.content.decode()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"a-25": "same"}, "pairs that are not in this drill"),
        ({"a-0": "maybe"}, "Each answer is"),
        ({"seed": "not-a-number"}, "This drill page was changed or is incomplete."),
    ],
)
def test_bad_accuracy_answers_are_400(client, clock, extra, message):
    make_template()
    fields, _ = start(client, "/drills/accuracy/")
    response = client.post("/drills/accuracy/", {**fields, **extra})
    assert response.status_code == 400 and message in response.content.decode()
    assert not AccuracyResult.objects.exists()


def test_results_are_private_and_merge_on_login(client, passage, clock, alice, bob):
    response, _ = type_it(client, clock, "Caller Maria Santos")
    result_url = response["Location"]
    assert logged_in(bob).get(result_url).status_code == 404
    login = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked
    assert login.status_code == 302
    assert TypingResult.objects.get().owner == alice.progress_owner
    assert client.get(result_url).status_code == 200
    assert logged_in(bob).get(result_url).status_code == 404


@pytest.mark.parametrize(
    ("url", "most"), [("/drills/", 6), ("/drills/typing/", 5), ("/roles/csr/", 14)]
)
def test_drill_pages_run_a_fixed_number_of_queries(
    client, passage, clock, assert_fixed_queries, url, most
):
    make_role(slug="csr", typing_wpm=35)
    type_it(client, clock, "Caller Maria")

    def grow():
        for n in range(15):
            make_passage()
            make_role(slug=f"r-{n}", typing_wpm=30 + n)
            type_it(client, clock, "Caller Maria Santos confirmed")

    assert_fixed_queries(client, url, grow, most=most)


def test_a_saved_plan_gets_a_typing_milestone_and_the_route_shows_the_standing(client, clock):
    from tests.factories import make_step

    csr = make_role(slug="csr", name="CSR", typing_wpm=35, typing_accuracy=95)
    start_role = make_role(slug="student", name="Student")
    make_step(start_role, csr, typical_months=3)
    route = client.get("/plan/route/?from=student&to=csr")
    assert route.status_code == 200
    assert "Typing for CSR:" in route.content.decode()
    saved = client.post(
        "/plan/save/", {"from": "student", "to": "csr", "route": "0", "target_date": "2030-01-01"}
    )
    assert saved.status_code == 302
    keys = [item.milestone.key for item in client.get("/plan/").context["view"].milestones]
    assert "drills:typing" in keys


def test_an_accuracy_result_keeps_the_pairs_it_was_scored_on(client, clock):
    template = make_template()
    fields, _ = start(client, "/drills/accuracy/")
    client.post("/drills/accuracy/", {**fields, "a-0": "same"})
    template.samples = ["ZZ-0000"]  # staff edit the template later
    template.save()
    result = AccuracyResult.objects.get()
    page = client.get(f"/drills/accuracy/{result.pk}/")
    assert page.status_code == 200
    assert "ZZ-" not in page.content.decode()
    assert [row["pair"].left for row in page.context["rows"]] == [p[1] for p in result.shown]


def test_unicode_digits_are_refused_not_a_crash(client):
    from tests.drill_factories import make_english_item

    for _ in range(3):
        make_english_item()
    url = client.post("/drills/english/start/", {"area": ""})["Location"]
    response = client.post(url, {"q-1": "²"})
    assert response.status_code == 400 and "not one of its choices" in response.content.decode()
