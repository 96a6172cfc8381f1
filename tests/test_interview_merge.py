"""Practice done before logging in moves into the account (a real login POST, as axes expects)."""

import pytest
from django.test import Client
from django.utils import timezone

from careers.interviews.hooks import merge_practice
from careers.interviews.models import PracticeSession, QuestionProgress
from careers.seekers.models import Owner
from tests.conftest import logged_in
from tests.interview_factories import make_question, owner_of, progress, session_of, start

pytestmark = pytest.mark.django_db


def rate_all(client, session, rating):
    for item in session.items.all():
        client.post(
            f"/interviews/practice/{session.pk}/{item.position}/answer/", {"answer": "Mine"}
        )
        client.post(f"/interviews/practice/{session.pk}/{item.position}/rate/", {"rating": rating})


def test_practice_before_login_shows_up_after_a_real_login(alice, password):
    make_question(text="Why do you want to work nights?")
    client = Client()
    session = session_of(start(client))
    rate_all(client, session, 2)
    browser_owner = session.owner

    response = client.post("/accounts/login/", {"username": "alice", "password": password})
    client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked
    assert response.status_code == 302

    session.refresh_from_db()
    assert session.owner == owner_of(alice)
    assert not Owner.objects.filter(pk=browser_owner.pk).exists()
    assert QuestionProgress.objects.get().owner == owner_of(alice)
    # Same browser, now logged in: the session and its answers are still reachable.
    html = client.get(f"/interviews/practice/{session.pk}/1/").content.decode()
    assert "Mine" in html
    me = client.get("/me/").content.decode()
    assert f"/interviews/practice/{session.pk}/summary/" in me
    assert "Why do you want to work nights?" in me  # rated 2: a question to go back to
    # And from any other device alice logs in on.
    assert logged_in(alice).get(f"/interviews/practice/{session.pk}/summary/").status_code == 200


def test_sign_up_keeps_practice_too(password):
    make_question()
    client = Client()
    session = session_of(start(client))
    data = {"username": "carol", "email": "carol@example.org"}
    data |= {"password1": password, "password2": password}
    assert client.post("/accounts/signup/", data).status_code == 302
    session.refresh_from_db()
    assert session.owner.user.username == "carol"


def test_progress_both_sides_have_keeps_the_weaker_box_and_adds_the_times(alice, password):
    both, only_browser, only_account = make_question(), make_question(), make_question()
    account = Owner.objects.create(user=alice)
    earlier = timezone.now() - timezone.timedelta(days=3)
    progress(account, both, box=4, times=3, last_seen=earlier)
    progress(account, only_account, box=5, times=2)
    account_session = PracticeSession.objects.create(owner=account, size=1)

    client = Client()
    session = session_of(start(client, categories=[], size=3))
    for item in session.items.all():
        rating = 2 if item.question in (both, only_browser) else 5
        client.post(f"/interviews/practice/{session.pk}/{item.position}/rate/", {"rating": rating})
    client.post("/accounts/login/", {"username": "alice", "password": password})
    client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked

    state = {p.question: p for p in QuestionProgress.objects.filter(owner=account)}
    assert (state[both].box, state[both].times) == (1, 4)  # weaker box, times added
    assert state[both].last_seen > earlier  # the latest practice date
    assert (state[only_browser].box, state[only_browser].times) == (1, 1)
    assert (state[only_account].box, state[only_account].times) == (3, 3)  # +1: rated 5 again
    assert QuestionProgress.objects.count() == 3
    assert set(PracticeSession.objects.filter(owner=account)) == {account_session, session}


def test_merge_function_directly_moves_everything():
    question = make_question()
    source = Owner.objects.create(session_token=Owner.new_token())
    target = Owner.objects.create(session_token=Owner.new_token())
    progress(source, question, box=2, times=1)
    progress(target, question, box=3, times=5)
    PracticeSession.objects.create(owner=source, size=3)
    merge_practice(source, target)
    assert not PracticeSession.objects.filter(owner=source).exists()
    assert not QuestionProgress.objects.filter(owner=source).exists()
    kept = QuestionProgress.objects.get(owner=target)
    assert (kept.box, kept.times) == (2, 6)
