"""The typing test's clock starts with the first key: the page's script reports when that
was, and the server bounds the report by the time it issued the page."""

import re

import pytest

from careers.drills.models import TypingResult
from careers.drills.tokens import typing_seconds
from tests.drill_factories import TEXT, make_passage

pytestmark = pytest.mark.django_db

TYPED = " ".join(TEXT.split())


def take(client, clock, seconds, first_key=None):
    html = client.get("/drills/typing/").content.decode()
    fields = dict(re.findall(r'name="(token|passage)" value="([^"]*)"', html))
    clock.now += seconds
    data = {**fields, "typed": TYPED}
    if first_key is not None:
        data["first_key"] = first_key
    return client.post("/drills/typing/", data)


def test_the_page_has_a_timer_and_no_desktop_only_advice(client):
    make_passage()
    html = client.get("/drills/typing/").content.decode()
    assert 'name="first_key"' in html and 'id="typing-timer"' in html
    assert "The clock starts with your first key" in html
    assert "js/typing-timer.js" in html
    assert "practise on one if you can" not in html


def test_the_clock_runs_from_the_first_key(client, clock):
    make_passage()
    assert take(client, clock, 90, first_key="30").status_code == 302
    result = TypingResult.objects.get()
    assert result.seconds == 60
    assert result.gross_wpm == pytest.approx(len(TYPED) / 5)


def test_a_first_key_later_than_the_page_is_old_counts_from_the_issue_bound(client, clock):
    make_passage()
    # claims the first key came after the answer was sent: bounded, so no time at all is
    # claimed, and the result is flagged as implausibly fast rather than trusted
    assert take(client, clock, 60, first_key="1799").status_code == 302
    result = TypingResult.objects.get()
    assert result.seconds == 0 and not result.plausible


@pytest.mark.parametrize("value", ["-5", "soon", "99999"])
def test_a_bad_first_key_is_refused(client, clock, value):
    make_passage()
    response = take(client, clock, 60, first_key=value)
    assert response.status_code == 400
    assert "This test page was changed or is incomplete." in response.content.decode()
    assert not TypingResult.objects.exists()


def test_without_a_report_the_clock_ran_from_the_page(client, clock):
    make_passage()
    take(client, clock, 75)
    assert TypingResult.objects.get().seconds == 75


@pytest.mark.parametrize(
    ("elapsed", "first_key", "expected"),
    [(60, None, 60), (60, 10, 50), (60, 0, 60), (60, 60, 0), (60, 500, 0), (60, -3, 60)],
)
def test_the_server_bounds_the_report(elapsed, first_key, expected):
    assert typing_seconds(elapsed, first_key) == expected


def test_the_job_ad_check_knows_the_typing_result(client, clock):
    """With no result: take the test. With one: it is compared, never "take the test"."""
    make_passage()
    ad = {"text": "Hiring chat agents. 40 wpm typing required, night shift."}
    html = client.post("/resume/match/", ad).content.decode()
    assert "the ad asks for 40 words per minute" in html
    assert "Take our typing test" in html
    take(client, clock, 60)  # about 60 net WPM at 100%
    response = client.post("/resume/match/", ad)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your latest typing test: " in html and "which meets it" in html
    assert "Take our typing test" not in html and "Take a free typing test" not in html
