"""The security review's findings, each with a test that failed on the code before the fix:
private pages not cached, a Permissions-Policy, DEBUG off by default, draft preview only for
staff who may change that content, expiry of anonymous progress, rate limits that fail open,
caps per owner, no account enumeration, and password checks that count as login attempts."""

import datetime
import io
import random

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from careers.common import hooks
from careers.interviews.models import PracticeSession
from careers.resumes.models import SavedAd
from careers.seekers.models import Owner
from tests.conftest import logged_in
from tests.factories import make_metric, make_role
from tests.interview_factories import make_question, session_of, start
from tests.test_settings import run

pytestmark = pytest.mark.django_db

LOW = {
    "write": "3/m",
    "write-address": "3/m",
    "login": "3/h",
    "login-account": "100/h",
    "reset": "2/h",
    "reset-address": "2/h",
    "reset-email": "1/h",
    "recordings": "100/m",
    "recordings-address": "100/m",
    "owners-address": "100/h",
}


@pytest.fixture
def address():
    """An address of its own: limits are counted per address in the shared cache, and must
    not carry over from another test."""
    return f"198.51.{random.randint(0, 255)}.{random.randint(1, 254)}"


@pytest.fixture
def client(address):
    return Client(REMOTE_ADDR=address)


# --- headers and defaults -------------------------------------------------------------------


