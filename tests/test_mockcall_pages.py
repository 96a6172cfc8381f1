"""The public pages: the list of scenarios, a scenario's brief, the menu, site search, the home
page's journey, a saved plan's role-play milestone and the owner's cap."""

import pytest

from careers.mockcalls.models import MockSession
from tests.factories import make_role, make_step
from tests.mockcall_factories import make_scenario, start

pytestmark = pytest.mark.django_db


def test_the_index_lists_published_scenarios_by_track(client):
    make_scenario(title="Double charge", track="csr")
    make_scenario(title="Router down", track="tech", channel="call")
    make_scenario(title="Hidden draft", status="draft")
    response = client.get("/mock-call/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Customer service" in html and "Technical support" in html
    assert "Double charge" in html and "Router down" in html and "(call)" in html
    assert "Hidden draft" not in html
    assert 'href="/mock-call/"' in client.get("/").content.decode()  # the menu


def test_a_scenario_brief_shows_the_scorecard_lines_but_not_the_hidden_facts(client):
    scenario = make_scenario(title="Double charge", first_response_seconds=45)
    response = client.get(f"/mock-call/{scenario.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "A <strong>problem</strong>." in html  # Markdown
    assert "Verification" in html and "Close" in html
    assert "first reply within 45 seconds" in html
    assert "A secret." not in html
    assert '<button type="submit" class="btn btn-primary">Start the chat</button>' in html
    assert client.get("/mock-call/no-such-scenario/").status_code == 404


def test_the_seeded_email_scenario_is_labelled_email_everywhere(seed, client):
    """It was listed as "(chat)": the channel had no email value."""
    response = client.get("/mock-call/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "A damaged rice cooker, by email</a> <span" in html
    listed = html[html.index("A damaged rice cooker, by email</a>") :]
    assert listed.split("</li>")[0].endswith("(email)</span>")
    brief = client.get("/mock-call/damaged-item-email/")
    assert brief.status_code == 200
    assert "<p><strong>Email</strong> · Customer service</p>" in brief.content.decode()
    session = client.get(client.post("/mock-call/damaged-item-email/")["Location"])
    assert session.status_code == 200
    page = session.content.decode()
    assert ">The emails</h2>" in page and ">The chat</h2>" not in page
    assert "End the email now" in page and MockSession.objects.get().channel == "email"


def test_site_search_finds_a_scenario(client):
    make_scenario(title="Router down after a brownout")
    html = client.get("/search/?q=brownout").content.decode()
    assert "Router down after a brownout" in html


def test_the_home_page_journey_links_to_mock_calls(client):
    url = start(client, make_scenario())
    client.post(url + "end/")
    html = client.get("/").content.decode()
    assert "Role-play a customer call or chat" in html
    assert "1 mock call finished" in html


def test_a_saved_plan_gets_a_role_play_milestone(client):
    csr = make_role(slug="csr", name="CSR")
    make_step(make_role(slug="trainee", office="back", channel="non-voice"), csr)
    url = start(client, make_scenario())
    client.post(url + "end/")
    client.post("/plan/save/", {"from": "trainee", "to": "csr", "route": "0",
                                "target_date": "2030-01-01"})  # fmt: skip
    milestones = client.get("/plan/").context["view"].milestones
    item = next(m for m in milestones if m.milestone.key == "mockcalls:practice")
    assert item.milestone.progress == "1 mock call finished"
    assert item.milestone.url == "/mock-call/"


def test_at_the_cap_a_new_session_is_refused_with_a_message(client):
    from careers.common import hooks

    scenario = make_scenario()
    start(client, scenario)
    cap = hooks.cap_for(MockSession)
    owner = MockSession.objects.get().owner
    MockSession.objects.bulk_create(
        MockSession(owner=owner, title="x", channel="chat", started_at=owner.last_seen,
                    first_response_target=30, handle_target=60)
        for _ in range(cap.cap - 1)
    )  # fmt: skip
    response = client.post(f"/mock-call/{scenario.slug}/", follow=True)
    assert "the most we store for one person" in response.content.decode()
    assert MockSession.objects.count() == cap.cap


def test_spoken_replies_share_the_recordings_rate_limit(client, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "recordings": "1/m"}
    url = start(client, make_scenario(channel="call"))
    client.post(url + "spoken/", {})
    response = client.post(url + "spoken/", {})
    assert response.status_code == 429 and response["Retry-After"]
