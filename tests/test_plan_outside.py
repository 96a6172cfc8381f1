"""A plan from outside BPO: getting hired into the first role comes first, with the milestones
every app adds for that role's level, dated up to the job seeker's own "hired by" date; then
the promotions. Names keep their capitals ("Work on KPI management")."""

import datetime

import pytest
from django.utils import timezone

from careers.plans.milestones import in_sentence
from careers.plans.models import Plan
from tests.factories import make_role, make_skill, make_step

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
IN_3_MONTHS = (TODAY + datetime.timedelta(days=90)).isoformat()
IN_2_YEARS = (TODAY + datetime.timedelta(days=730)).isoformat()


@pytest.fixture
def world():
    csr = make_role(
        slug="csr", name="CSR", typing_wpm=25, typing_accuracy=90, english_level="conversational"
    )
    chat = make_role(slug="chat", name="Chat Support", channel="non-voice", typing_wpm=35)
    tl = make_role(slug="tl", name="Team Leader", level="senior")
    step = make_step(csr, tl, typical_months=18, months_min=12, months_max=24)
    step.skills.add(make_skill(slug="kpi-management", name="KPI management"))
    make_step(chat, tl, typical_months=30)
    return {"csr": csr, "chat": chat, "tl": tl}


def save(client, first="csr", to="tl", hired_by=IN_3_MONTHS, date=IN_2_YEARS):
    data = {"from": "outside", "first": first, "to": to, "route": "0", "target_date": date}
    if hired_by:
        data["hired_by"] = hired_by
    return client.post("/plan/save/", data)


def test_the_route_page_offers_im_not_in_bpo_yet(client, world):
    page = client.get("/plan/route/")
    assert page.status_code == 200
    assert '<option value="outside">I&#x27;m not in BPO yet</option>' in page.content.decode()
    page = client.get("/plan/route/?from=outside&to=tl")
    html = page.content.decode()
    assert page.status_code == 200
    assert "From outside BPO to Team Leader" in html
    # the quickest way in starts as CSR (18 months on), the other as Chat Support (30)
    assert html.index("start as CSR") < html.index("start as Chat Support")
    assert "Typing: 25 words a minute at 90% accuracy." in html
    assert 'name="first" value="csr"' in html and 'name="hired_by"' in html


def test_the_plan_starts_with_getting_hired_then_the_promotions(client, world):
    response = save(client)
    assert response.status_code == 302, response.content.decode()
    plan = Plan.objects.get()
    assert plan.from_outside and plan.start_role == world["csr"]
    assert plan.hired_by == TODAY + datetime.timedelta(days=90)
    page = client.get("/plan/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Step 1: get hired as CSR" in html and "Step 2: CSR → Team Leader" in html
    assert "starting outside BPO" in html
    view = page.context["view"]
    first = {item.milestone.key: item for item in view.milestones if item.milestone.step == 0}
    # getting hired, from every app's hook at the level CSR asks for, plus the plans app's own
    assert {
        "drills:typing",
        "drills:english",
        "speaking:drills",
        "resume:csr",
        "interview:csr",
        "guide:hiring-day",
        "firstjob:apply:csr",
    } <= set(first)
    assert "Reach 25 words a minute at 90%" in first["drills:typing"].milestone.text
    english = first["drills:english"].milestone.text
    assert english == (
        "Practise for the English assessment until you reach good conversational English (B2), "
        "then book the test."
    )
    hired_by = plan.hired_by
    assert all(TODAY < item.due <= hired_by for item in first.values())
    later = [item for item in view.milestones if item.milestone.step == 1]
    assert later and all(item.due > hired_by for item in later)
    assert "Work on KPI management." in html and "kPI" not in html


def test_first_job_as_the_target_needs_one_date(client, world):
    response = save(client, to="csr", hired_by=None, date=IN_3_MONTHS)
    assert response.status_code == 302
    plan = Plan.objects.get()
    assert plan.step_ids == [] and plan.hired_by == plan.target_date
    page = client.get("/plan/")
    assert page.status_code == 200 and "Step 1: get hired as CSR" in page.content.decode()


def test_first_job_as_the_target_with_a_past_date_gets_one_message(client, world):
    response = save(client, to="csr", hired_by=None, date="2020-01-01")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Pick a date in the future." in html
    assert "Pick the date you want to be hired by." not in html  # there is no second date
    assert not Plan.objects.exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"first": ""}, "Pick the first job to apply for."),
        ({"first": "tl"}, "We don&#x27;t know that first job."),  # not an entry role
        ({"hired_by": ""}, "Pick the date you want to be hired by."),
        ({"hired_by": IN_2_YEARS, "target_date": IN_3_MONTHS}, "Pick a hiring date before"),
        ({"hired_by": "2001-01-01"}, "Pick a date in the future."),
    ],
)
def test_bad_outside_plans_are_refused_with_a_message(client, world, change, message):
    data = {"from": "outside", "first": "csr", "to": "tl", "route": "0"}
    data |= {"target_date": IN_2_YEARS, "hired_by": IN_3_MONTHS} | change
    response = client.post("/plan/save/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Plan.objects.exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("KPI management", "KPI management"),
        ("Customer focus", "customer focus"),
        ("CRM software", "CRM software"),
        ("English writing", "English writing"),
        ("PCI DSS awareness", "PCI DSS awareness"),
    ],
)
def test_names_read_right_mid_sentence(name, expected):
    assert in_sentence(name) == expected


def test_a_made_up_first_job_gets_a_message(client, world):
    response = client.get("/plan/route/?from=outside&first=astronaut&to=tl")
    assert response.status_code == 400
    assert "We don&#x27;t know that first job." in response.content.decode()
    page = client.get("/plan/route/?from=outside&first=chat&to=tl")
    assert page.status_code == 200 and 'name="first" value="chat"' in page.content.decode()
    assert "start as Chat Support" in page.content.decode()
    assert "start as CSR" not in page.content.decode()  # the chosen first job only
