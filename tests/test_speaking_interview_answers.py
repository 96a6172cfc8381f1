"""Answering an interview practice question out loud: the recording is scored, "what we heard"
is shown for the job seeker to correct, and the corrected text gets the written-answer
feedback; somebody else's session is a 404."""

import pytest
from django.test import Client
from django.utils.html import escape

from careers.interviews.models import PracticeItem, TalkingPoint
from careers.speaking.models import Result
from tests.interview_factories import make_question, session_of, start
from tests.speaking_factories import recording_of, silent_recording, swelling_recording

pytestmark = pytest.mark.django_db

SAID = "I am sorry for the wait. Let me check your account. In the end the refund arrived."


@pytest.fixture
def session(client):
    question = make_question(category="behavioural", text="Tell me about a difficult customer.")
    for order, (point, phrases) in enumerate(
        [("Shows empathy first", ["sorry"]), ("Ends with the result", ["in the end"])], 1
    ):
        TalkingPoint.objects.create(question=question, order=order, point=point, phrases=phrases)
    return session_of(start(client, size=3))


def test_the_practice_question_offers_to_answer_aloud(client, session):
    response = client.get(f"/interviews/practice/{session.pk}/1/")
    assert response.status_code == 200
    assert f'href="/speaking/answer/{session.pk}/1/"' in response.content.decode()
    page = client.get(f"/speaking/answer/{session.pk}/1/")
    assert page.status_code == 200
    assert "Tell me about a difficult customer." in page.content.decode()
    assert 'accept="audio/*"' in page.content.decode()
    assert "microphone=(self)" in page["Permissions-Policy"]


def test_a_spoken_answer_shows_what_we_heard_then_gets_the_written_feedback(client, session):
    response = client.post(f"/speaking/answer/{session.pk}/1/", {"audio": recording_of(SAID)})
    heard = Result.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/speaking/results/{heard.pk}/"
    page = client.get(response["Location"])
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "What we heard" in html and "words a minute" in html
    assert "Tell me about a difficult customer." in html
    assert heard.kind == "open" and heard.drill is None
    assert heard.practice_item == PracticeItem.objects.get(session=session)
    assert "sorry" in heard.transcript and "check" in heard.transcript
    assert f'action="/interviews/practice/{session.pk}/1/answer/"' in html
    assert escape(heard.transcript) in html
    corrected = heard.transcript + " in the end the refund arrived"
    saved = client.post(f"/interviews/practice/{session.pk}/1/answer/", {"answer": corrected})
    assert saved.status_code == 302
    item = PracticeItem.objects.get(session=session)
    assert item.answer == corrected
    assert [p["found"] for p in item.feedback["points"]] == [["sorry"], ["in the end"]]


def test_a_silent_spoken_answer_gets_a_message(client, session):
    response = client.post(f"/speaking/answer/{session.pk}/1/", {"audio": silent_recording()})
    assert response.status_code == 400
    assert "could not hear any speech" in response.content.decode()
    assert not Result.objects.exists()


def test_noise_past_the_cpu_budget_gets_a_message_and_keeps_earlier_answers(client, session):
    client.post(f"/speaking/answer/{session.pk}/1/", {"audio": recording_of(SAID)})
    client.post(f"/interviews/practice/{session.pk}/1/answer/", {"answer": "Sorry for the wait."})
    earlier = Result.objects.get()
    response = client.post(f"/speaking/answer/{session.pk}/1/", {"audio": swelling_recording(120)})
    assert response.status_code == 400
    assert "Find a quieter place, hold the phone close, and say it again." in (
        response.content.decode()
    )
    assert list(Result.objects.values_list("pk", "transcript")) == [
        (earlier.pk, earlier.transcript)
    ]
    assert PracticeItem.objects.get(session=session).answer == "Sorry for the wait."
    page = client.get(f"/speaking/results/{earlier.pk}/")
    assert page.status_code == 200 and escape(earlier.transcript) in page.content.decode()


def test_another_browser_cannot_answer_in_my_session(client, session):
    stranger = Client()
    stranger.get("/speaking/")
    assert stranger.get(f"/speaking/answer/{session.pk}/1/").status_code == 404
    response = stranger.post(f"/speaking/answer/{session.pk}/1/", {"audio": recording_of(SAID)})
    assert response.status_code == 404
    assert not Result.objects.exists()
