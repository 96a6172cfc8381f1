"""The home page is the six-step journey: every step links to its tools, and a job seeker with
progress sees it under the step (in a fixed number of queries)."""

import pytest
from django.utils import timezone

from careers.common.journey import STEPS
from careers.interviews.models import PracticeItem, PracticeSession
from careers.plans.models import Plan
from careers.resumes.models import Tick
from careers.seekers.models import Owner
from tests.conftest import logged_in
from tests.factories import make_csr, make_role
from tests.interview_factories import make_question

pytestmark = pytest.mark.django_db

TOOLS = {
    "goals": ["/plan/", "/roles/?level=entry", "/ladder/"],
    "skills": ["/skills/", "/drills/"],
    "industry": ["/industry/", "/hiring/", "/pay/"],
    "network": ["/network/"],
    "resume": ["/resume/"],
    "interviews": ["/interviews/practice/", "/interviews/"],
}


def _step(html, key):
    start = html.index(f'id="step-{key}"')
    return html[start : html.index("</li>\n    \n", start)]


def test_every_step_in_order_links_to_its_tools(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(f'id="step-{step.key}"') for step in STEPS]
    assert positions == sorted(positions) and len(STEPS) == 6
    for step in STEPS:
        block = _step(html, step.key)
        assert step.title in block
        for url in TOOLS[step.key]:
            assert f'href="{url}"' in block, (step.key, url)
    assert "sessionid" not in response.cookies  # a first visit creates nothing


def test_progress_shows_under_its_step(alice, assert_fixed_queries):
    client = logged_in(alice)
    owner = Owner.objects.create(user=alice)
    role = make_csr()
    session = PracticeSession.objects.create(owner=owner, size=2)
    PracticeItem.objects.create(session=session, question=make_question(), position=1, rating=4)
    PracticeItem.objects.create(session=session, question=make_question(), position=2)
    Tick.objects.create(owner=owner, role=role, key="resume:summary", done=True)
    target = make_role(slug="lead", name="Team Leader", level="leadership")
    today = timezone.localdate()
    Plan.objects.create(
        owner=owner, start_role=role, target_role=target, target_date=today, started_on=today
    )
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 practice answer rated" in _step(html, "interviews")
    assert "1 checklist line ticked" in _step(html, "resume")
    assert "Your goal: Team Leader" in _step(html, "goals")
    assert "practice answer" not in _step(html, "resume")

    def grow():
        for position in range(3, 13):
            PracticeItem.objects.create(
                session=session, question=make_question(), position=position, rating=3
            )
            Tick.objects.create(owner=owner, role=role, key=f"line-{position}", done=True)

    assert_fixed_queries(client, "/", grow, most=10)
    assert "11 practice answers rated" in client.get("/").content.decode()


def test_a_visitor_without_progress_sees_no_progress(client):
    html = client.get("/").content.decode()
    assert "progress-note" not in html


def test_which_job_fits_me_and_the_six_steps_come_first(client):
    html = client.get("/").content.decode()
    fits = html.index('<a class="btn btn-primary" href="/plan/fit/">Which job fits me?</a>')
    assert fits < html.index('id="start"') < html.index('id="about-bpo"')


def test_what_bpo_work_is_has_its_parts_under_it(client):
    """One h2 for the section; its four parts are h3, and no heading repeats the h2's question."""
    html = client.get("/").content.decode()
    about = html[html.index('id="about-bpo"') : html.index("</section>\n</div>\n</section>")]
    assert about.count("<h2") == 0 and about.count("<h3") == 4
    assert "What is BPO?" not in html
