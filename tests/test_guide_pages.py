"""The hiring and pay guide: pages per country, drafts hidden, sources and years shown, stale
figures marked, role pages linked, no session created, fixed query counts."""

import pytest

from careers.guide.models import PayFigure
from tests.factories import make_role
from tests.guide_factories import THIS_YEAR, make_fact, make_pay, make_stage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "country", "heading"),
    [
        ("/hiring/", "general", "<h1>How BPO hiring works</h1>"),
        ("/hiring/philippines/", "philippines", "<h1>How BPO hiring works in the Philippines</h1>"),
        ("/hiring/india/", "india", "<h1>How BPO hiring works in India</h1>"),
    ],
)
def test_each_country_page_shows_its_stages_and_facts_with_sources(client, url, country, heading):
    make_stage(country, name="Walk-in application")
    make_stage(country, name="Unreviewed stage", status="draft")
    make_fact(country, title="NBI clearance", source_name="NBI", source_url="https://nbi.gov.ph/")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert heading in html
    assert "Walk-in application" in html and "Unreviewed stage" not in html
    assert 'href="https://nbi.gov.ph/"' in html and f"NBI</a>, {THIS_YEAR}" in html
    assert "sessionid" not in response.cookies  # public pages stay cacheable


def test_unknown_country_is_404(client):
    assert client.get("/hiring/atlantis/").status_code == 404
    assert client.get("/hiring/general/").status_code == 404  # the general guide is /hiring/


def test_countries_link_to_each_other(client):
    html = client.get("/hiring/philippines/").content.decode()
    assert 'href="/hiring/india/"' in html and 'href="/hiring/"' in html


def test_pay_shows_every_figure_with_source_year_and_derived_monthly(client):
    csr = make_role(slug="csr", name="CSR")
    make_pay(csr)
    make_pay(csr, country="india", low=250000, high=350000, currency="INR", period="year")
    make_role(slug="coder", name="Medical Coder", level="mid")
    response = client.get("/pay/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "₱18,000 to ₱25,000 a month" in html
    assert "₹2,50,000 to ₹3,50,000 a year" in html  # rupees in lakhs
    assert "about ₹20,833 to ₹29,167 a month, divided by us" in html
    assert html.count(f"Official page</a>, {THIS_YEAR}") == 2
    assert "Roles without a pay figure, and why" in html
    assert "Medical Coder</a></dt><dd>No public source for this role's pay yet." in html


def test_old_sources_are_marked_and_listed_for_staff(client, admin_client):
    csr = make_role(slug="csr", name="CSR")
    make_pay(csr, source_year=THIS_YEAR - 3)
    make_pay(csr, level="experienced", source_year=THIS_YEAR - 2)
    html = client.get("/pay/").content.decode()
    assert html.count("may be out of date") == 1
    assert PayFigure.objects.stale().count() == 1
    listing = admin_client.get("/admin/guide/payfigure/?stale=yes")
    assert listing.status_code == 200 and "1 pay figure" in listing.content.decode()


def test_role_page_links_to_pay_and_hiring(client):
    csr = make_role(slug="csr", name="CSR")
    make_pay(csr)
    response = client.get("/roles/csr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pay and hiring" in html and "₱18,000 to ₱25,000 a month" in html
    assert 'href="/pay/"' in html and 'href="/hiring/philippines/"' in html
    bare = make_role(slug="lead", name="Lead")
    assert "we show no figure" in client.get(f"/roles/{bare.slug}/").content.decode()


def test_a_figure_without_a_source_cannot_be_saved():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        make_pay(make_role(), source_url="")


# /pay/: a page of roles with pay (its count, its rows), their figures, the minimum wages,
# benefits, roles without a figure (with their reasons)
@pytest.mark.parametrize(("url", "most"), [("/hiring/philippines/", 2), ("/pay/", 6)])
def test_guide_pages_run_a_fixed_number_of_queries(client, assert_fixed_queries, url, most):
    make_stage()
    make_pay(make_role())

    def grow():
        for _ in range(20):
            make_stage()
            make_fact(kind="rule")
            make_pay(make_role(), level="experienced")

    assert_fixed_queries(client, url, grow, most=most)


def test_a_saved_plan_gets_a_hiring_day_milestone(client):
    from tests.factories import make_step

    start, target = make_role(slug="student"), make_role(slug="csr")
    make_step(start, target)
    saved = client.post(
        "/plan/save/", {"from": "student", "to": "csr", "route": "0", "target_date": "2030-01-01"}
    )
    assert saved.status_code == 302
    items = client.get("/plan/").context["view"].milestones
    hiring = [item for item in items if item.milestone.key == "guide:hiring-day"]
    assert hiring and hiring[0].milestone.url == "/hiring/"
