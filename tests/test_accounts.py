"""Accounts to OWASP ASVS level 1: throttled logins, new session on login, real logout."""

import pytest
from django.contrib.sessions.models import Session
from django.test import Client

from tests.conftest import logged_in

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_login_starts_a_new_session(client, alice, password):
    client.get("/me/")
    client.session.save()
    before = client.session.session_key
    assert login(client, "alice", password).status_code == 302
    assert client.session.session_key != before
    assert not Session.objects.filter(session_key=before).exists()


def test_logout_ends_the_session_on_the_server(client, alice, password):
    login(client, "alice", password)
    key = client.session.session_key
    assert client.get("/logout/").status_code == 404  # no logout by GET
    assert client.post("/accounts/logout/").status_code == 302
    assert not Session.objects.filter(session_key=key).exists()
    # replaying the old cookie gets an anonymous page
    replay = Client()
    replay.cookies["sessionid"] = key
    response = replay.get("/me/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>My progress</h1>" in html
    assert "Log in" in html and "Log out" not in html


def test_repeated_failed_logins_are_locked_out(client, alice, password):
    for _ in range(4):
        assert login(client, "alice", "wrong-password").status_code == 200
    assert login(client, "alice", "wrong-password").status_code == 429  # the fifth locks
    response = login(client, "alice", password)  # even the right password, for a while
    assert response.status_code == 429
    assert "Too many failed log-ins" in response.content.decode()


def test_password_change_asks_for_the_current_password(alice, password):
    client = logged_in(alice)
    response = client.post(
        "/accounts/password_change/",
        {
            "old_password": "not-my-password",
            "new_password1": "a-brand-new-passphrase-81",
            "new_password2": "a-brand-new-passphrase-81",
        },
    )
    assert response.status_code == 200
    assert "Your old password was entered incorrectly" in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(password)


def test_password_reset_sends_an_email(client, alice, mailoutbox):
    response = client.post("/accounts/password_reset/", {"email": "alice@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and "/accounts/reset/" in mailoutbox[0].body


def test_me_works_without_an_account(client):
    html = client.get("/me/").content.decode()
    assert "kept in this browser" in html