def test_every_page_denies_unused_browser_features(client):
    policy = client.get("/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_private_pages_are_never_stored_public_ones_may_be(client):
    make_question()
    assert "no-store" not in client.get("/").get("Cache-Control", "")
    session = session_of(start(client, size=3))
    for url in ("/me/", f"/interviews/practice/{session.pk}/1/", "/"):
        cache_control = client.get(url)["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control, url


def test_signed_in_pages_are_never_stored(alice):
    assert "no-store" in logged_in(alice).get("/roles/")["Cache-Control"]


def test_debug_is_off_unless_turned_on():
    production = {"DJANGO_SETTINGS_MODULE": "bpoportal.settings"}
    result = run(["check"], DEBUG="", SECRET_KEY="", **production)  # DEBUG unset
    assert result.returncode != 0 and "SECRET_KEY" in result.stderr
    preload = run(
        ["diffsettings", "--all"],
        DEBUG="false",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="a.example",
        **production,
    )
    assert "SECURE_HSTS_PRELOAD = False" in preload.stdout


# --- draft preview --------------------------------------------------------------------------


def test_draft_preview_needs_permission_to_change_that_content():
    make_role(name="Secret Draft", slug="secret", status="draft")
    staff = get_user_model().objects.create_user("staff", "s@example.org", "pw-123456789x")
    staff.is_staff = True
    staff.save()
    assert logged_in(staff).get("/roles/secret/").status_code == 404
    staff.user_permissions.add(Permission.objects.get(codename="change_role"))
    staff = get_user_model().objects.get(pk=staff.pk)  # a fresh permission cache
    response = logged_in(staff).get("/roles/secret/")
    assert response.status_code == 200 and "Secret Draft" in response.content.decode()


# --- expiry ---------------------------------------------------------------------------------


def test_purge_deletes_anonymous_progress_30_days_after_last_use(client, alice):
    make_question()
    session_of(start(client, size=3))  # an anonymous owner with a practice session
    old = Owner.objects.get(user__isnull=True)
    fresh = Owner.objects.create(session_token=Owner.new_token())
    account = Owner.objects.create(user=alice)
    long_ago = timezone.now() - datetime.timedelta(days=31)
    Owner.objects.filter(pk__in=[old.pk, account.pk]).update(last_seen=long_ago)
    call_command("purge_expired", stdout=io.StringIO())
    assert not Owner.objects.filter(pk=old.pk).exists()
    assert not PracticeSession.objects.exists()  # its rows went with it
    assert Owner.objects.filter(pk__in=[fresh.pk, account.pk]).count() == 2  # accounts stay


def test_using_the_portal_counts_as_activity(client):
    make_question()
    session = session_of(start(client, size=3))
    owner = session.owner
    Owner.objects.filter(pk=owner.pk).update(last_seen=timezone.now() - datetime.timedelta(days=20))
    client.get("/me/")
    owner.refresh_from_db()
    assert timezone.now() - owner.last_seen < datetime.timedelta(minutes=1)


# --- rate limits ----------------------------------------------------------------------------


@override_settings(RATE_LIMITS=LOW)
def test_too_many_writes_get_a_friendly_429_and_change_nothing(client):
    make_question()
    # The first write (no session yet) counts against the address, the rest against the session.
    for _ in range(4):
        assert start(client, size=3).status_code == 302
    response = start(client, size=3)
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "Nothing you saved before is lost" in response.content.decode()
    assert PracticeSession.objects.count() == 4
    assert client.get("/interviews/").status_code == 200  # reading is never limited


@override_settings(RATE_LIMITS=LOW)
def test_a_client_without_cookies_cannot_create_owners_without_limit(address):
    make_question()
    statuses = [start(Client(REMOTE_ADDR=address), size=3).status_code for _ in range(6)]
    assert statuses.count(302) == 3 and statuses.count(429) == 3
    assert Owner.objects.count() == 3


@override_settings(
    RATE_LIMITS=LOW,
    CACHES={
        "default": {
            "BACKEND": "bpoportal.serving.cache_backend.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing answers here
        }
    },
)
def test_limits_fail_open_when_the_cache_is_down(client):
    make_question()
    for _ in range(5):
        assert start(client, size=3).status_code == 302


@override_settings(RATE_LIMITS=LOW)
def test_password_spraying_from_one_address_is_limited(client, alice):
    for name in ("amy", "ben", "cat"):
        client.post("/accounts/login/", {"username": name, "password": "Winter2026!"})
    response = client.post("/accounts/login/", {"username": "alice", "password": "x"})
    assert response.status_code == 429


BEHIND_ONE_PROXY = {
    "AXES_IPWARE_PROXY_COUNT": 1,
    "AXES_IPWARE_META_PRECEDENCE_ORDER": ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"),
}


@override_settings(RATE_LIMITS=LOW, **BEHIND_ONE_PROXY)
def test_behind_a_trusted_proxy_each_client_has_its_own_address(address):
    make_question()
    first = random.randint(0, 200)
    for n in range(first, first + 5):  # five visitors behind one load balancer
        proxied = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, 10.0.0.1")
        assert start(proxied, size=3).status_code == 302


# --- caps -----------------------------------------------------------------------------------


def test_saved_ads_are_capped_with_a_clear_message(client, monkeypatch):
    monkeypatch.setitem(hooks._caps, SavedAd, hooks.OwnerCap(SavedAd, 2, "saved job ads"))
    ad = {"title": "Ad", "text": "Customer service, night shift, 35 wpm."}
    for _ in range(2):
        assert client.post("/resume/match/save/", ad).status_code == 302
    response = client.post("/resume/match/save/", ad)
    assert response.status_code == 400
    assert "the most we store for one person" in response.content.decode()
    assert SavedAd.objects.count() == 2


def test_me_does_not_analyse_saved_ads_again(client, assert_fixed_queries):
    make_role(name="CSR", slug="csr")
    make_metric(name="Average Handle Time", abbreviation="AHT", slug="aht")
    ad = {"title": "Ad", "text": "Customer service, CSAT, AHT, night shift, 35 wpm."}
    client.post("/resume/match/save/", ad)
    saved = SavedAd.objects.get()
    assert saved.lines > 0
    html = client.get("/me/").content.decode()
    assert f"0 of {saved.lines} done" in html

    def grow():
        for _ in range(20):
            client.post("/resume/match/save/", ad)

    assert_fixed_queries(client, "/me/", grow, most=30)


# --- accounts -------------------------------------------------------------------------------


def test_sign_up_does_not_reveal_a_registered_email(client, alice, mailoutbox):
    """No "already registered" error, and no mail either (its delay would tell)."""
    response = client.post(
        "/accounts/signup/",
        {
            "username": "newcomer",
            "email": "ALICE@example.org",
            "password1": "a-long-new-passphrase-42",
            "password2": "a-long-new-passphrase-42",
        },
    )
    assert response.status_code == 302  # the same as for any new email
    assert mailoutbox == []
    assert get_user_model().objects.filter(email="alice@example.org").count() == 2


@override_settings(RATE_LIMITS=LOW)
def test_reset_mails_are_limited_per_email_and_per_address(client, alice, mailoutbox):
    for _ in range(2):
        response = client.post("/accounts/password_reset/", {"email": "alice@example.org"})
        assert response.status_code == 302  # the same page either way
    assert len(mailoutbox) == 1  # the second was over the per-email limit
    assert client.post("/accounts/password_reset/", {"email": "b@example.org"}).status_code == 429


def test_wrong_current_passwords_count_as_failed_logins(alice, password):
    client = logged_in(alice)
    for _ in range(5):
        client.post(
            "/accounts/password_change/",
            {
                "old_password": "guess",
                "new_password1": "x-y-z-12345",
                "new_password2": "x-y-z-12345",
            },
        )
    response = client.post("/me/delete/", {"password": password})
    assert response.status_code == 429  # locked out, even with the right password
    assert get_user_model().objects.filter(pk=alice.pk).exists()


# --- shared computers -----------------------------------------------------------------------


def test_login_asks_before_adding_this_browsers_progress(client, alice, password):
    make_question()
    session = session_of(start(client, size=3))
    client.post("/accounts/login/", {"username": "alice", "password": password})
    assert PracticeSession.objects.get(pk=session.pk).owner.user is None  # not merged unasked
    html = client.get("/me/").content.decode()
    assert "This browser has progress from before you logged in" in html
    assert "1 practice session" in html
    client.post("/me/browser-progress/", {"choice": "add"})
    assert PracticeSession.objects.get(pk=session.pk).owner.user == alice
    assert "before you logged in" not in client.get("/me/").content.decode()


def test_progress_left_by_someone_else_can_be_discarded(client, alice, password):
    make_question()
    session = session_of(start(client, size=3))
    client.post("/accounts/login/", {"username": "alice", "password": password})
    client.post("/me/browser-progress/", {"choice": "discard"})
    assert not PracticeSession.objects.filter(pk=session.pk).exists()
    assert not Owner.objects.filter(user__isnull=True).exists()


def test_sign_up_still_keeps_this_browsers_progress(client):
    make_question()
    session = session_of(start(client, size=3))
    client.post(
        "/accounts/signup/",
        {"username": "newbie", "email": "n@example.org", "password1": "a-long-passphrase-77",
         "password2": "a-long-passphrase-77"},
    )  # fmt: skip
    assert PracticeSession.objects.get(pk=session.pk).owner.user.username == "newbie"
