"""Call mode: the customer's lines are there for the browser to speak; the job seeker answers
aloud (a flite-made recording, transcribed by the speaking engine on our server) or types."""

import pytest

from careers.mockcalls.models import Message, MockSession
from careers.speaking import recognition
from tests.mockcall_factories import make_scenario, start
from tests.speaking_factories import recording_of, silent_recording, swelling_recording

pytestmark = pytest.mark.django_db
SAID = "Good morning. Thank you for calling. May I have your date of birth?"


@pytest.fixture
def url(client):
    return start(client, make_scenario(channel="call"))


def test_the_call_page_offers_recording_and_typing(client, url):
    response = client.get(url)
    html = response.content.decode()
    assert "data-speak-lines" in html  # the script speaks the customer's lines
    assert "Hello, my bill is wrong." in html  # and without it they show at once
    assert 'name="audio"' in html and 'name="text"' in html
    assert "microphone=(self)" in response.headers["Permissions-Policy"]


def test_a_spoken_reply_is_transcribed_checked_and_sent(client, url):
    response = client.post(url + "spoken/", {"audio": recording_of(SAID)})
    assert response.status_code == 302 and response["Location"] == url + "#id_text"
    assert Message.objects.count() == 1  # nothing sent before the words are checked
    page = client.get(url)
    heard = page.context["form"]["text"].value()
    assert "date of birth" in heard  # what the recogniser heard, in the reply box
    assert "Here is what we heard you say." in page.content.decode()
    client.post(url + "reply/", {"text": heard})
    reply = Message.objects.get(who="agent")
    assert reply.spoken is True and reply.text == heard
    assert "verification" in reply.detected
    html = client.get(url).content.decode()
    assert "You (said aloud):" in html
    assert "It&#x27;s Ann, born in May." in html
    assert "Here is what we heard you say." not in html  # sent: the box is empty again
    assert MockSession.objects.get().first_response_at is not None


def test_a_typed_reply_is_never_marked_as_said_aloud(client, url):
    client.post(url + "reply/", {"text": "May I have your date of birth?"})
    assert Message.objects.get(who="agent").spoken is False


def test_a_silent_recording_gets_a_message_and_no_turn(client, url):
    response = client.post(url + "spoken/", {"audio": silent_recording()})
    assert response.status_code == 400
    assert "We could not hear any speech" in response.content.decode()
    assert Message.objects.count() == 1


def test_noise_past_the_cpu_budget_gets_a_message_and_no_turn(client, url, monkeypatch):
    # The budget spent at once: how the page answers. How much noise runs a budget out is
    # tests/test_speaking_scoring.py's (120 s of it; a reply here is at most 60 s, and since
    # the decoder's cap that much noise costs 2-3 s of CPU and may not run out the budget).
    monkeypatch.setattr(recognition, "OPEN_CPU_SECONDS", -1.0)
    response = client.post(url + "spoken/", {"audio": swelling_recording(60)})
    assert response.status_code == 400
    assert "Find a quieter place" in response.content.decode()
    assert Message.objects.count() == 1
    assert client.get(url).context["form"]["text"].value() in (None, "")  # nothing heard


def test_no_recording_gets_a_message(client, url):
    response = client.post(url + "spoken/", {})
    assert response.status_code == 400
    assert "Record your answer first" in response.content.decode()


def test_a_chat_scenario_has_no_recorder(client):
    url = start(client, make_scenario())
    html = client.get(url).content.decode()
    assert 'name="audio"' not in html and "data-speak-lines" not in html
