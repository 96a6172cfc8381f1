"""Ticking, notes, saved ads, merging on login/sign-up, privacy between job seekers, CSRF."""

import pytest
from django.test import Client

from bpoportal.serving import content_version
from careers.resumes.checklist import KEYS_MEMO
from careers.resumes.models import SavedAd, Tick
from careers.seekers.models import Owner
from tests.conftest import logged_in
from tests.factories import make_role, make_role_skill, make_skill
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db

AD = "Customer Care Associate. Night shift. Salesforce a plus. Typing 30 wpm."


@pytest.fixture
def role():
    role = make_role(
        name="Customer Service Representative", other_titles=["Customer Care Associate"]
    )
    make_role_skill(role, make_skill(slug="crm", name="CRM software", aliases=["salesforce"]))
    make_item(slug="one-page", text="Keep it to one page")
    make_item(slug="numbers", text="Use numbers", part="experience")
    return role


def tick(client, role, key, done=True, note=""):
    data = {"key": key, "note": note}
    if done:
        data["done"] = "on"
    return client.post(f"/resume/{role.slug}/tick/", data)


def test_tick_and_untick_without_javascript(client, role):
    response = tick(client, role, "item:one-page", note="done on v2")
    assert response.status_code == 302
    assert response.url == f"/resume/{role.slug}/#c-item-one-page"
    html = client.get(f"/resume/{role.slug}/").content.decode()
    assert "1 of 3 done" in html and "done on v2" in html
    tick(client, role, "item:one-page", done=False, note="done on v2")
    assert "0 of 3 done" in client.get(f"/resume/{role.slug}/").content.decode()
    assert Tick.objects.get().note == "done on v2"


@pytest.mark.django_db(transaction=True)  # committed content: the checklist keys are kept
def test_me_totals_follow_a_checklist_change_though_the_keys_are_kept(client, role):
    tick(client, role, "item:one-page")
    assert f"{role.name}</a>: 1 of 3 done" in client.get("/me/").content.decode()
    assert content_version.recall(KEYS_MEMO)[1][role.pk] == {
        "item:one-page",
        "item:numbers",
        "skill:crm",
    }
    assert f"{role.name}</a>: 1 of 3 done" in client.get("/me/").content.decode()
    make_item(role, slug="star", text="Tell one story the STAR way")  # a new content version
    assert f"{role.name}</a>: 1 of 4 done" in client.get("/me/").content.decode()


def test_bad_tick_keys_are_400_and_lose_nothing(client, role):
    tick(client, role, "item:one-page")
    assert tick(client, role, "item:not-on-this-list").status_code == 400
    assert client.post(f"/resume/{role.slug}/tick/", {"note": "x" * 600}).status_code == 400
    assert Tick.objects.filter(done=True).count() == 1


def test_ticking_needs_post_and_a_real_role(client, role):
    assert client.get(f"/resume/{role.slug}/tick/").status_code == 405
    assert client.post("/resume/nope/tick/", {"key": "item:one-page"}).status_code == 404


def test_csrf_is_enforced(role):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(f"/resume/{role.slug}/tick/", {"key": "item:one-page", "done": "on"})
    assert response.status_code == 403
    assert not Tick.objects.exists()


def test_session_ticks_merge_into_account_on_login(client, role, alice, password):
    # alice already ticked one item in her account, with a note
    owner = Owner.objects.create(user=alice)
    Tick.objects.create(owner=owner, role=role, key="item:numbers", done=False, note="old")
    # now, logged out, she ticks two items in this browser
    tick(client, role, "item:one-page")
    tick(client, role, "item:numbers", note="new")
    response = client.post("/accounts/login/", {"username": "alice", "password": password})
    client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked
    assert response.status_code == 302
    ticks = {t.key: t for t in Tick.objects.filter(owner__user=alice)}
    assert ticks["item:one-page"].done
    assert ticks["item:numbers"].done and ticks["item:numbers"].note == "old / new"
    assert Owner.objects.filter(user__isnull=True).count() == 0
    assert "2 of 3 done" in client.get("/me/").content.decode()


def test_session_ticks_and_saved_ads_merge_on_sign_up(client, role):
    tick(client, role, "item:one-page")
    client.post("/resume/match/save/", {"text": AD, "title": "Acme CSR", "role": role.slug})
    response = client.post(
        "/accounts/signup/",
        {
            "username": "carol",
            "email": "carol@example.org",
            "password1": "a-long-unusual-passphrase-77",
            "password2": "a-long-unusual-passphrase-77",
        },
    )
    assert response.status_code == 302
    assert Tick.objects.get(key="item:one-page").owner.user.username == "carol"
    assert SavedAd.objects.get().owner.user.username == "carol"
    html = client.get("/me/").content.decode()
    assert "1 of 3 done" in html and "Acme CSR" in html


def test_signup_rejects_common_passwords(client):
    response = client.post(
        "/accounts/signup/",
        {
            "username": "dave",
            "email": "dave@example.org",
            "password1": "password123",
            "password2": "password123",
        },
    )
    assert response.status_code == 200
    assert "too common" in response.content.decode()


def test_another_users_saved_ad_is_404(role, alice, bob):
    alice_client = logged_in(alice)
    alice_client.post("/resume/match/save/", {"text": AD, "title": "Mine", "role": role.slug})
    ad = SavedAd.objects.get()
    assert alice_client.get(f"/resume/ads/{ad.pk}/").status_code == 200
    bob_client = logged_in(bob)
    assert bob_client.get(f"/resume/ads/{ad.pk}/").status_code == 404
    assert (
        bob_client.post(
            f"/resume/ads/{ad.pk}/tick/", {"key": "skill:crm", "done": "on"}
        ).status_code
        == 404
    )
    assert bob_client.post(f"/resume/ads/{ad.pk}/delete/").status_code == 404
    assert Client().get(f"/resume/ads/{ad.pk}/").status_code == 404
    assert SavedAd.objects.filter(pk=ad.pk).exists() and not Tick.objects.exists()


def test_ticks_are_private_to_their_owner(client, role, bob):
    assert tick(client, role, "item:one-page", note="secret note").status_code == 302
    response = logged_in(bob).get(f"/resume/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "secret note" not in html and "0 of 3 done" in html


def test_saved_ad_checklist_ticks_and_delete(client, role):
    client.post("/resume/match/save/", {"text": AD, "title": "Acme CSR", "role": role.slug})
    ad = SavedAd.objects.get()
    html = client.get(f"/resume/ads/{ad.pk}/").content.decode()
    assert "Show evidence of CRM software" in html and "Put these first" in html
    response = client.post(f"/resume/ads/{ad.pk}/tick/", {"key": "skill:crm", "done": "on"})
    assert response.status_code == 302
    assert "1 of" in client.get(f"/resume/ads/{ad.pk}/").content.decode()
    client.post(f"/resume/ads/{ad.pk}/delete/")
    assert not SavedAd.objects.exists() and not Tick.objects.exists()


def test_deleting_the_account_deletes_its_data(role, alice, password):
    c = logged_in(alice)
    tick(c, role, "item:one-page")
    c.post("/resume/match/save/", {"text": AD, "title": "Mine", "role": role.slug})
    assert "deletes all of them" in c.get("/me/").content.decode()
    assert c.post("/me/delete/", {"password": "wrong"}).status_code == 200
    assert Tick.objects.exists()
    assert c.post("/me/delete/", {"password": password}).status_code == 302
    assert not Tick.objects.exists() and not SavedAd.objects.exists()
    assert not Owner.objects.exists()
