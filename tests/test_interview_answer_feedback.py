"""Feedback on the practice page: computed when an answer is saved, stored with it, shown beside
the sample with the matched words highlighted; role-play evidence by the scorecard; the /me/
summary; privacy; fixed queries."""

import pytest
from django.test import Client

from careers.interviews.models import PracticeItem, TalkingPoint
from tests.conftest import logged_in
from tests.interview_factories import make_question, make_role_play, session_of, start

pytestmark = pytest.mark.django_db


def with_points(question, *points):
    for order, (point, phrases) in enumerate(points, start=1):
        TalkingPoint.objects.create(question=question, order=order, point=point, phrases=phrases)
    return question


@pytest.fixture
def story_question():
    question = make_question(
        category="behavioural",
        sample_answer="I apologised, I checked the order, and in the end it arrived.",
    )
    return with_points(
        question,
        ("Shows empathy first", ["i'm sorry", "apologise", "apologised"]),
        ("Ends with the result", ["as a result", "in the end"]),
    )


def answer(client, session, text, position=1):
    return client.post(f"/interviews/practice/{session.pk}/{position}/answer/", {"answer": text})


def test_saving_an_answer_stores_and_shows_explained_feedback(client, story_question):
    session = session_of(start(client, size=3))
    text = "Last month a customer was angry. I said I'm sorry and I checked <script>x</script>."
    response = answer(client, session, text)
    assert response.status_code == 302
    item = PracticeItem.objects.get(session=session)
    assert item.feedback["state"] == "ok"
    assert [p["found"] for p in item.feedback["points"]] == [["I'm sorry"], []]
    html = client.get(item.get_absolute_url()).content.decode()
    assert "What we noticed in your answer" in html
    assert "looks for signs, not meaning" in html and "reads English only" in html
    assert "<mark>I&#x27;m sorry</mark>" in html  # highlighted, and escaped
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x" not in html
    assert "<strong>Covered:</strong> Shows empathy first" in html
    assert "<strong>Not found:</strong> Ends with the result" in html
    assert "“as a result”, “in the end”" in html  # the hint
    assert "<strong>Result:</strong> not found" in html
    assert "none yet. A result, a volume or a time" in html
    assert "grade" in html  # says there is none


def test_changing_the_answer_recomputes_the_feedback(client, story_question):
    session = session_of(start(client, size=3))
    answer(client, session, "I'm sorry.")
    answer(client, session, "In the end it worked.")
    item = PracticeItem.objects.get(session=session)
    assert [p["found"] for p in item.feedback["points"]] == [[], ["In the end"]]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "You saved an empty answer"),
        ("🙂🙂🙂", "could not find enough English words"),
        (
            "I apologised, I checked the order, and in the end it arrived.",
            "looks like the sample answer copied in",
        ),
    ],
)
def test_answers_with_nothing_to_look_at_get_a_kind_message(client, story_question, text, message):
    session = session_of(start(client, size=3))
    assert answer(client, session, text).status_code == 302
    page = client.get(f"/interviews/practice/{session.pk}/1/")
    assert page.status_code == 200 and message in page.content.decode()


def test_a_giant_answer_is_refused_and_keeps_the_saved_one(client, story_question):
    session = session_of(start(client, size=3))
    answer(client, session, "I'm sorry.")
    response = answer(client, session, "x" * 5001)
    assert response.status_code == 400
    assert "at most 5000 characters" in response.content.decode()
    item = PracticeItem.objects.get(session=session)
    assert item.answer == "I'm sorry." and item.feedback["points"][0]["found"] == ["I'm sorry"]


def test_role_play_evidence_shows_by_each_scorecard_line(client):
    question = make_role_play()
    lines = list(question.rubric_lines.all())
    lines[0].evidence = ["thank you for calling"]
    lines[1].evidence = ["verify", "date of birth"]
    for line in lines[:2]:
        line.save()
    session = session_of(start(client, size=3))
    answer(client, session, "Thank you for calling! How can I help?")
    html = client.get(f"/interviews/practice/{session.pk}/1/").content.decode()
    assert "Found in your answer: “Thank you for calling”." in html
    assert html.count("Nothing found in your answer for this line") == len(lines) - 1
    assert "confirm it or correct it with your score" in html


def test_feedback_is_private_to_its_owner(client, story_question):
    session = session_of(start(client, size=3))
    answer(client, session, "I'm sorry, it was my fault.")
    other = Client()
    assert other.get(f"/interviews/practice/{session.pk}/1/").status_code == 404
    assert answer(other, session, "Overwritten").status_code == 404
    assert PracticeItem.objects.get(session=session).answer == "I'm sorry, it was my fault."


def test_me_shows_what_answers_often_miss(alice, story_question):
    client = logged_in(alice)
    for _ in range(2):
        session = session_of(start(client, size=3))
        answer(client, session, "We tried, um, basically, like, hard, and we waited.")
    html = client.get("/me/").content.decode()
    assert "What your answers often miss" in html
    assert "<strong>Shows empathy first</strong>: not found in 2 answers" in html
    assert f'href="{story_question.get_absolute_url()}"' in html
    assert "A habit: no numbers" in html and "A habit: many filler words" in html
    assert "Bob" not in html


def test_item_page_and_me_keep_fixed_queries(alice, story_question, assert_fixed_queries):
    client = logged_in(alice)
    session = session_of(start(client, size=3))
    answer(client, session, "I'm sorry. In the end it worked.")

    def grow():
        start_at = story_question.talking_points.count()
        points = ((f"Point {n}", [f"word{n}"]) for n in range(start_at, start_at + 20))
        with_points(story_question, *points)
        for _ in range(5):
            other = session_of(start(client, size=3))
            answer(client, other, "I'm sorry, we tried.")

    assert_fixed_queries(client, f"/interviews/practice/{session.pk}/1/", grow, most=8)
    assert_fixed_queries(client, "/me/", grow, most=30)
