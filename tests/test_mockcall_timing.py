"""First-response and handle times come from the server's clock; times a browser posts are
ignored (the typing drill's clock, moved by hand)."""

import pytest

from careers.mockcalls.models import MockSession
from tests.mockcall_factories import make_scenario, start

pytestmark = pytest.mark.django_db


def test_times_are_the_servers_and_posted_times_are_ignored(client, clock):
    url = start(client, make_scenario(first_response_seconds=30, handle_seconds=120))
    clock.now += 25
    client.post(
        url + "reply/",
        {"text": "May I have your date of birth?", "sent_at": "2000-01-01T00:00:00Z",
         "started_at": str(clock.now), "first_response_seconds": "1"},
    )  # fmt: skip
    clock.now += 200
    client.post(url + "reply/", {"text": "A bill adjustment it is.", "ended_at": "0", "seconds": 5})
    session = MockSession.objects.get()
    assert session.first_response_seconds == 25
    assert session.handle_seconds == 225
    html = client.get(url + "scorecard/").content.decode()
    assert "<td>25 seconds</td><td>30 seconds (met)</td>" in html
    assert "<td>3 min 45 s</td><td>2 min 00 s</td>" in html  # over this scenario's own target


def test_the_industry_figures_name_their_sources(client):
    url = start(client, make_scenario(channel="call"))
    client.post(url + "end/")
    html = client.get(url + "scorecard/").content.decode()
    assert "Pegamento" in html and "2025" in html
