"""Bounded storage (issue 27, item 4): made-up values of public query parameters make no
page-cache entry, and the other caps on what one visitor can make the portal keep."""

import datetime
import io
import threading
import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.utils import timezone

from bpoportal.serving.page_cache import HIT_HEADER, page_key
from careers.common import hooks
from careers.interviews import views as interview_views
from careers.interviews.models import PracticeItem
from careers.plans.models import EarlierTarget
from careers.plans.planning import EARLIER_TARGETS_KEPT
from careers.resumes.models import SavedAd
from careers.search import query
from careers.search.models import SearchMiss
from tests.factories import make_csr, make_role, make_skill, make_step
from tests.interview_factories import make_question, session_of, start

pytestmark = pytest.mark.django_db


def stored(client, url) -> bool:
    client.get(url)
    return client.get(url).get(HIT_HEADER) == "hit"


@pytest.fixture
def content():
    csr = make_csr()
    make_role(slug="qa", name="Quality Analyst", office="back", level="mid")
    make_question(csr)
    make_skill(kind="technical")
    return csr


OFFERED = [
    "/roles/?office=front",
    "/roles/?office=back&level=mid",
    "/roles/?office=&level=",  # the filter form sent with nothing chosen
    "/interviews/?role=csr&category=behavioural",
    "/skills/?kind=technical",
    "/plan/route/?from=csr&to=qa",
]
MADE_UP = [
    "/roles/?office=zzz",
    "/roles/?office=front&level=wizard",
    "/interviews/?role=no-such-role",
    "/interviews/?category=%3Cscript%3E",
    "/resume/?role=x1",
    "/skills/?kind=anything",
    "/plan/route/?from=csr&to=made-up",
    "/interviews/?page=9999",
    "/interviews/?page=01",
]


def test_offered_values_are_cached_made_up_ones_are_not(page_cache, content):
    client = Client()
    for url in OFFERED:
        assert stored(client, url), url
    for url in MADE_UP:
        response = client.get(url)
        assert response.status_code in (200, 400, 404), url
        assert not stored(client, url), url


def test_a_made_up_value_leaves_no_entry_in_the_cache(page_cache, content, rf):
    client = Client()
    client.get("/roles/?office=made-up-1")
    request = rf.get("/roles/?office=made-up-1")
    assert cache.get(page_key(request)) is None


# --- caps that hold -------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_the_saved_ad_cap_holds_when_two_saves_arrive_at_once(monkeypatch):
    """The last place under the cap is taken by one save; the other, waiting on the owner's
    row, then finds the cap reached and is a 400 with the message."""
    monkeypatch.setitem(hooks._caps, SavedAd, hooks.OwnerCap(SavedAd, 2, "saved job ads"))
    browser = Client()
    ad = {"title": "Ad", "text": "Customer service, night shift, 35 wpm."}
    assert browser.post("/resume/match/save/", ad).status_code == 302
    owner = SavedAd.objects.get().owner
    saving = threading.Event()
    answers = []

    def save_in_another_tab():
        try:
            with transaction.atomic():
                SavedAd.objects.create(owner=owner, title="Other tab", text="Back office.")
                saving.set()  # saved, not committed yet: the request below waits for it
                time.sleep(0.5)
        finally:
            connection.close()

    other = threading.Thread(target=save_in_another_tab)
    other.start()
    saving.wait(5)
    answers.append(browser.post("/resume/match/save/", ad))
    other.join(10)
    response = answers[0]
    assert response.status_code == 400
    assert "the most we store for one person" in response.content.decode()
    assert SavedAd.objects.filter(owner=owner).count() == 2


def test_written_answers_per_owner_are_bounded(monkeypatch):
    monkeypatch.setattr(interview_views, "ANSWER_BYTES", 12_000)
    make_question(), make_question(), make_question()
    client = Client()
    session = session_of(start(client, size=3))
    long = "I listened to the caller and fixed the bill. " * 100  # 4,500 bytes
    for position in (1, 2):
        url = f"/interviews/practice/{session.pk}/{position}/answer/"
        assert client.post(url, {"answer": long}).status_code == 302
    response = client.post(f"/interviews/practice/{session.pk}/3/answer/", {"answer": long})
    assert response.status_code == 400
    assert "the 0.012 MB we store" in response.content.decode()
    assert "we store for one person" in response.content.decode()
    assert PracticeItem.objects.get(session=session, position=3).answer == ""
    url = f"/interviews/practice/{session.pk}/1/answer/"  # editing one that is kept still works
    assert client.post(url, {"answer": long}).status_code == 302


def test_invalid_rating_forms_answer_400(client):
    make_question()
    session = session_of(start(client, size=3))
    url = f"/interviews/practice/{session.pk}/1/rate/"
    for rating in ("9", "", "x", "9" * 4301):
        response = client.post(url, {"rating": rating})
        assert response.status_code == 400, rating
    assert not PracticeItem.objects.filter(rating__isnull=False).exists()


def test_a_plan_keeps_its_latest_earlier_targets_only(client):
    csr, qa = make_csr(), make_role(slug="qa", name="QA Analyst", level="mid")
    make_step(csr, qa, typical_months=9)
    for day in range(EARLIER_TARGETS_KEPT + 5):
        date = (timezone.localdate() + datetime.timedelta(days=400 + day)).isoformat()
        data = {"from": "csr", "to": "qa", "route": "0", "target_date": date}
        assert client.post("/plan/save/", data).status_code == 302
    earlier = EarlierTarget.objects.order_by("-pk")
    assert earlier.count() == EARLIER_TARGETS_KEPT
    latest = timezone.localdate() + datetime.timedelta(days=400 + EARLIER_TARGETS_KEPT + 3)
    assert earlier.first().target_date == latest  # the newest are the ones kept


def test_searches_that_find_nothing_are_bounded_per_week(client, monkeypatch):
    monkeypatch.setattr(query, "MISSES_PER_WEEK", 3)
    for n in range(6):
        assert client.get("/search/", {"q": f"zqxj{n}wv"}).status_code == 200
    client.get("/search/", {"q": "zqxj0wv"})  # one already logged is still counted
    assert SearchMiss.objects.count() == 3
    assert SearchMiss.objects.get(query="zqxj0wv").count == 2


def test_old_search_misses_expire(client):
    old = datetime.date.today() - datetime.timedelta(weeks=40)
    SearchMiss.objects.create(week=old, query="ancient")
    SearchMiss.objects.create(week=datetime.date.today(), query="fresh")
    call_command("purge_expired", stdout=io.StringIO())
    assert list(SearchMiss.objects.values_list("query", flat=True)) == ["fresh"]


# --- privacy and accounts -------------------------------------------------------------------


def test_the_job_ad_result_page_is_never_stored(client):
    make_csr()
    response = client.post("/resume/match/", {"text": "Customer service, night shift, 35 wpm."})
    assert response.status_code == 200 and "Customer service" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_usernames_are_unique_ignoring_case(client, alice):
    form = {"username": "ALICE", "email": "a2@example.org",
            "password1": "a-long-passphrase-77", "password2": "a-long-passphrase-77"}  # fmt: skip
    response = client.post("/accounts/signup/", form)
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.create_user("Alice", "a3@example.org", "x-y-z-12345678")
    assert get_user_model().objects.filter(username__iexact="alice").count() == 1
