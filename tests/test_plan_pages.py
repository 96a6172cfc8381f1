"""The plan pages: fit with reasons, the route page, bad input, the map, and query counts."""

import xml.etree.ElementTree as ET

import pytest

from careers.roles.models import RemoteWork, ShiftPattern
from tests.factories import make_role, make_role_skill, make_skill, make_step
from tests.plan_factories import make_background

pytestmark = pytest.mark.django_db

FIT = "/plan/fit/?background={}&goal={}&nights={}&home={}&channel={}"


@pytest.fixture
def world():
    empathy, typing, crm = (
        make_skill(slug=s, name=s.title()) for s in ["empathy", "typing", "crm"]
    )
    csr = make_role(
        slug="csr",
        name="CSR",
        shift_pattern=ShiftPattern.NIGHTS,
        remote_work=RemoteWork.ONSITE,
        typing_wpm=35,
        typing_accuracy=95,
    )
    chat = make_role(
        slug="chat",
        name="Chat Agent",
        channel="non-voice",
        shift_pattern=ShiftPattern.DAYS,
        remote_work=RemoteWork.REMOTE,
    )
    data = make_role(
        slug="data-entry",
        name="Data Entry",
        office="back",
        channel="non-voice",
        shift_pattern=ShiftPattern.DAYS,
        remote_work=RemoteWork.HYBRID,
    )
    tl = make_role(slug="tl", name="Team Leader", level="senior")
    for role in (csr, chat):
        make_role_skill(role, empathy)
        make_role_skill(role, crm)
    make_role_skill(data, typing)
    make_step(csr, tl, typical_months=18, months_min=12, months_max=24)
    make_step(chat, tl, typical_months=24)
    retail = make_background(csr, slug="retail", name="Retail", skills=[empathy])
    return {"csr": csr, "chat": chat, "data": data, "tl": tl, "retail": retail}


def names(response):
    return [fit.role.slug for fit in response.context["fits"]]


def test_fit_ranks_with_reasons_and_clashes(client, world):
    response = client.get(FIT.format("retail", "lead", "no", "yes", "either"))
    assert response.status_code == 200
    html = response.content.decode()
    # CSR clashes twice (nights, on-site), so it ranks below the roles that don't.
    assert names(response)[-1] == "csr"
    assert "Mostly night shifts, and you said you can&#x27;t work nights." in html
    assert "Mostly on-site, and you need to work from home." in html
    assert "Leads to Team Leader in about 24 months." in html
    assert "Typing: 35 words a minute at 95% accuracy." in html
    assert "A natural first step from retail" in html
    assert "Rate your skills" in html


def test_ratings_change_the_reasons(client, world):
    base = FIT.format("retail", "customers", "yes", "no", "either")
    response = client.get(base + "&r-empathy=3&r-crm=2")
    assert response.status_code == 200
    csr = next(fit for fit in response.context["fits"] if fit.role.slug == "csr")
    assert {s.slug for s in csr.have} == {"empathy", "crm"}
    assert not csr.missing


def test_all_rated_the_same_is_flagged(client, world):
    for n in range(3):
        make_role_skill(world["csr"], make_skill(slug=f"extra-{n}"))
    ratings = "".join(f"&r-{s}=3" for s in ["empathy", "crm", "extra-0", "extra-1", "extra-2"])
    response = client.get(FIT.format("retail", "lead", "yes", "no", "either") + ratings)
    assert response.status_code == 200
    assert "You rated every skill the same" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (FIT.format("nobody", "lead", "yes", "no", "either"), "Choose one of the backgrounds"),
        (FIT.format("retail", "rule-the-world", "yes", "no", "either"), "Select a valid choice"),
        (FIT.format("retail", "lead", "yes", "no", "either") + "&r-empathy=7", "valid choice"),
        (FIT.format("retail", "lead", "yes", "no", "either") + "&r-hacking=3", "only ask about"),
    ],
)
def test_bad_fit_input_is_a_400_with_a_message(client, world, query, message):
    response = client.get(query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_in_bpo_needs_a_current_role_and_then_suggests_next_steps(client, world):
    bpo = make_background(slug="in-bpo", name="Already in BPO", in_bpo=True)
    query = FIT.format(bpo.slug, "lead", "yes", "no", "either")
    response = client.get(query)
    assert response.status_code == 400
    assert "Pick the role you do now" in response.content.decode()
    response = client.get(query + "&current_role=csr")
    assert response.status_code == 200 and names(response) == ["tl"]


def test_route_page_shows_steps_range_and_highlighted_map(client, world):
    response = client.get("/plan/route/?from=csr&to=tl")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>From CSR to Team Leader</h1>" in html
    assert "The quickest route" in html and "12 to 24 months" in html
    svg = html[html.index("<svg") : html.index("</svg>") + 6]
    tree = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    highlighted = [a.get("href") for a in tree.iter(f"{ns}a") if "is-route" in a.get("class")]
    assert sorted(highlighted) == ["/roles/csr/", "/roles/tl/"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?from=csr&to=nowhere", "We don&#x27;t know that target role."),
        ("?from=&to=tl", "This field is required."),
        ("?from=csr&to=csr", "Pick two different roles"),
    ],
)
def test_bad_route_input_is_a_400_with_a_message(client, world, query, message):
    response = client.get("/plan/route/" + query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_route_form_alone_and_with_a_target(client, world):
    response = client.get("/plan/route/?to=tl")
    assert response.status_code == 200
    assert 'value="tl" selected' in response.content.decode()


def test_no_route_suggests_the_nearest_reachable_role(client, world):
    response = client.get("/plan/route/?from=tl&to=csr")
    assert response.status_code == 200
    assert "There is no route on the map from Team Leader to CSR" in response.content.decode()


def test_ladder_map_is_valid_svg_whose_links_all_resolve(client, world):
    response = client.get("/ladder/")
    assert response.status_code == 200
    html = response.content.decode()
    tree = ET.fromstring(html[html.index("<svg") : html.index("</svg>") + 6])
    links = [a.get("href") for a in tree.iter("{http://www.w3.org/2000/svg}a")]
    assert len(links) == 4
    for link in links:
        assert client.get(link).status_code == 200, link
    lines = tree.iter("{http://www.w3.org/2000/svg}line")
    assert {line.get("class").split()[1] for line in lines} == {"map-step-promotion"}


def test_role_page_shows_facts_and_the_plan_section(client, world):
    response = client.get("/roles/csr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>CSR</h1>" in html
    assert "Mostly nights" in html and "35 words a minute at 95% accuracy" in html
    assert "People often come to this role from: <strong>retail</strong>" in html
    assert 'href="/plan/route/?to=csr"' in html


@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/plan/", 1),
        ("/plan/fit/", 2),
        ("/plan/fit/?background=retail&goal=lead&nights=no&home=yes&channel=either", 11),
        ("/plan/route/?from=csr&to=tl", 10),
        ("/ladder/", 4),
    ],
)
def test_plan_pages_run_a_fixed_number_of_queries(client, world, assert_fixed_queries, url, most):
    def grow():
        for n in range(25):
            role = make_role(slug=f"grown-{n}")
            make_role_skill(role, make_skill())
            make_step(world["csr"], role, typical_months=30 + n)
            make_step(role, world["tl"], typical_months=12)
            make_background(role, skills=[make_skill()])

    assert_fixed_queries(client, url, grow, most=most)
