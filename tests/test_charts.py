"""The server-drawn charts: every number in a chart is the stored result (as the table beside
it prints it), on /me/ (typing speed and accuracy, speaking pace) and the plan's timeline."""

import datetime
import re

import pytest
from django.utils import timezone

from careers.drills.models import TypingResult
from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY
from careers.speaking.models import Result
from tests.drill_factories import make_passage, make_typing_result
from tests.factories import make_role, make_step

pytestmark = pytest.mark.django_db

TYPING = [(31.5, 92.5), (42.4, 95.0), (55.6, 97.49)]  # (net WPM, accuracy), oldest first
PACES = [118.5, 0, 131.2, 149.9]  # 0: too few words heard, no pace


@pytest.fixture
def owner(client):
    owner = Owner.objects.create(session_token=Owner.new_token())
    session = client.session
    session[SESSION_KEY] = str(owner.session_token)
    session.save()
    return owner


def titles(svg: str, name: str) -> list[str]:
    return re.findall(rf"<title>[^<]*: {name} (\d+)%?</title>", svg)


def test_typing_chart_and_table_show_the_stored_results(client, owner):
    passage = make_passage()
    for wpm, accuracy in TYPING:
        make_typing_result(owner, wpm, accuracy, passage=passage, gross_wpm=wpm + 1)
    page = client.get("/me/")
    html = page.content.decode()
    assert page.status_code == 200
    svg = html[html.index('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') :]
    svg = svg[: svg.index("</svg>")]
    stored = list(TypingResult.objects.order_by("created_at", "pk"))
    assert titles(svg, "Net WPM") == [f"{r.net_wpm:.0f}" for r in stored] == ["32", "42", "56"]
    assert titles(svg, "Accuracy") == ["93", "95", "97"]  # as the table rounds them
    table = html[html.index('class="table table-sm chart-table typing-history"') :]
    cells = re.findall(r"<td>(\d+)%?</td>", table[: table.index("</table>")])
    assert cells == ["32", "93", "42", "95", "56", "97"]


def test_speaking_pace_chart_shows_the_measured_recordings(client, owner):
    for wpm in PACES:
        Result.objects.create(
            owner=owner, kind="read", prompt="Hello", seconds=10, speaking_seconds=9, wpm=wpm
        )
    html = client.get("/me/").content.decode()
    start = html.index('aria-label="Speaking pace')
    svg = html[start : html.index("</svg>", start)]
    assert titles(svg, "Pace") == ["119", "131", "150"]  # the unmeasured one is left out
    for pace in ("119 words a minute", "131 words a minute", "150 words a minute"):
        assert pace in html  # the list beside it


def test_the_plan_timeline_has_a_dot_per_milestone_on_its_date(client):
    csr = make_role(slug="csr", name="CSR", typing_wpm=25)
    make_step(csr, make_role(slug="tl", name="Team Leader", level="senior"))
    today = timezone.localdate()
    client.post(
        "/plan/save/",
        {
            "from": "outside",
            "first": "csr",
            "to": "tl",
            "route": "0",
            "hired_by": (today + datetime.timedelta(days=60)).isoformat(),
            "target_date": (today + datetime.timedelta(days=500)).isoformat(),
        },
    )
    client.post("/plan/tick/", {"key": "drills:typing", "done": "on"})
    page = client.get("/plan/")
    html = page.content.decode()
    items = page.context["view"].milestones
    dots = re.findall(r'class="timeline-mark is-(done|open)"[^>]*><title>([^<]*)</title>', html)
    assert len(dots) == len(items) > 5
    for (state, title), item in zip(dots, items, strict=True):
        assert title.startswith(f"{item.due:%-d %b %Y}: ")
        assert state == ("done" if item.done else "open")
        assert f"by {item.due:%-d %b %Y}" in html  # the list gives the same date
    assert "Get hired as CSR: " in html
