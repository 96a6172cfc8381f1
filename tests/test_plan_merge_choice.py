"""Logging in with a browser plan that differs from the account's: never replaced silently.
The job seeker picks which to keep on a small page (POST, CSRF, no JS); the other is set aside
and can be restored, ticks and all."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from careers.plans.models import MilestoneTick, Plan, SetAsidePlan
from careers.seekers.models import Owner
from tests.conftest import PASSWORD, logged_in
from tests.factories import make_role, make_step

pytestmark = pytest.mark.django_db

IN_TWO_YEARS = (timezone.localdate() + datetime.timedelta(days=730)).isoformat()


@pytest.fixture
def world():
    csr = make_role(slug="csr", name="CSR")
    make_step(csr, make_role(slug="tl", name="Team Leader", level="senior"), typical_months=12)
    make_step(csr, make_role(slug="qa", name="QA Analyst", level="mid"), typical_months=12)


def save(client, to):
    data = {"from": "csr", "to": to, "route": "0", "target_date": IN_TWO_YEARS}
    assert client.post("/plan/save/", data).status_code == 302


@pytest.fixture
def two_plans(client, world, alice):
    alices = logged_in(alice)
    save(alices, "qa")
    alices.post("/plan/tick/", {"key": "resume:qa", "done": "on", "note": "from the account"})
    save(client, "tl")
    client.post("/plan/tick/", {"key": "resume:tl", "done": "on"})
    client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    asked = client.post("/me/browser-progress/", {"choice": "add"})
    assert asked.status_code == 302 and asked["Location"] == "/plan/which/"
    assert Plan.objects.count() == 2  # nothing merged yet
    return client


def current(alice):
    return Plan.objects.get(owner__user=alice)


def test_the_question_shows_both_plans(two_plans):
    page = two_plans.get("/plan/which/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "The plan in this browser" in html and "Team Leader by" in html
    assert "The plan in your account" in html and "QA Analyst by" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_keep_the_browsers_plan(two_plans, alice):
    response = two_plans.post("/plan/which/", {"keep": "browser"})
    assert response.status_code == 302 and response["Location"] == "/plan/"
    assert current(alice).target_role.slug == "tl"
    assert list(current(alice).ticks.values_list("key", flat=True)) == ["resume:tl"]
    kept = SetAsidePlan.objects.get()
    assert kept.owner.user == alice and kept.target_name == "QA Analyst"
    assert not Owner.objects.filter(user__isnull=True).exists()  # the rest merged
    page = two_plans.get("/plan/")
    assert "Plans set aside" in page.content.decode() and "QA Analyst by" in page.content.decode()


def test_keep_the_accounts_plan_then_restore_the_other(two_plans, alice):
    two_plans.post("/plan/which/", {"keep": "account"})
    assert current(alice).target_role.slug == "qa"
    kept = SetAsidePlan.objects.get()
    assert kept.target_name == "Team Leader"
    response = two_plans.post(f"/plan/restore/{kept.pk}/")
    assert response.status_code == 302
    plan = current(alice)
    assert plan.target_role.slug == "tl"
    assert MilestoneTick.objects.get(plan=plan).key == "resume:tl"  # its ticks came back
    # and the plan it replaced is set aside in turn, its note kept
    again = SetAsidePlan.objects.get()
    assert again.target_name == "QA Analyst"
    assert again.snapshot["ticks"] == [["resume:qa", True, "from the account"]]


def test_no_choice_or_a_made_up_one_asks_again(two_plans):
    for data in ({}, {"keep": "both"}):
        response = two_plans.post("/plan/which/", data)
        assert response.status_code == 400
        assert "Choose which plan to keep." in response.content.decode()
    assert Plan.objects.count() == 2 and not SetAsidePlan.objects.exists()


def test_only_the_owner_restores(two_plans, bob):
    two_plans.post("/plan/which/", {"keep": "account"})
    kept = SetAsidePlan.objects.get()
    assert logged_in(bob).post(f"/plan/restore/{kept.pk}/").status_code == 404
    assert Client().post(f"/plan/restore/{kept.pk}/").status_code == 404
    assert SetAsidePlan.objects.filter(pk=kept.pk).exists()


def test_the_question_page_needs_the_pending_progress(client, world, alice):
    assert logged_in(alice).get("/plan/which/").status_code == 302
    assert client.get("/plan/which/").status_code == 302  # to the login page


def test_two_different_plans_merged_without_asking_keep_the_other_restorable(world, alice):
    """Should anything merge two different plans unasked, neither is lost."""
    from careers.seekers.merging import merge_owner_into

    alices, browser = logged_in(alice), Client()
    save(alices, "qa")
    save(browser, "tl")
    source = Owner.objects.get(user__isnull=True)
    merge_owner_into(source, Owner.objects.get(user=alice))
    assert current(alice).target_role.slug == "tl"  # changed last
    assert SetAsidePlan.objects.get().target_name == "QA Analyst"
