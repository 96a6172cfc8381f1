"""The industry page and the networking guide: sections in page order, myths with their facts,
organisations by country with links and sources, drafts hidden, no session, fixed queries."""

import pytest
from django.db import IntegrityError

from careers.guide.models import Organisation, Topic
from tests.guide_factories import THIS_YEAR, make_org, make_topic

pytestmark = pytest.mark.django_db


def test_industry_page_shows_sections_in_order_with_myths_and_employers(client):
    make_topic("trends", title="Automation changes the work", order=1)
    make_topic("why", title="Lower costs", order=1)
    make_topic("myths", title="A BPO job is only a temporary gig", body="Many stay for years.")
    make_topic("why", title="Unreviewed reason", status="draft")
    make_org(kind="employer", name="Concentrix", summary="Customer experience work.")
    make_org("india", kind="employer", name="Genpact", summary="Finance and accounting work.")
    make_org(kind="body", name="IBPAP")  # a body belongs on /network/
    response = client.get("/industry/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Why companies outsource") < html.index("Trends and challenges")
    assert "Lower costs" in html and "Unreviewed reason" not in html
    assert "“A BPO job is only a temporary gig”" in html and "The facts:" in html
    assert html.index("In the Philippines") < html.index("Concentrix") < html.index("In India")
    assert html.index("In India") < html.index("Genpact") and "IBPAP" not in html
    assert f"Official page</a>, {THIS_YEAR}" in html
    assert "sessionid" not in response.cookies


def test_network_page_lists_organisations_with_link_cost_and_what_they_offer(client):
    make_org(
        name="Contact Center Association of the Philippines",
        short_name="CCAP",
        kind="body",
        who_can_join="Companies that run contact centres.",
        cost="Free for job seekers to attend its job fairs.",
        offers="Job fairs and *events*.",
        url="https://ccap.ph/",
    )
    make_org("general", name="Toastmasters International", kind="community")
    make_org("general", name="Draft Society", status="draft")
    make_org("general", kind="employer", name="Big Employer")
    make_topic("messages", page="network", title="A note to a team leader", body="> Hi Ana,")
    response = client.get("/network/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<a href="https://ccap.ph/" rel="noopener">Contact Center Association' in html
    assert "(CCAP)" in html and "Free for job seekers" in html and "<em>events</em>" in html
    assert html.index("In the Philippines") < html.index("International")
    assert "Toastmasters International" in html
    assert "Draft Society" not in html and "Big Employer" not in html
    assert "<blockquote>" in html and "Messages you can adapt" in html


def test_empty_pages_say_so(client):
    for url in ("/industry/", "/network/"):
        response = client.get(url)
        assert response.status_code == 200 and "being written" in response.content.decode()


def test_a_topic_stays_on_its_own_page():
    with pytest.raises(IntegrityError):
        make_topic("myths", page="network")


def test_an_organisation_needs_a_link_and_a_source():
    with pytest.raises(IntegrityError):
        make_org(source_url="")
    assert Organisation._meta.get_field("url").blank is False


def test_fixed_queries(client, assert_fixed_queries):
    def grow():
        for n in range(20):
            make_org(kind="employer" if n % 2 else "association")
            make_topic("why")
            make_topic("steps", page="network")

    assert_fixed_queries(client, "/industry/", grow, most=3)
    assert_fixed_queries(client, "/network/", grow, most=3)
    assert Topic.objects.count() == 80
