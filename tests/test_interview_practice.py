"""Practice sessions: starting with valid and invalid choices, answering, rating, resuming."""

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from careers.interviews.models import PracticeItem, PracticeSession, RubricScore
from careers.seekers.models import Owner
from tests.factories import make_csr, make_role
from tests.interview_factories import (
    make_question,
    make_questions,
    make_role_play,
    session_of,
    start,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def role():
    return make_csr()


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_start_page_explains_the_rule_and_prefills_the_role(client, role):
    html = page(client, "/interviews/practice/?role=csr&category=role_play")
    assert "How we choose your questions" in html
    assert "box 1 first" in html
    assert '<option value="csr" selected>' in html
    assert 'value="role_play"  id="id_categories_4" checked' in html
    # Nothing is saved by looking: no owner until the first session starts.
    assert not Owner.objects.exists()


def test_starting_a_session(client, role):
    make_questions(4, role, category="behavioural")
    make_questions(2, category="technical")  # suits every role, but not a chosen category
    response = start(client, role="csr", categories=["behavioural"], size=3)
    assert response.status_code == 302
    session = session_of(response)
    assert response["Location"] == f"/interviews/practice/{session.pk}/"
    assert session.role == role and session.categories == ["behavioural"] and session.size == 3
    assert [item.position for item in session.items.all()] == [1, 2, 3]
    assert {item.question.category for item in session.items.all()} == {"behavioural"}
    assert session.owner.user is None and session.owner.session_token
    # The session's own URL carries on at the first unrated question.
    assert client.get(response["Location"])["Location"] == f"/interviews/practice/{session.pk}/1/"


def test_any_role_and_every_category(client, role):
    make_questions(3, make_role(), category="technical")
    make_questions(3, category="language")
    session = session_of(start(client, size=10))
    assert session.role is None and session.categories == []
    assert session.items.count() == 6


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"role": "no-such-role"}, "Choose one of the roles in the list."),
        ({"role": "draft-role"}, "Choose one of the roles in the list."),
        ({"categories": ["astrology"]}, "Choose kinds of question from the list."),
        ({"categories": ["behavioural", "<script>"]}, "Choose kinds of question from the list."),
        ({"size": 7}, "Choose 3, 5 or 10 questions."),
        ({"size": 1000000}, "Choose 3, 5 or 10 questions."),
        ({"size": "ten"}, "Choose 3, 5 or 10 questions."),
        ({"size": ""}, "This field is required."),
    ],
)
def test_tampered_or_invalid_choices_are_refused(client, role, data, message):
    make_role(slug="draft-role", status="draft")
    make_questions(12, role)
    response = start(client, **data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PracticeSession.objects.exists()


def test_asking_for_more_questions_than_exist_gives_a_smaller_session_with_a_note(client, role):
    make_questions(2, role, category="situational")
    make_questions(5, category="technical")
    response = start(client, role="csr", categories=["situational"], size=10)
    session = session_of(response)
    assert session.size == 2 and session.items.count() == 2
    html = page(client, f"/interviews/practice/{session.pk}/1/")
    assert "We only have 2 questions for that choice so far, so this session has 2." in html
    assert "tick more kinds of question or choose “Any role”" in html


def test_no_question_for_the_choice_is_a_clear_message_and_saves_nothing(client, role):
    make_questions(3, category="technical")
    response = start(client, role="csr", categories=["role_play"])
    assert response.status_code == 200
    assert "We have no questions for that choice yet." in response.content.decode()
    assert not Owner.objects.exists() and not PracticeSession.objects.exists()


def test_drafts_never_enter_a_session(client, role):
    make_questions(2, role)
    make_question(role, status="draft")
    session = session_of(start(client, role="csr", size=5))
    assert session.items.count() == 2
    assert all(item.question.status == "published" for item in session.items.all())


def test_answer_then_reveal_then_rate(client, role):
    make_question(role, tips="Breathe first.", sample_answer="The sample answer text.")
    session = session_of(start(client, role="csr"))
    url = f"/interviews/practice/{session.pk}/1/"

    before = page(client, url)
    assert "The sample answer text." not in before and "Breathe first." not in before
    assert 'data-practice-timer="120"' in before and "js/practice-timer.js" in before

    response = client.post(url + "answer/", {"answer": "  I stayed calm and listened.  "})
    assert response.status_code == 302 and response["Location"] == url + "#reveal"
    item = PracticeItem.objects.get(session=session)
    assert item.answer == "I stayed calm and listened." and item.revealed

    after = page(client, url)
    assert "The sample answer text." in after and "Breathe first." in after
    assert "I stayed calm and listened." in after
    assert "practice-timer.js" not in after

    response = client.post(url + "rate/", {"rating": 4})
    assert response["Location"] == f"/interviews/practice/{session.pk}/summary/"
    item.refresh_from_db()
    session.refresh_from_db()
    assert item.rating == 4 and item.rated_at and session.finished_at


def test_an_empty_answer_is_fine_but_a_huge_one_is_refused(client, role):
    make_question(role)
    session = session_of(start(client, role="csr"))
    url = f"/interviews/practice/{session.pk}/1/answer/"
    assert client.post(url, {"answer": ""}).status_code == 302
    response = client.post(url, {"answer": "x" * 5001})
    assert response.status_code == 400
    assert "Ensure this value has at most 5000 characters" in response.content.decode()
    assert PracticeItem.objects.get().answer == ""


@pytest.mark.parametrize("rating", ["0", "6", "-1", "3.5", "abc", "", "99999999999999999999"])
def test_rating_must_be_1_to_5(client, role, rating):
    make_question(role)
    session = session_of(start(client, role="csr"))
    response = client.post(f"/interviews/practice/{session.pk}/1/rate/", {"rating": rating})
    assert response.status_code == 400
    assert "Choose a rating from 1 to 5." in response.content.decode()
    assert PracticeItem.objects.get().rating is None


@pytest.mark.parametrize("rating", [1, 5])
def test_ratings_at_the_bounds_are_accepted(client, role, rating):
    make_question(role)
    session = session_of(start(client, role="csr"))
    response = client.post(f"/interviews/practice/{session.pk}/1/rate/", {"rating": rating})
    assert response.status_code == 302
    assert response["Location"] == f"/interviews/practice/{session.pk}/summary/"
    assert PracticeItem.objects.get().rating == rating


def test_the_database_refuses_out_of_range_ratings_and_scores(client, role):
    make_role_play(role)
    session = session_of(start(client, role="csr"))
    item = session.items.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        PracticeItem.objects.filter(pk=item.pk).update(rating=6)
    line = item.question.rubric_lines.first()
    with pytest.raises(IntegrityError), transaction.atomic():
        RubricScore.objects.create(item=item, rubric_line=line, score=0)


def test_rating_moves_on_to_the_next_unrated_question_then_the_summary(client, role):
    make_questions(3, role)
    session = session_of(start(client, role="csr", size=3))
    base = f"/interviews/practice/{session.pk}"
    assert client.post(f"{base}/2/rate/", {"rating": 3})["Location"] == f"{base}/3/"
    assert client.post(f"{base}/3/rate/", {"rating": 3})["Location"] == f"{base}/1/"
    assert client.post(f"{base}/1/rate/", {"rating": 3})["Location"] == f"{base}/summary/"
    # Changing an earlier rating keeps the session finished and goes to the summary.
    assert client.post(f"{base}/2/rate/", {"rating": 5})["Location"] == f"{base}/summary/"
    assert sorted(session.items.values_list("rating", flat=True)) == [3, 3, 5]


def test_role_play_is_scored_line_by_line(client, role):
    question = make_role_play(role)
    lines = list(question.rubric_lines.all())
    session = session_of(start(client, role="csr"))
    url = f"/interviews/practice/{session.pk}/1/"
    client.post(url + "answer/", {"answer": "Thank you for calling..."})
    html = page(client, url)
    assert "Score yourself on the scorecard" in html
    for line in lines:
        assert f'name="line_{line.pk}"' in html and line.description.replace("'", "&#x27;") in html
    assert 'name="rating"' not in html

    # Every line must be scored, each from 1 to 5.
    partial = {f"line_{line.pk}": 4 for line in lines[:-1]}
    response = client.post(url + "rate/", partial)
    assert f"Score “{lines[-1].criterion}” from 1 to 5." in response.content.decode()
    response = client.post(url + "rate/", {**partial, f"line_{lines[-1].pk}": 9})
    assert f"Score “{lines[-1].criterion}” from 1 to 5." in response.content.decode()
    assert not RubricScore.objects.exists()

    scores = dict(zip([f"line_{line.pk}" for line in lines], [5, 4, 2, 3, 4], strict=True))
    client.post(url + "rate/", {**scores, "rating": 1, "line_999999": 1})  # extras are ignored
    item = session.items.get()
    assert item.rating == 4  # mean 3.6, rounded
    assert {s.rubric_line_id: s.score for s in item.rubric_scores.all()} == {
        line.pk: score for line, score in zip(lines, [5, 4, 2, 3, 4], strict=True)
    }
    # Re-scoring updates the same rows.
    client.post(url + "rate/", {f"line_{line.pk}": 1 for line in lines})
    assert item.rubric_scores.count() == 5
    item.refresh_from_db()
    assert item.rating == 1


def test_a_session_can_be_left_and_resumed(client, role):
    make_questions(3, role)
    session = session_of(start(client, role="csr", size=3))
    client.post(f"/interviews/practice/{session.pk}/1/answer/", {"answer": "First try"})
    client.post(f"/interviews/practice/{session.pk}/1/rate/", {"rating": 2})
    client.post(f"/interviews/practice/{session.pk}/2/answer/", {"answer": "Half done"})

    # Later, the practice page offers to carry on, and the session URL picks up at question 2.
    html = page(client, "/interviews/practice/")
    assert "Carry on where you left off" in html
    assert f'href="/interviews/practice/{session.pk}/"' in html and "1 of 3 questions done" in html
    assert client.get(f"/interviews/practice/{session.pk}/")["Location"].endswith("/2/")
    resumed = page(client, f"/interviews/practice/{session.pk}/2/")
    assert "Half done" in resumed  # the answer written before leaving is still there
    assert "1 of 3 rated" in resumed


def test_unknown_positions_and_sessions_are_404(client, role):
    make_question(role)
    session = session_of(start(client, role="csr"))
    assert client.get(f"/interviews/practice/{session.pk}/1/").status_code == 200
    assert client.get(f"/interviews/practice/{session.pk}/2/").status_code == 404
    assert (
        client.post(f"/interviews/practice/{session.pk}/0/rate/", {"rating": 3}).status_code == 404
    )
    assert client.get(f"/interviews/practice/{session.pk + 1}/").status_code == 404


def test_writes_are_post_only_and_need_a_csrf_token(role):
    make_question(role)
    client = Client(enforce_csrf_checks=True)
    assert client.post("/interviews/practice/", {"role": "csr", "size": 3}).status_code == 403
    assert not PracticeSession.objects.exists()
    html = client.get("/interviews/practice/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in html


def test_answer_and_rate_urls_refuse_get(client, role):
    make_question(role)
    session = session_of(start(client, role="csr"))
    assert client.get(f"/interviews/practice/{session.pk}/1/answer/").status_code == 405
    assert client.get(f"/interviews/practice/{session.pk}/1/rate/").status_code == 405


def test_private_pages_are_never_cached(client, role):
    make_question(role)
    session = session_of(start(client, role="csr"))
    for url in [
        f"/interviews/practice/{session.pk}/1/",
        f"/interviews/practice/{session.pk}/summary/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


def test_summary_shows_ratings_by_category_and_what_to_work_on(client, role):
    weak = make_question(role, category="behavioural", text="Tell me about a conflict.")
    make_question(role, category="background")
    make_role_play(role)
    session = session_of(start(client, role="csr", size=3))
    base = f"/interviews/practice/{session.pk}"
    for item in session.items.select_related("question"):
        if item.question.is_role_play:
            lines = item.question.rubric_lines.all()
            scores = {f"line_{line.pk}": 2 if line.criterion == "Empathy" else 5 for line in lines}
            client.post(f"{base}/{item.position}/rate/", scores)
        else:
            rating = 1 if item.question == weak else 5
            client.post(f"{base}/{item.position}/rate/", {"rating": rating})

    html = page(client, f"{base}/summary/")
    assert "Ratings by kind of question" in html
    assert html.index("Behavioural") < html.index("Background and motivation")  # weakest first
    assert "work on this" in html
    assert "Answer with STAR" in html  # the advice for behavioural questions
    assert "Tell me about a conflict." in html and "(you rated it 1)" in html
    assert "Scorecard lines to improve" in html and "<strong>Empathy</strong> (2 out of 5)" in html
    # "Practise again" re-posts the same choices through the same validated form.
    assert '<input type="hidden" name="role" value="csr">' in html
    assert '<input type="hidden" name="size" value="3">' in html


def test_unfinished_summary_offers_to_carry_on(client, role):
    make_questions(2, role)
    session = session_of(start(client, role="csr"))
    client.post(f"/interviews/practice/{session.pk}/1/rate/", {"rating": 4})
    html = page(client, f"/interviews/practice/{session.pk}/summary/")
    assert "You still have 1 question to rate in this session." in html
    assert f'href="/interviews/practice/{session.pk}/2/"' in html
