"""Grow without slowing: with far more content than any page shows at once, every list that
grows is split into pages or cut to its first few with a link to the rest, and each page keeps
the SQL query count it had with a handful of rows. Bad ?page= values never give a 500.

The content is made in bulk (no per-row signals), so each test stays quick.
"""

import random
import re
from urllib.parse import quote

import pytest

from careers.common.models import Status
from careers.drills.views import TYPING_ROLES_ON_A_RESULT, TYPING_ROLES_PER_PAGE
from careers.guide.models import PayFigure
from careers.guide.views import MISSING_NAMED, PAY_ROLES_PER_PAGE
from careers.interviews.models import Question
from careers.interviews.views import PER_PAGE as QUESTIONS_PER_PAGE
from careers.resumes.views import ROLES_PER_LEVEL
from careers.roles import careermap
from careers.roles.models import LEVEL_ORDER, CareerStep, Role
from careers.roles.views import (
    CERTIFICATION_ROLES,
    HOME_ROLES_PER_OFFICE,
    LADDER_PER_PAGE,
    ROLES_PER_PAGE,
    SHORT_LIST,
)
from careers.search import views as search_views
from careers.search.indexing import rebuild
from careers.skills import views as skill_views
from careers.skills.models import RoleSkill, Skill
from tests.drill_factories import TEXT, make_passage
from tests.factories import (
    make_certification,
    make_metric,
    make_role,
    make_role_skill,
    make_skill,
    make_step,
)
from tests.guide_factories import SOURCE, THIS_YEAR, make_pay
from tests.interview_factories import make_question

pytestmark = pytest.mark.django_db

ROLES, STEPS, SKILLS, QUESTIONS = 130, 400, 300, 300
BAD_PAGES = ["x", "0", "-1", "99999", "1e3", "\x00", "\u0663", "2.5", " 2", "9" * 40, ""]


@pytest.fixture
def world():
    """A handful of rows: each list below has something in it before it grows."""
    skill, metric, cert = make_skill(slug="hub"), make_metric(slug="aht"), make_certification()
    csr = make_role(slug="csr", name="CSR", typing_wpm=30)
    back = make_role(slug="encoder", name="Encoder", office="back", channel="non-voice")
    lead = make_role(slug="lead", name="Team Leader", level="senior")
    coder = make_role(slug="coder", name="Coder", level="mid", office="back")  # no pay: "missing"
    for role in (csr, back, lead, coder):
        make_role_skill(role, skill)
        role.metrics.add(metric)
        role.certifications.add(cert)
    make_step(csr, lead)
    make_pay(csr)
    make_question(csr)
    make_passage()
    return {"skill": skill, "metric": metric, "cert": cert, "csr": csr, "lead": lead}


