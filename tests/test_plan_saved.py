"""The saved plan: save from a route, milestones from every app, ticks, next actions, a new
target with history, the calendar file, start over, merge on login, privacy, bad input."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from bpoportal.serving import content_version
from careers.plans.milestones import STEPS_MEMO
from careers.plans.models import EarlierTarget, MilestoneTick, Plan
from careers.roles.models import CareerStep
from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY
from tests.conftest import PASSWORD, logged_in
from tests.factories import make_certification, make_metric, make_role, make_skill, make_step
from tests.plugin_app.models import RoleNote

pytestmark = pytest.mark.django_db

IN_TWO_YEARS = (timezone.localdate() + datetime.timedelta(days=730)).isoformat()


@pytest.fixture
def world():
    csr, sme = make_role(slug="csr", name="CSR"), make_role(slug="sme", name="SME", level="mid")
    tl, qa = make_role(slug="tl", name="Team Leader", level="senior"), make_role(slug="qa")
    first = make_step(csr, sme, typical_months=9, months_min=6, months_max=12)
    second = make_step(sme, tl, typical_months=12, months_min=9, months_max=18)
    make_step(csr, qa, typical_months=12)
    first.skills.add(make_skill(slug="typing", name="Typing"))
    second.skills.add(make_skill(slug="coaching", name="Coaching"))
    second.metrics.add(make_metric(slug="aht", abbreviation="AHT"))
    tl.certifications.add(make_certification(slug="copc", name="COPC"))
    RoleNote.objects.create(slug="tl-note", role=tl, text="Lead by example", status="published")
    return {"csr": csr, "sme": sme, "tl": tl, "qa": qa}


def save(client, to="tl", date=IN_TWO_YEARS, route="0", start="csr"):
    return client.post(
        "/plan/save/", {"from": start, "to": to, "route": route, "target_date": date}
    )


def keys(client):
    return [item.milestone.key for item in client.get("/plan/").context["view"].milestones]


def test_save_from_a_route_and_see_the_plan(client, world):
    route_page = client.get("/plan/route/?from=csr&to=tl")
    assert route_page.status_code == 200 and "Make this my plan" in route_page.content.decode()
    response = save(client)
    assert response.status_code == 302 and response["Location"] == "/plan/"
    page = client.get("/plan/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "<strong>Team Leader</strong> by <strong>" in html and "via CSR and SME." in html
    assert "Your next three actions" in html
    assert Plan.objects.get().owner.session_token is not None  # no account needed


def test_milestones_come_from_every_app_including_a_plugin(client, world):
    save(client)
    assert set(keys(client)) == {
        "skill:typing",
        "skill:coaching",
        "kpi:aht",
        "cert:copc",
        "resume:sme",
        "resume:tl",
        "interview:sme",
        "interview:tl",
        "plugin:tl-note",  # tests/plugin_app adds it through hooks.plan_milestones
        "guide:hiring-day",
        "speaking:drills",  # the route reaches a voice role
        "mockcalls:practice",  # and a front-office role
    }
    items = client.get("/plan/").context["view"].milestones
    dates = [item.due for item in items]
    assert dates == sorted(dates)
    two_years = timezone.localdate() + datetime.timedelta(days=730)
    assert timezone.localdate() < dates[0] and dates[-1] <= two_years


@pytest.mark.django_db(transaction=True)  # committed content: the steps are kept
def test_the_plan_follows_a_step_change_though_the_steps_are_kept(client, world):
    save(client)
    assert "skill:typing" in keys(client) and "skill:excel" not in keys(client)
    assert set(content_version.recall(STEPS_MEMO)[1]) == set(Plan.objects.get().step_ids)
    first = CareerStep.objects.get(from_role=world["csr"], to_role=world["sme"])
    first.skills.add(make_skill(slug="excel", name="Excel"))  # a new content version
    assert "skill:excel" in keys(client)


def test_a_date_sooner_than_the_route_warns(client, world):
    soon = (timezone.localdate() + datetime.timedelta(days=60)).isoformat()
    response = save(client, date=soon)
    assert response.status_code == 302
    html = client.get("/plan/").content.decode()
    assert "sooner than this route usually takes (at least 15 months" in html


def test_tick_with_a_note_and_next_actions_move_on(client, world):
    save(client)
    first = client.get("/plan/").context["view"].next_actions[0].milestone.key
    response = client.post("/plan/tick/", {"key": first, "done": "on", "note": "Done in May"})
    assert response.status_code == 302
    view = client.get("/plan/").context["view"]
    assert first not in [item.milestone.key for item in view.next_actions]
    assert MilestoneTick.objects.get(key=first).note == "Done in May"
    me = client.get("/me/")
    assert me.status_code == 200 and "Next actions" in me.content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"key": "skill:not-in-plan", "done": "on"}, "That milestone is not in your plan."),
        ({"key": "skill:typing", "note": "x" * 301}, "Keep the note to 300 characters"),
        ({"done": "on"}, "This field is required."),
    ],
)
def test_bad_ticks_are_400_and_lose_nothing(client, world, data, message):
    save(client)
    client.post("/plan/tick/", {"key": "skill:typing", "done": "on", "note": "kept"})
    response = client.post("/plan/tick/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    tick = MilestoneTick.objects.get(key="skill:typing")
    assert tick.done and tick.note == "kept"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"date": "2020-01-01"}, "Pick a date in the future."),
        ({"date": "2999-01-01"}, "Pick a date within 15 years."),
        ({"date": "next spring"}, "Enter a date like 2028-03-31."),
        ({"route": "7"}, "Select a valid choice."),
        ({"route": "1"}, "That route is not on the map any more"),  # there is only one
        ({"to": "nowhere"}, "We don&#x27;t know that target role."),
        ({"to": "csr"}, "Pick two different roles"),
    ],
)
def test_bad_saves_are_400_and_keep_the_plan(client, world, overrides, message):
    save(client)
    before = Plan.objects.values_list("target_role__slug", "target_date").get()
    response = save(client, **overrides)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Plan.objects.values_list("target_role__slug", "target_date").get() == before


def test_changing_the_target_keeps_history_and_applicable_ticks(client, world):
    save(client)
    client.post("/plan/tick/", {"key": "skill:typing", "done": "on"})
    client.post("/plan/tick/", {"key": "skill:coaching", "done": "on"})
    assert save(client, to="sme").status_code == 302
    earlier = EarlierTarget.objects.get()
    assert earlier.target_name == "Team Leader"
    view = client.get("/plan/").context["view"]
    done = {item.milestone.key for item in view.milestones if item.done}
    assert done == {"skill:typing"}  # coaching belongs to the step no longer on the route
    assert "Earlier targets" in client.get("/plan/").content.decode()


def test_calendar_file_parses_with_a_real_parser(client, world):
    save(client)
    response = client.get("/plan/calendar.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == len(keys(client))
    assert all(isinstance(e.decoded("DTSTART"), datetime.date) for e in events)
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert any("Work on typing." in str(e["SUMMARY"]) for e in events)


def test_start_over_asks_first(client, world):
    save(client)
    confirm = client.get("/plan/start-over/")
    assert confirm.status_code == 200 and "Yes, delete my plan" in confirm.content.decode()
    assert Plan.objects.exists()
    assert client.post("/plan/start-over/").status_code == 302
    assert not Plan.objects.exists()
    assert client.get("/plan/").status_code == 200  # back to where to start


def test_another_owner_never_sees_or_changes_the_plan(client, world, alice, bob):
    alice_client = logged_in(alice)
    save(alice_client)
    bob_client = logged_in(bob)
    page = bob_client.get("/plan/")
    assert page.status_code == 200 and "Find roles that fit" in page.content.decode()
    assert bob_client.post("/plan/tick/", {"key": "skill:typing", "done": "on"}).status_code == 404
    assert bob_client.get("/plan/calendar.ics").status_code == 404
    assert bob_client.post("/plan/start-over/").status_code == 404
    assert Plan.objects.get().owner.user == alice and not MilestoneTick.objects.exists()


def test_login_merges_the_same_plan_keeping_both_sides_ticks(client, world, alice):
    """The same plan on both sides is combined without a question (different ones ask:
    test_plan_merge_choice)."""
    alices = logged_in(alice)
    save(alices, to="tl")
    alices.post("/plan/tick/", {"key": "resume:tl", "done": "on", "note": "account"})
    save(client, to="tl")
    client.post("/plan/tick/", {"key": "skill:typing", "done": "on"})
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    added = client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked
    assert response.status_code == 302 and added["Location"] == "/me/"
    plan = Plan.objects.get()
    assert plan.owner == alice.progress_owner and plan.target_role.slug == "tl"
    assert set(plan.ticks.values_list("key", flat=True)) == {"resume:tl", "skill:typing"}
    assert not Owner.objects.filter(session_token__isnull=False).exists()
    assert SESSION_KEY not in client.session


@pytest.mark.parametrize("url", ["/plan/", "/me/"])
def test_plan_pages_run_a_fixed_number_of_queries(client, world, assert_fixed_queries, url):
    save(client)

    def grow():
        plan, previous = Plan.objects.get(), world["tl"]
        for n in range(10):
            role = make_role(slug=f"extra-{n}", level="senior")
            step = make_step(previous, role, typical_months=3)
            step.skills.add(make_skill())
            step.metrics.add(make_metric())
            role.certifications.add(make_certification())
            plan.step_ids.append(step.pk)
            previous = role
        plan.save()

    # /plan/: one query per app whose milestones show progress (21 with the mock calls)
    assert_fixed_queries(client, url, grow, most=21 if url == "/plan/" else 30)


def test_the_date_limit_is_safe_on_29_february(client, world, monkeypatch):
    from django.utils import timezone as tz

    monkeypatch.setattr(tz, "localdate", lambda: datetime.date(2028, 2, 29))
    response = save(client, date="2030-01-01")
    assert response.status_code == 302


def test_fit_links_plan_a_route_to_the_goal(client, world):
    from tests.plan_factories import make_background

    make_background(world["csr"], slug="retail")
    html = client.get(
        "/plan/fit/?background=retail&goal=lead&nights=yes&home=no&channel=either"
    ).content.decode()
    # someone outside BPO plans getting hired as CSR first, then the route on to the goal
    assert 'href="/plan/route/?from=outside&amp;first=csr&amp;to=tl"' in html


def test_next_actions_link_to_google_and_outlook_calendars(client, world):
    from urllib.parse import parse_qs, urlsplit

    save(client)
    page = client.get("/plan/")
    (item, google, outlook), *_ = page.context["next_actions"]
    html = page.content.decode()
    assert page.status_code == 200 and 'href="/plan/calendar.ics"' in html
    day, after = item.due, item.due + datetime.timedelta(days=1)
    g = urlsplit(google)
    assert g.netloc == "calendar.google.com"
    assert parse_qs(g.query)["dates"] == [f"{day:%Y%m%d}/{after:%Y%m%d}"]
    assert parse_qs(g.query)["text"] == [item.milestone.text]
    o = parse_qs(urlsplit(outlook).query)
    assert o["startdt"] == [day.isoformat()] and o["allday"] == ["true"]
    assert o["subject"] == [item.milestone.text]
    assert google.replace("&", "&amp;") in html


def test_ticking_from_javascript_gets_the_new_count(client, world):
    save(client)
    json = {"HTTP_ACCEPT": "application/json"}
    response = client.post("/plan/tick/", {"key": "skill:typing", "done": "on"}, **json)
    assert response.status_code == 200
    total = len(keys(client))
    assert response.json() == {"done": True, "count": 1, "total": total}
    response = client.post("/plan/tick/", {"key": "skill:typing"}, **json)
    assert response.json() == {"done": False, "count": 0, "total": total}
    response = client.post("/plan/tick/", {"key": "skill:nope", "done": "on"}, **json)
    assert response.status_code == 400
    assert response.json() == {"error": "Not saved: That milestone is not in your plan."}
    page = client.get("/plan/").content.decode()
    assert '<progress id="plan-progress" max="' in page and "0 of " in page
