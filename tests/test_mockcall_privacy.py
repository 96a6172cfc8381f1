"""A session is its owner's only; it moves into the account on login and shows on /me/ and
on a saved plan's milestones."""

import pytest
from django.test import Client

from careers.mockcalls.models import MockSession
from careers.seekers.models import Owner
from tests.conftest import logged_in
from tests.mockcall_factories import make_scenario, start

pytestmark = pytest.mark.django_db


def test_another_owner_gets_404_everywhere(alice, bob):
    scenario = make_scenario()
    mine = logged_in(alice)
    url = start(mine, scenario)
    other = logged_in(bob)
    for path in ("", "scorecard/"):
        assert other.get(url + path).status_code == 404
    for path in ("reply/", "end/", "spoken/", "scorecard/"):
        assert other.post(url + path, {"text": "Hello"}).status_code == 404
    assert Client().get(url).status_code == 404  # and a visitor without progress
    assert MockSession.objects.get().replies == 0 and MockSession.objects.get().is_open


def test_a_session_before_login_moves_into_the_account(alice, password):
    client = Client()
    url = start(client, make_scenario(title="Angry biller"))
    client.post(url + "reply/", {"text": "May I have your date of birth?"})
    browser_owner = MockSession.objects.get().owner
    client.post("/accounts/login/", {"username": "alice", "password": password})
    client.post("/me/browser-progress/", {"choice": "add"})
    session = MockSession.objects.get()
    assert session.owner.user == alice
    assert not Owner.objects.filter(pk=browser_owner.pk).exists()
    assert "It&#x27;s Ann, born in May." in client.get(url).content.decode()
    me = logged_in(alice).get("/me/").content.decode()
    assert "Mock calls and chats" in me and "Angry biller" in me and url in me


def test_me_invites_a_first_mock_call(client):
    html = client.get("/me/").content.decode()
    assert "No mock call yet" in html and 'href="/mock-call/"' in html


def test_a_draft_scenario_is_not_found(client):
    scenario = make_scenario(status="draft")
    assert client.get(f"/mock-call/{scenario.slug}/").status_code == 404
    assert client.post(f"/mock-call/{scenario.slug}/").status_code == 404


def test_open_sessions_left_for_a_week_expire(client):
    import datetime

    from django.utils import timezone

    from careers.mockcalls.hooks import expire_open_sessions

    start(client, make_scenario())
    url = start(client, make_scenario())
    client.post(url + "end/")
    MockSession.objects.update(started_at=timezone.now() - datetime.timedelta(days=8))
    assert expire_open_sessions()[0] >= 1
    assert MockSession.objects.get().state == "ended"  # a finished one is kept
