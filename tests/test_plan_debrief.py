"""The rejection debrief: a stage not passed adds that stage's practice (the plan's own
milestones of its kinds, whatever app adds them) and a re-try date to the plan."""

import datetime

import pytest
from django.utils import timezone

from careers.plans.models import MilestoneTick, Plan, Setback
from tests.conftest import logged_in
from tests.factories import make_role, make_step

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def day(n: int) -> str:
    return (TODAY + datetime.timedelta(days=n)).isoformat()


@pytest.fixture
def planned(client):
    csr = make_role(slug="csr", name="CSR", typing_wpm=30, english_level="conversational")
    tl = make_role(slug="tl", name="Team Leader", level="senior")
    make_step(csr, tl, typical_months=18)
    data = {"from": "outside", "first": "csr", "to": "tl", "route": "0"}
    response = client.post("/plan/save/", data | {"hired_by": day(90), "target_date": day(730)})
    assert response.status_code == 302
    return Plan.objects.get()


def debrief(client, stage, failed=-2, retry=60):
    data = {"stage": stage, "failed_on": day(failed), "retry_on": day(retry)}
    return client.post("/plan/setback/", data)


@pytest.mark.parametrize(
    ("stage", "kinds"),
    [
        ("typing", ["Debrief", "Typing", "Apply"]),
        ("english", ["Debrief", "English", "Speaking", "Apply"]),
        ("initial-interview", ["Debrief", "Interview", "Speaking", "Apply"]),
        ("final", ["Debrief", "Interview", "Resume", "Apply"]),
        # the mock-call app's milestone joins through its own hooks, by its kind
        ("mock-call", ["Debrief", "Mock call", "Speaking", "Apply"]),
    ],
)
def test_each_stage_assigns_its_practice_and_a_retry_date(client, planned, stage, kinds):
    response = debrief(client, stage)
    setback = Setback.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/plan/#setback-{setback.pk}"
    page = client.get("/plan/")
    assert page.status_code == 200
    (found, items), *_ = page.context["view"].retries
    assert found == setback
    assert [item.milestone.kind for item in items] == kinds
    assert items[-1].due == TODAY + datetime.timedelta(days=60)  # the new application
    assert all(TODAY - datetime.timedelta(days=2) < item.due for item in items)
    html = page.content.decode()
    assert f"by {setback.retry_on:%-d %B %Y}" in html
    assert "Before you try again:" in html or stage == "mock-call"


def test_retry_milestones_tick_afresh_and_count_in_the_progress(client, planned):
    client.post("/plan/tick/", {"key": "drills:typing", "done": "on"})
    debrief(client, "typing")
    setback = Setback.objects.get()
    key = f"retry{setback.pk}:drills:typing"
    view = client.get("/plan/").context["view"]
    retry = {item.milestone.key: item for item in view.milestones}[key]
    assert not retry.done  # done once before; practise again
    response = client.post("/plan/tick/", {"key": key, "done": "on"})
    assert response.status_code == 302
    assert MilestoneTick.objects.get(key=key).done
    view = client.get("/plan/").context["view"]
    assert view.done == 2
    ics = client.get("/plan/calendar.ics").content.decode()
    assert "Apply again" in ics


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"stage": "dance-off"}, "Choose one of the stages listed."),
        ({"failed_on": day(5)}, "That date is still to come"),
        ({"retry_on": day(-1)}, "Pick a date in the future."),
        ({"retry_on": "soon"}, "Enter a date like"),
    ],
)
def test_bad_debriefs_get_a_message_and_lose_nothing(client, planned, data, message):
    good = {"stage": "typing", "failed_on": day(-1), "retry_on": day(30)}
    response = client.post("/plan/setback/", good | data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Setback.objects.exists() and Plan.objects.get() == planned


def test_only_the_owner_adds_or_removes_setbacks(client, planned, bob):
    debrief(client, "typing")
    setback = Setback.objects.get()
    other = logged_in(bob)
    assert other.post("/plan/setback/", {"stage": "typing"}).status_code == 404
    assert other.post(f"/plan/setback/{setback.pk}/remove/").status_code == 404
    assert client.post(f"/plan/setback/{setback.pk}/remove/").status_code == 302
    assert not Setback.objects.exists()


def test_a_stage_the_plan_has_nothing_for_still_gets_practice(client):
    chat = make_role(slug="chat", name="Chat Support", channel="non-voice")  # no typing asked
    make_step(chat, make_role(slug="tl", name="Team Leader", level="senior"))
    data = {"from": "outside", "first": "chat", "to": "tl", "route": "0"}
    client.post("/plan/save/", data | {"hired_by": day(90), "target_date": day(730)})
    debrief(client, "typing")
    (_, items), *_ = client.get("/plan/").context["view"].retries
    assert [item.milestone.kind for item in items] == ["Debrief", "Practice", "Apply"]
    assert items[1].milestone.text == (
        "Before you try again: find out what the typing test asked, and practise it until it "
        "feels easy."
    )
