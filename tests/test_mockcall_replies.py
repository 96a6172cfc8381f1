"""Replies the customer cannot use: empty, too long, rude, off topic, after the end; the chat
script's JSON answers. Each gets a clear message or a sensible reaction, never a 500, and
nothing already said is lost."""

import json

import pytest

from careers.mockcalls.models import Message, MockSession
from tests.mockcall_factories import make_scenario, start

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def url(client):
    return start(client, make_scenario())


def test_the_session_page_shows_the_opening_line_and_a_labelled_reply_box(client, url):
    html = client.get(url).content.decode()
    assert "Hello, my bill is wrong." in html
    assert 'for="id_text"' in html and "Your reply" in html
    assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_reply_gets_a_message_and_saves_nothing(client, url, text):
    response = client.post(url + "reply/", {"text": text})
    assert response.status_code == 400
    assert "Write your reply first" in response.content.decode()
    assert "Hello, my bill is wrong." in response.content.decode()  # the transcript stays
    assert Message.objects.count() == 1 and MockSession.objects.get().replies == 0


def test_a_reply_that_is_far_too_long_is_refused(client, url):
    response = client.post(url + "reply/", {"text": "word " * 400})
    assert response.status_code == 400
    assert "Keep your reply under 1000 characters" in response.content.decode()


def test_a_rude_reply_gets_the_customers_objection_and_the_step_stays(client, url):
    client.post(url + "reply/", {"text": "Shut up, it is not my problem."})
    html = client.get(url).content.decode()
    assert "There&#x27;s no need to talk to me like that." in html
    session = MockSession.objects.get()
    assert session.step == "start" and session.is_open
    # The conversation goes on from where it was.
    client.post(url + "reply/", {"text": "Sorry. May I have your date of birth?"})
    assert "It&#x27;s Ann, born in May." in client.get(url).content.decode()


def test_an_off_topic_reply_confuses_the_customer(client, url):
    client.post(url + "reply/", {"text": "Did you watch the basketball game last night?"})
    html = client.get(url).content.decode()
    assert "Sorry, I don&#x27;t follow. Can we get back to my problem, please?" in html
    assert MockSession.objects.get().step == "start"


def test_a_reply_on_topic_without_the_right_behaviour_gets_the_fallback(client, url):
    client.post(url + "reply/", {"text": "About your bill then."})
    assert "Please help with my bill." in client.get(url).content.decode()


def test_the_chat_script_gets_the_new_lines_as_json(client, url):
    response = client.post(url + "reply/", {"text": "May I have your date of birth?"}, **JSON)
    assert response.status_code == 200
    data = json.loads(response.content)
    assert "May I have your date of birth?" in data["html"]
    assert "It&#x27;s Ann, born in May." in data["html"]
    assert data["ended"] is False
    response = client.post(url + "reply/", {"text": "I'll make a bill adjustment."}, **JSON)
    data = json.loads(response.content)
    assert data["ended"] is True and data["next"] == url + "scorecard/"


def test_the_chat_script_gets_errors_as_json(client, url):
    response = client.post(url + "reply/", {"text": ""}, **JSON)
    assert response.status_code == 400
    assert json.loads(response.content)["error"].startswith("Write your reply first")


def test_after_the_end_a_reply_is_refused_and_the_scorecard_shown(client, url):
    client.post(url + "end/")
    response = client.post(url + "reply/", {"text": "Hello?"})
    assert response.status_code == 302 and response["Location"] == url + "scorecard/"
    assert client.post(url + "reply/", {"text": "Hello?"}, **JSON).status_code == 409
    assert Message.objects.count() == 1
    html = client.get(url + "scorecard/").content.decode()
    assert "You ended it" in html
    assert "A secret." in html  # the hidden facts, after the end only


def test_hidden_facts_stay_hidden_while_the_contact_is_open(client, url):
    assert "A secret." not in client.get(url).content.decode()
    response = client.get(url + "scorecard/")
    assert response.status_code == 302 and response["Location"] == url


def test_a_reply_is_a_post_only(client, url):
    assert client.get(url + "reply/").status_code == 405


def test_the_customer_hangs_up_after_too_many_replies(client, url):
    from careers.mockcalls.play import GOODBYE, MAX_REPLIES

    for _ in range(MAX_REPLIES):
        client.post(url + "reply/", {"text": "About the bill."})
    session = MockSession.objects.get()
    assert session.state == "ended" and session.ended_by == "limit"
    assert session.messages.last().text == GOODBYE


