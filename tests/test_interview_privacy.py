"""Answers are private: every session lookup is scoped to its owner, so others get a 404."""

import pytest
from django.test import Client

from careers.interviews.models import PracticeItem, PracticeSession
from tests.conftest import logged_in
from tests.interview_factories import make_question, session_of, start

pytestmark = pytest.mark.django_db

SECRET = "My old manager was awful and I left after a row."


@pytest.fixture
def alices_session(alice):
    make_question()
    make_question()
    client = logged_in(alice)
    session = session_of(start(client))
    base = f"/interviews/practice/{session.pk}"
    assert client.post(f"{base}/1/answer/", {"answer": SECRET}).status_code == 302
    assert client.post(f"{base}/1/rate/", {"rating": 2}).status_code == 302
    return session


def urls(session):
    base = f"/interviews/practice/{session.pk}"
    return [f"{base}/", f"{base}/1/", f"{base}/2/", f"{base}/summary/"]


@pytest.mark.parametrize("who", ["bob", "anonymous", "another browser"])
def test_others_get_404_on_every_session_url(alices_session, bob, who):
    client = logged_in(bob) if who == "bob" else Client()
    if who == "another browser":  # a browser that has its own practice session
        session_of(start(client))
    for url in urls(alices_session):
        assert client.get(url).status_code == 404, url
    base = f"/interviews/practice/{alices_session.pk}"
    assert client.post(f"{base}/1/answer/", {"answer": "overwritten"}).status_code == 404
    assert client.post(f"{base}/2/rate/", {"rating": 5}).status_code == 404
    item = PracticeItem.objects.get(session=alices_session, position=1)
    assert item.answer == SECRET and item.rating == 2
    assert PracticeItem.objects.get(session=alices_session, position=2).rating is None


def test_the_owner_sees_their_session(alices_session, alice):
    client = logged_in(alice)
    for url in urls(alices_session)[1:]:
        assert client.get(url).status_code == 200, url
    assert SECRET in client.get(f"/interviews/practice/{alices_session.pk}/1/").content.decode()


def test_others_never_see_alices_practice_anywhere(alices_session, bob):
    client = logged_in(bob)
    must_show = {
        "/me/": "<h1>My progress</h1>",
        "/interviews/practice/": "<h1>Practise for your interview</h1>",
        "/interviews/": "<h1>Interview questions for BPO jobs</h1>",
    }
    for url, shown in must_show.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert shown in html, url
        assert SECRET not in html, url
        assert f"/interviews/practice/{alices_session.pk}/" not in html, url
    assert "You have not practised yet" in client.get("/me/").content.decode()


def test_two_browsers_without_accounts_keep_separate_sessions():
    make_question()
    first, second = Client(), Client()
    mine = session_of(start(first))
    theirs = session_of(start(second))
    assert mine.owner_id != theirs.owner_id
    assert first.get(f"/interviews/practice/{mine.pk}/1/").status_code == 200
    assert second.get(f"/interviews/practice/{theirs.pk}/1/").status_code == 200
    assert first.get(f"/interviews/practice/{theirs.pk}/1/").status_code == 404
    assert second.get(f"/interviews/practice/{mine.pk}/1/").status_code == 404


def test_forgetting_this_browser_deletes_its_practice():
    make_question()
    client = Client()
    session = session_of(start(client))
    client.post("/me/forget/")
    assert not PracticeSession.objects.filter(pk=session.pk).exists()


def test_deleting_the_account_deletes_its_practice(alices_session, alice, password):
    client = logged_in(alice)
    client.post("/me/delete/", {"password": password})
    assert not PracticeSession.objects.exists() and not PracticeItem.objects.exists()
