"""The pages this journey changed run a fixed number of SQL queries however much the job
seeker has done: the outside-BPO plan with setbacks and set-aside plans, the route from outside
BPO, /me/ with its charts, and the question at login."""

import datetime

import pytest
from django.utils import timezone

from careers.plans.models import Plan, SetAsidePlan, Setback
from careers.seekers.models import Owner
from careers.speaking.models import Result
from tests.conftest import PASSWORD, logged_in
from tests.drill_factories import make_passage, make_typing_result
from tests.factories import make_role, make_skill, make_step

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def day(n: int) -> str:
    return (TODAY + datetime.timedelta(days=n)).isoformat()


@pytest.fixture
def world():
    csr = make_role(slug="csr", name="CSR", typing_wpm=25, english_level="conversational")
    tl = make_role(slug="tl", name="Team Leader", level="senior")
    make_step(csr, tl, typical_months=18).skills.add(make_skill())
    return {"csr": csr, "tl": tl}


def save_outside(client):
    data = {"from": "outside", "first": "csr", "to": "tl", "route": "0"}
    response = client.post("/plan/save/", data | {"hired_by": day(90), "target_date": day(700)})
    assert response.status_code == 302


def test_the_outside_plan_page_is_fixed(client, world, assert_fixed_queries):
    save_outside(client)
    plan = Plan.objects.get()

    def grow():
        for n in range(8):
            Setback.objects.create(
                plan=plan,
                stage="typing",
                failed_on=TODAY,
                retry_on=TODAY + datetime.timedelta(n + 9),
            )
            SetAsidePlan.objects.create(
                owner=plan.owner, target_name=f"Role {n}", target_date=TODAY, snapshot={}
            )
        for setback in Setback.objects.all():
            client.post("/plan/tick/", {"key": f"retry{setback.pk}:debrief", "done": "on"})

    assert_fixed_queries(client, "/plan/", grow, most=23)  # 22 + the mock calls milestone


def test_the_route_from_outside_is_fixed(client, world, assert_fixed_queries):
    def grow():
        for n in range(15):
            role = make_role(slug=f"entry-{n}")
            make_step(role, world["tl"], typical_months=20 + n).skills.add(make_skill())

    assert_fixed_queries(client, "/plan/route/?from=outside&to=tl", grow, most=14)


def test_me_with_its_charts_is_fixed(client, world, assert_fixed_queries):
    save_outside(client)
    owner = Owner.objects.get()
    passage = make_passage()

    def grow():
        for n in range(12):
            make_typing_result(
                owner, 30 + n, 95, passage=passage, typed_chars=100, errors=0, gross_wpm=30 + n
            )
            Result.objects.create(
                owner=owner, kind="read", prompt="Hi", seconds=9, speaking_seconds=8, wpm=120 + n
            )

    assert_fixed_queries(client, "/me/", grow, most=40)


def test_the_question_at_login_is_fixed(client, world, alice, assert_fixed_queries):
    account = logged_in(alice)
    account.post("/plan/save/", {"from": "csr", "to": "tl", "route": "0", "target_date": day(500)})
    save_outside(client)
    client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert client.post("/me/browser-progress/", {"choice": "add"})["Location"] == "/plan/which/"

    def grow():
        for plan in Plan.objects.all():
            for n in range(10):
                plan.ticks.create(key=f"extra:{n}", done=True)
                Setback.objects.create(
                    plan=plan,
                    stage="final",
                    failed_on=TODAY,
                    retry_on=TODAY + datetime.timedelta(5),
                )

    # two whole plans, each read as the plan page reads it
    assert_fixed_queries(client, "/plan/which/", grow, most=44)
