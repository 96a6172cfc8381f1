"""The job seeker's own pages read every app's rows together (careers.common.reads): /me/,
/plan/ and /plan/which/ run the same few SQL statements however many apps add to them and
however much progress there is, and show exactly what reading each app's rows on its own
shows."""

import re

import pytest

from careers.common import reads
from careers.plans.models import Plan
from careers.seekers.models import Owner
from tests.conftest import PASSWORD, logged_in
from tests.factories import make_role, make_step
from tests.owner_progress import add_progress, make_world, save_plan

pytestmark = pytest.mark.django_db

# Each page's statements: finding the owner (and the account), the plan, then one statement
# per round of reads: every app's first reads, then what those reads lead to (a checklist's
# roles, a plan's skills, their learning resources, every app's milestones for the plan).
ME_ANONYMOUS = 0  # nobody: no owner to read anything for
ME_EMPTY = 4  # owner, plan; the sections' reads, the checklists' roles
ME_FULL = 6  # owner, plan; sections and plan steps, steps' links, resources, milestones
PLAN = 6  # owner, plan; steps and ticks, steps' links, resources, milestones
WHICH = 8  # user, browser owner, account owner, both plans; the same four rounds for both


@pytest.fixture
def world():
    return make_world()


def me_with_everything(client, world) -> Owner:
    save_plan(client, outside=True)
    owner = Owner.objects.get(user=None)
    add_progress(owner, world)
    return owner


def get(client, url, django_assert_num_queries, count):
    with django_assert_num_queries(count):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_me_without_an_owner(client, world, django_assert_num_queries):
    html = get(client, "/me/", django_assert_num_queries, ME_ANONYMOUS)
    assert "Plugin notes kept" in html


def test_me_of_an_owner_with_nothing_yet(client, world, django_assert_num_queries):
    Owner.objects.create(session_token=Owner.new_token())
    session = client.session
    session["progress_owner_token"] = str(Owner.objects.get().session_token)
    session.save()
    html = get(client, "/me/", django_assert_num_queries, ME_EMPTY)
    assert "Plugin notes kept" in html and "0 notes kept." in html


def test_me_with_progress_in_every_app_stays_at_six(client, world, django_assert_num_queries):
    owner = me_with_everything(client, world)
    html = get(client, "/me/", django_assert_num_queries, ME_FULL)
    for shown in ("Billing", "Ad ", "Team Leader", "1 notes kept.", "WPM", "Empathy"):
        assert shown in html, shown
    add_progress(owner, world, rows=25)
    again = get(client, "/me/", django_assert_num_queries, ME_FULL)
    assert again.count("Ad ") > html.count("Ad ")  # more to show, the same statements


def test_plan_with_and_without_setbacks(client, world, django_assert_num_queries):
    save_plan(client, outside=True)
    html = get(client, "/plan/", django_assert_num_queries, PLAN)
    for kind in ("Typing", "English", "Speaking", "Mock call", "Resume", "Read: Lead a team"):
        assert kind in html, kind
    add_progress(Plan.objects.get().owner, world, rows=20)  # 20 setbacks, ticks and the rest
    html = get(client, "/plan/", django_assert_num_queries, PLAN)
    assert "20 speaking drills done" in html


def test_which_plan_at_login(client, world, alice, django_assert_num_queries):
    make_step(world["csr"], make_role(slug="qa", name="QA Analyst"), typical_months=12)
    save_plan(logged_in(alice), to="qa")
    save_plan(client, outside=True)
    client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert client.post("/me/browser-progress/", {"choice": "add"})["Location"] == "/plan/which/"
    html = get(client, "/plan/which/", django_assert_num_queries, WHICH)
    assert "Team Leader by" in html and "QA Analyst by" in html
    for owner in Owner.objects.all():
        add_progress(owner, world, rows=10)
    get(client, "/plan/which/", django_assert_num_queries, WHICH)


def one_by_one(querysets):
    """What the pages read before: each queryset on its own, through the ORM."""
    return [list(queryset) for queryset in querysets]


def without_tokens(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_the_pages_show_what_reading_each_app_alone_shows(
    client, world, alice, monkeypatch, django_assert_max_num_queries
):
    """The rows come back from JSON: the pages must not differ by a character from the same
    pages read one queryset at a time (dates, decimals, JSON fields, annotations, prefetches)."""
    make_step(world["csr"], make_role(slug="qa", name="QA Analyst"), typical_months=12)
    save_plan(logged_in(alice), to="qa")
    owner = me_with_everything(client, world)
    add_progress(owner, world, rows=4)
    assert "Saved: this is your plan." in client.get("/me/").content.decode()  # shown once
    together = {url: client.get(url).content.decode() for url in ("/me/", "/plan/")}
    monkeypatch.setattr(reads, "read_all", one_by_one)
    with django_assert_max_num_queries(100) as each:
        alone = {url: client.get(url).content.decode() for url in ("/me/", "/plan/")}
    assert len(each) > 2 * (ME_FULL + PLAN)  # it did read them one by one
    for url, html in together.items():
        assert "Team Leader" in html
        assert without_tokens(html) == without_tokens(alone[url]), url
    client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    client.post("/me/browser-progress/", {"choice": "add"})
    alone = client.get("/plan/which/").content.decode()
    monkeypatch.undo()
    together = client.get("/plan/which/").content.decode()
    assert "QA Analyst by" in together
    assert without_tokens(together) == without_tokens(alone)