def test_the_job_seeker_confirms_or_corrects_each_line(client, url):
    client.post(url + "reply/", {"text": "Good morning. May I have your date of birth?"})
    client.post(url + "end/")
    response = client.post(
        url + "scorecard/",
        {"check-greeting": "right", "check-empathy": "wrong", "note-empathy": "I did say sorry"},
    )
    assert response.status_code == 302
    session = MockSession.objects.get()
    assert session.checks == {
        "greeting": {"verdict": "right", "note": ""},
        "empathy": {"verdict": "wrong", "note": "I did say sorry"},
    }
    html = client.get(url + "scorecard/").content.decode()
    assert 'value="I did say sorry"' in html
    # each choice sits beside its label, styled like every other radio button
    radio = '<input type="radio" name="check-greeting" value="right" class="form-check-input"'
    assert radio in html
    bad = client.post(url + "scorecard/", {"check-greeting": "maybe"})
    assert bad.status_code == 400
    session.refresh_from_db()
    assert session.checks["empathy"]["note"] == "I did say sorry"  # nothing lost


def test_two_replies_at_once_cannot_both_land(client, url):
    from careers.mockcalls import play

    first = MockSession.objects.select_related("scenario").get()
    second = MockSession.objects.select_related("scenario").get()  # another tab, same moment
    play.reply(first, "May I have your date of birth?")
    with pytest.raises(play.Conflict):
        play.reply(second, "About the bill.")
    assert Message.objects.count() == 3 and MockSession.objects.get().replies == 1


def test_a_withdrawn_scenario_keeps_the_transcript_and_takes_no_reply(client, url):
    from careers.mockcalls.models import Scenario

    client.post(url + "reply/", {"text": "May I have your date of birth?"})
    Scenario.objects.all().delete()
    page = client.get(url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "This scenario is no longer available" in html and "Born in May" not in html
    assert "It&#x27;s Ann, born in May." in html and 'name="text"' not in html
    response = client.post(url + "reply/", {"text": "Hello?"})
    assert response.status_code == 302 and response["Location"] == "/mock-call/"
    client.post(url + "end/")
    assert client.get(url + "scorecard/").status_code == 200


def test_replies_per_owner_are_bounded_and_nothing_saved_is_lost(client, url, monkeypatch):
    """The job seeker's replies together (not the customer's lines) fit a byte budget, as
    written answers do: over it, a clear 400 (page or JSON) and the contact goes on."""
    from careers.mockcalls import views

    monkeypatch.setattr(views, "REPLY_BYTES", 100)
    assert client.post(url + "reply/", {"text": "About the bill. " * 3}).status_code == 302  # 48
    second = start(client, make_scenario())  # the budget is the owner's, across sessions
    assert client.post(second + "reply/", {"text": "é" * 20}).status_code == 302  # 40 bytes

    response = client.post(url + "reply/", {"text": "About the bill, once more."})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Your mock call replies already fill the 0.0001 MB we store for one person" in html
    assert "Make this reply shorter, or end the contact" in html
    assert "About the bill, once more.</textarea>" in html  # the reply is there to shorten
    assert "Please help with my bill." in html  # the transcript stays
    response = client.post(url + "reply/", {"text": "Twenty bytes, no more"}, **JSON)
    assert response.status_code == 400
    assert "we store for one person" in json.loads(response.content)["error"]

    assert Message.objects.filter(who="agent").count() == 2
    assert list(MockSession.objects.order_by("pk").values_list("replies", flat=True)) == [1, 1]
    assert client.post(url + "reply/", {"text": "Bye for now"}).status_code == 302  # 11 fit
    assert client.post(url + "end/").status_code == 302
    assert client.get(url + "scorecard/").status_code == 200


def test_another_owners_replies_do_not_count(client, url, monkeypatch):
    from django.test import Client

    from careers.mockcalls import views

    monkeypatch.setattr(views, "REPLY_BYTES", 60)
    assert client.post(url + "reply/", {"text": "x" * 55}).status_code == 302
    other = Client()
    theirs = start(other, MockSession.objects.get().scenario)
    assert other.post(theirs + "reply/", {"text": "y" * 55}).status_code == 302
    assert client.post(url + "reply/", {"text": "z" * 10}).status_code == 400
