"""Limits that fit shared mobile addresses (issue 27, item 3): counted per session or account
first, per address only for traffic without a session and for logins, with much higher
address ceilings; password-reset limits a stranger cannot use against a victim; a per-account
guard against password spraying across addresses."""

import random

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings

import bpoportal.settings as production
from careers.interviews.models import PracticeSession
from careers.seekers.models import Owner
from tests.interview_factories import make_question, session_of, start
from tests.test_hardening import LOW

pytestmark = pytest.mark.django_db


def new_address() -> str:
    return f"100.{random.randint(64, 127)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


@override_settings(RATE_LIMITS=production.RATE_LIMITS)  # the real ceilings, not the suite's
def test_thirty_people_behind_one_address_never_see_a_429(password):
    """A morning at a carrier's shared address: thirty phones browse, practise, sign up, log in,
    ask for a password reset, and save job ads, all with the production limits."""
    make_question()
    address = new_address()  # carrier-grade NAT: one public address for them all
    for n in range(5):
        get_user_model().objects.create_user(f"agent{n}", f"agent{n}@example.org", password)
    statuses = []
    for person in range(30):
        phone = Client(REMOTE_ADDR=address)
        statuses.append(phone.get("/").status_code)
        session = session_of(start(phone, size=3))
        for position in (1, 2, 3):
            url = f"/interviews/practice/{session.pk}/{position}/answer/"
            statuses.append(
                phone.post(url, {"answer": "I listened, said sorry, fixed it."}).status_code
            )
        ad = {"title": "CSR", "text": "Customer service, night shift, 35 wpm typing."}
        statuses.append(phone.post("/resume/match/save/", ad).status_code)
        if person < 5:  # some have accounts and mistype their password once
            login = {"username": f"agent{person}", "password": "wrong"}
            statuses.append(phone.post("/accounts/login/", login).status_code)
            statuses.append(
                phone.post("/accounts/login/", {**login, "password": password}).status_code
            )
        elif person < 10:
            reset = {"email": f"agent{person % 5}@example.org"}
            statuses.append(
                Client(REMOTE_ADDR=address).post("/accounts/password_reset/", reset).status_code
            )
    assert 429 not in statuses
    assert PracticeSession.objects.count() == 30


@override_settings(RATE_LIMITS=LOW)
def test_a_busy_session_is_limited_not_its_neighbours():
    make_question()
    address = new_address()
    busy, neighbour = Client(REMOTE_ADDR=address), Client(REMOTE_ADDR=address)
    assert start(neighbour, size=3).status_code == 302  # the neighbour has a session too
    statuses = [start(busy, size=3).status_code for _ in range(6)]
    assert statuses[-1] == 429
    assert start(neighbour, size=3).status_code == 302  # the same address, its own session


@override_settings(RATE_LIMITS={**LOW, "write-address": "2/m"})
def test_a_made_up_session_cookie_counts_as_no_session():
    make_question()
    address = new_address()
    statuses = []
    for n in range(4):
        client = Client(REMOTE_ADDR=address)
        client.cookies["sessionid"] = f"madeup{n}" * 4
        statuses.append(start(client, size=3).status_code)
    assert statuses == [302, 302, 429, 429]


@override_settings(RATE_LIMITS={**LOW, "owners-address": "3/h"})
def test_anonymous_owners_per_address_and_hour_are_capped():
    make_question()
    address = new_address()
    statuses = []
    for _ in range(5):
        client = Client(REMOTE_ADDR=address)
        client.get("/")  # the write limit is not what stops them here
        statuses.append(
            client.post(
                "/resume/match/save/", {"title": "Ad", "text": "Night shift CSR."}
            ).status_code
        )
    assert statuses == [302, 302, 302, 429, 429]
    assert Owner.objects.count() == 3


@override_settings(RATE_LIMITS=LOW)
def test_a_stranger_cannot_use_up_a_victims_password_resets(alice, mailoutbox):
    stranger = Client(REMOTE_ADDR=new_address())
    for _ in range(2):
        stranger.post("/accounts/password_reset/", {"email": "alice@example.org"})
    assert len(mailoutbox) == 1  # the stranger's own per-email count is used up
    victim = Client(REMOTE_ADDR=new_address())
    response = victim.post("/accounts/password_reset/", {"email": "ALICE@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 2  # alice still gets her reset mail


@override_settings(RATE_LIMITS={**LOW, "login-account": "4/h", "login": "100/h"})
def test_password_spraying_one_account_from_many_addresses_is_stopped(alice, bob, password):
    for guess in ("Summer2026!", "Password1", "Manila123", "Welcome1", "Qwerty12"):
        attempt = Client(REMOTE_ADDR=new_address())  # a botnet: a new address every try
        attempt.post("/accounts/login/", {"username": "Alice", "password": guess})
    late = Client(REMOTE_ADDR=new_address()).post(
        "/accounts/login/", {"username": "alice", "password": password}
    )
    assert late.status_code == 429  # even the right password waits: the account is under attack
    other = Client(REMOTE_ADDR=new_address())
    response = other.post("/accounts/login/", {"username": "bob", "password": password})
    assert response.status_code == 302  # other accounts are not affected


@override_settings(RATE_LIMITS={**LOW, "login-account": "2/h", "login": "100/h"})
def test_wrong_current_passwords_count_against_that_account_only(alice, bob, password):
    from tests.conftest import logged_in

    client = logged_in(alice)
    for _ in range(3):
        client.post(
            "/accounts/password_change/",
            {
                "old_password": "guess",
                "new_password1": "x-y-z-12345",
                "new_password2": "x-y-z-12345",
            },
        )
    attempt = Client(REMOTE_ADDR=new_address())
    assert (
        attempt.post("/accounts/login/", {"username": "alice", "password": password}).status_code
        == 429
    )
    other = Client(REMOTE_ADDR=new_address())
    assert (
        other.post("/accounts/login/", {"username": "bob", "password": password}).status_code == 302
    )