def grow_all(world):
    """130 roles, 400 steps, 300 skills and 300 questions, all linked to the world's skill,
    KPI and certification: more than one page of everything."""

    def grow():
        rng = random.Random(18)
        roles = Role.objects.bulk_create(
            Role(
                slug=f"grown-{i}",
                name=f"Grown role {i:03}",
                summary="Answers customers.",
                what_they_do="- Works",
                office=["front", "back"][i // len(LEVEL_ORDER) % 2],
                channel="voice",
                level=LEVEL_ORDER[i % len(LEVEL_ORDER)],
                industry="healthcare" if i % 5 == 0 else "",
                typing_wpm=25 + i % 30,
                status=Status.PUBLISHED,
            )
            for i in range(ROLES)
        )
        pairs = set()
        while len(pairs) < STEPS:
            a, b = rng.sample(range(ROLES), 2)
            if roles[a].level_rank <= roles[b].level_rank:
                pairs.add((a, b))
        CareerStep.objects.bulk_create(
            CareerStep(
                from_role=roles[a],
                to_role=roles[b],
                typical_months=12,
                what_it_takes="Hit your KPIs.",
                status=Status.PUBLISHED,
            )
            for a, b in pairs
        )
        skills = Skill.objects.bulk_create(
            Skill(
                slug=f"grown-skill-{n}",
                name=f"Grown skill {n:03}",
                kind=["soft", "technical", "domain", "language"][n % 4],
                description="A skill.",
                status=Status.PUBLISHED,
            )
            for n in range(SKILLS)
        )
        RoleSkill.objects.bulk_create(
            RoleSkill(role=role, skill=skill, importance=["essential", "helpful"][i % 2])
            for i, role in enumerate(roles)
            for skill in (world["skill"], skills[i])
        )
        Role.metrics.through.objects.bulk_create(
            Role.metrics.through(role=role, metric=world["metric"]) for role in roles
        )
        Role.certifications.through.objects.bulk_create(
            Role.certifications.through(role=role, certification=world["cert"]) for role in roles
        )
        PayFigure.objects.bulk_create(
            PayFigure(
                slug=f"grown-pay-{i}",
                role=role,
                country="philippines",
                level="entry",
                low=18000,
                high=25000,
                currency="PHP",
                period="month",
                source_year=THIS_YEAR,
                status=Status.PUBLISHED,
                **SOURCE,
            )
            for i, role in enumerate(roles)
            if i % 3  # the others are "missing" a figure
        )
        Question.objects.bulk_create(
            Question(
                slug=f"grown-q-{n}",
                text=f"Grown question {n}?",
                category="behavioural",
                looking_for="An example.",
                status=Status.PUBLISHED,
            )
            for n in range(QUESTIONS)
        )

    return grow


def count(html: str, marker: str) -> int:
    """How many times a pattern (a regular expression) occurs."""
    return len(re.findall(marker, html))


ROLE_LINK = r'<li><a href="/roles/[\w-]+/">'  # not the menu's /roles/
# (url, what marks one item of the list in the HTML, items per page, most SQL queries)
PAGINATED = [
    ("/roles/", 'class="role-card"', ROLES_PER_PAGE, 2),
    ("/roles/?office=back", 'class="role-card"', ROLES_PER_PAGE, 2),
    ("/roles/?certification={cert}", 'class="role-card"', ROLES_PER_PAGE, 3),
    ("/ladder/", 'class="ladder-role"', LADDER_PER_PAGE, 4),
    ("/ladder/?track=back", 'class="ladder-role"', LADDER_PER_PAGE, 4),
    ("/skills/", r'<li><a href="/skills/[\w-]+/">', skill_views.SKILLS_PER_PAGE, 2),
    ("/skills/?kind=soft", r'<li><a href="/skills/[\w-]+/">', skill_views.SKILLS_PER_PAGE, 2),
    ("/skills/hub/", ROLE_LINK, skill_views.ROLES_PER_PAGE, 4),
    ("/metrics/aht/", ROLE_LINK, SHORT_LIST, 3),
    ("/drills/", 'class="standing ', TYPING_ROLES_PER_PAGE, 2),
    ("/pay/", '<article class="role-pay"', PAY_ROLES_PER_PAGE, 6),  # + the minimum wages
    ("/interviews/", '<li class="border-bottom', QUESTIONS_PER_PAGE, 3),
]


@pytest.mark.parametrize(("url", "marker", "per_page", "most"), PAGINATED)
def test_growing_lists_are_paginated_with_fixed_queries(
    client, world, assert_fixed_queries, url, marker, per_page, most
):
    url = url.format(cert=world["cert"].slug)
    assert_fixed_queries(client, url, grow_all(world), most=most)

    first = client.get(url)
    html = first.content.decode()
    page = first.context["page"]
    assert page.paginator.num_pages > 1, "the test content should fill more than one page"
    assert count(html, marker) == per_page
    assert '<nav aria-label="Pages of' in html
    # The next page's link keeps the filters, and page 2 shows other items.
    query = url.partition("?")[2]
    assert f'href="?{query + "&amp;" if query else ""}page=2' in html
    joiner = "&" if query else "?"
    second = client.get(f"{url}{joiner}page=2")
    assert second.status_code == 200 and second.context["page"].number == 2
    assert 'rel="prev"' in second.content.decode()
    assert list(second.context["page"].object_list) != list(page.object_list)
    assert 0 < count(second.content.decode(), marker) <= per_page


@pytest.mark.parametrize("url", sorted({url for url, *_ in PAGINATED} | {"/search/?q=role"}))
def test_bad_page_numbers_give_a_page_not_an_error(client, world, url):
    url = url.format(cert=world["cert"].slug)
    joiner = "&" if "?" in url else "?"
    for bad in BAD_PAGES:
        response = client.get(f"{url}{joiner}page={quote(bad)}")
        assert response.status_code == 200, (url, bad)


def test_out_of_range_pages_show_the_last_page_and_junk_the_first(client, world):
    grow_all(world)()
    last = client.get("/roles/?page=99999").context["page"]
    assert last.number == last.paginator.num_pages > 1
    assert client.get("/roles/?page=x").context["page"].number == 1
    assert client.get("/roles/?page=2").context["page"].number == 2


def test_page_links_name_the_pages_and_mark_the_current_one(client, world):
    grow_all(world)()
    html = client.get("/roles/?office=front&page=2").content.decode()
    nav = html[html.index('<nav aria-label="Pages of roles"') :]
    nav = nav[: nav.index("</nav>")]
    assert 'aria-current="page"' in nav and ">2</span>" in nav
    assert 'href="?office=front"' in nav  # the first page has one address: no page=1
    assert 'rel="next"' in nav and 'rel="prev"' in nav


def test_home_shows_a_few_entry_roles_and_links_to_all(client, world, assert_fixed_queries):
    assert_fixed_queries(client, "/", grow_all(world), most=1)
    html = client.get("/").content.decode()
    total = Role.objects.published().filter(level="entry").count()
    assert count(html, 'class="role-card"') == 2 * HOME_ROLES_PER_OFFICE
    assert f'href="/roles/?level=entry">See all {total} entry-level roles</a>' in html


def test_certifications_name_a_few_roles_and_link_to_the_rest(client, world, assert_fixed_queries):
    assert_fixed_queries(client, "/certifications/", grow_all(world), most=2)
    html = client.get("/certifications/").content.decode()
    cert = world["cert"]
    section = html[html.index(f'id="{cert.slug}"') :]
    section = section[: section.index("</section>")]
    assert count(section, 'href="/roles/') == CERTIFICATION_ROLES + 1
    more = ROLES + 4 - CERTIFICATION_ROLES
    assert f'href="/roles/?certification={cert.slug}">{more} more roles</a>' in section
    listed = client.get(f"/roles/?certification={cert.slug}")
    assert listed.context["page"].paginator.count == ROLES + 4
    assert cert.name in listed.content.decode()


def test_an_unknown_certification_is_reported_and_ignored(client, world):
    response = client.get("/roles/?certification=no-such-thing&level=senior")
    assert response.status_code == 200
    assert "We ignored a filter value we do not recognise (certification)" in (
        response.content.decode()
    )
    assert [role.slug for role in response.context["roles"]] == ["lead"]


def test_resume_index_names_a_few_roles_per_level(client, world, assert_fixed_queries):
    assert_fixed_queries(client, "/resume/", grow_all(world), most=4)
    html = client.get("/resume/").content.decode()
    entry = html[html.index(">Entry level</h2>") :]
    entry = entry[: entry.index("</section>")]
    assert count(entry, 'href="/resume/') == ROLES_PER_LEVEL
    assert 'href="/roles/?level=entry">browse every entry level role</a>' in entry


def test_pay_names_a_few_roles_without_figures_and_counts_the_rest(client, world):
    grow_all(world)()
    html = client.get("/pay/").content.decode()
    section = html[html.index("Roles without a pay figure, and why") :]
    assert section.count("<dt>") == MISSING_NAMED
    assert "more roles." in section


def test_the_ladder_is_drawn_while_it_fits_and_counted_by_level_and_track(client, world):
    assert "<svg" in client.get("/ladder/").content.decode()
    grow_all(world)()
    html = client.get("/ladder/").content.decode()
    assert "<svg" not in html  # too many roles to draw legibly: the list and the counts
    entry_front = Role.objects.published().on_track("front").filter(level="entry").count()
    assert f'href="?track=front&amp;level=entry">{entry_front}<' in html
    chosen = client.get("/ladder/?track=front&level=entry")
    assert chosen.context["page"].paginator.count == entry_front
    assert all(not role.industry and role.office == "front" for role in chosen.context["page"])
    bad = client.get("/ladder/?track=sideways&level=entry")
    assert bad.status_code == 200 and "We ignored a filter value" in bad.content.decode()


def test_a_route_on_a_big_map_draws_only_its_roles(client, world, assert_fixed_queries):
    url = "/plan/route/?from=csr&to=lead"
    assert_fixed_queries(client, url, grow_all(world), most=10)
    assert Role.objects.count() > careermap.MAX_ROLES
    html = client.get(url).content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    assert count(svg, "<rect x=") == 2  # CSR and Team Leader: the route's own roles
    assert "the whole map is too big to draw at once" in html


def test_a_typing_result_shows_the_roles_nearest_its_speed(client, world, clock):
    grow_all(world)()
    form = client.get("/drills/typing/").content.decode()
    fields = dict(re.findall(r'name="(token|passage)" value="([^"]*)"', form))
    clock.now += 60
    response = client.post("/drills/typing/", {**fields, "typed": " ".join(TEXT.split())})
    html = client.get(response["Location"]).content.decode()
    assert count(html, 'class="standing ') == TYPING_ROLES_ON_A_RESULT
    total = Role.objects.published().filter(typing_wpm__isnull=False).count()
    assert f"See all {total} roles that ask for a typing speed</a>" in html


def test_the_sitemap_is_an_index_of_small_files(client, world, monkeypatch):
    monkeypatch.setattr(search_views.PublicPages, "limit", 100)
    grow_all(world)()
    rebuild()  # bulk-made rows send no signals
    index = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/sitemap-pages.xml?p=2</loc>" in index
    second = client.get("/sitemap-pages.xml?p=2").content.decode()
    assert second.count("<url>") == 100
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-pages.xml?p=x").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404
