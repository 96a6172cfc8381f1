"""Site search on real PostgreSQL: ranking by where words appear, synonym families, typos,
short technical words, drafts hidden, edits visible at once, bad queries, pagination, the log
of searches that found nothing, fixed queries, and what makes the portal findable."""

import pytest
from django.test import Client

from careers.common.models import Status
from careers.resumes.models import JargonTerm
from careers.search.models import SearchDocument, SearchMiss
from tests.factories import make_metric, make_role, make_skill
from tests.interview_factories import make_question
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db


def found(client, query, page=None) -> list[str]:
    params = {"q": query} | ({"page": page} if page else {})
    response = client.get("/search/", params)
    assert response.status_code == 200, (query, response.status_code)
    return [doc.title for doc in response.context["results"].page.object_list]


def jargon(term, aliases, meaning="Explained.", **kw):
    slug = term.lower().replace(" ", "-")
    data = {"slug": slug, "term": term, "aliases": aliases, "meaning": meaning}
    return JargonTerm.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def test_title_beats_alias_beats_body_and_an_exact_title_comes_first(client):
    make_question(text="How do you keep calm?", looking_for="A story about a quokka.")
    make_skill(name="Animal handling", aliases=["quokka"])
    make_role(name="Quokka Keeper", slug="keeper")
    make_role(name="Quokka", slug="quokka")
    assert found(client, "quokka") == [
        "Quokka", "Quokka Keeper", "Animal handling", "How do you keep calm?",
    ]  # fmt: skip
    html = client.get("/search/", {"q": "quokka"}).content.decode()
    assert "4 results for “quokka”" in html
    assert '<span class="badge text-bg-light border">Role</span>' in html
    assert '<span class="badge text-bg-light border">Interview question</span>' in html
    assert "<mark>quokka</mark>" in html  # the snippet, highlighted


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("AHT", "Say how you cut the time"),  # an abbreviation finds its full name
        ("average handle time", "Average Handle Time"),
        ("TL", "Team Leader"),  # a role's curated other title
        ("CSR", "Customer Service Representative"),
        ("call center", "Contact centres explained"),  # a jargon family
        ("contact centre", "Call center work"),  # and the other spelling
        ("WAH", "Home office set-up"),
        ("voice process", "Voice account"),
        ("organisation", "Organization skills"),  # British finds American
    ],
)
def test_abbreviations_synonyms_and_spellings(client, query, expected):
    make_metric(name="Average Handle Time", abbreviation="AHT", slug="aht")
    make_item(text="Say how you cut the time", why="Mention your average handle time.")
    make_role(name="Team Leader", slug="team-leader", other_titles=["Team Lead", "TL"])
    make_role(name="Customer Service Representative", slug="csr", other_titles=["CSR"])
    jargon("Call centre", ["call center", "contact centre", "contact center"])
    make_question(text="Contact centres explained", looking_for="What a contact centre does.")
    make_question(text="Call center work", looking_for="Shifts and targets.")
    jargon("Work at home (WAH)", ["wah", "wfh", "work from home"])
    make_item(text="Home office set-up", why="Say you can work from home with a wired line.")
    jargon("Voice account", ["voice account", "voice process"])
    make_skill(name="Organization skills")
    assert expected in found(client, query), query


def test_short_technical_words_match_titles(client):
    make_role(name="IT Support Specialist", slug="it")
    make_role(name="Accounts Receivable (AR) Specialist", slug="ar")
    make_question(text="What would you do with it?")
    assert found(client, "IT")[0] == "IT Support Specialist"
    assert found(client, "AR") == ["Accounts Receivable (AR) Specialist"]
    assert found(client, "how do you handle it") == []  # "it" in a sentence stays a stop word


def test_typos_offer_did_you_mean(client):
    make_role(name="Customer Service Representative", slug="csr")
    response = client.get("/search/", {"q": "custmer servise"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'Did you mean <a href="/search/?q=Customer%20Service%20Representative">' in html
    assert "These are close" in html and 'href="/roles/csr/"' in html


def test_drafts_never_appear_and_edits_show_at_once(client, admin_client):
    role = make_role(name="Zebra Wrangler", slug="zebra", status=Status.DRAFT)
    assert found(client, "zebra") == []
    role.status = Status.PUBLISHED
    role.save()
    assert found(client, "zebra") == ["Zebra Wrangler"]
    role.name = "Okapi Wrangler"
    role.save()
    assert found(client, "zebra") == [] and found(client, "okapi") == ["Okapi Wrangler"]
    admin_client.post("/admin/roles/role/", {"action": "unpublish", "_selected_action": [role.pk]})
    assert found(client, "okapi") == []
    role.status = Status.PUBLISHED
    role.save()
    role.delete()
    assert found(client, "okapi") == []
    assert not SearchDocument.objects.filter(kind="role").exists()


def test_a_checklist_item_lands_on_its_anchor_and_follows_its_roles(client):
    role = make_role(name="Billing Specialist", slug="billing")
    item = make_item(text="Show your invoice accuracy")
    item.roles.set([role])
    doc = SearchDocument.objects.get(kind="checklist")
    assert doc.url == f"/resume/billing/#c-item-{item.slug}"
    page = client.get("/resume/billing/").content.decode()
    assert f'id="c-item-{item.slug}"' in page


def test_glossary_has_an_anchor_per_term(client):
    jargon("Nesting", ["nesting", "nesting period"], meaning="Supervised live calls.")
    jargon("Hidden", ["hidden"], status=Status.DRAFT)
    response = client.get("/glossary/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="nesting"' in html and "Supervised live calls." in html and "Hidden" not in html
    assert found(client, "nesting")[0] == "Nesting"
    assert SearchDocument.objects.get(kind="jargon").url == "/glossary/#nesting"


@pytest.mark.parametrize(
    "query",
    ["", "   ", "&", "|", "!", ":*", "& | ! :*", "'", "\x00", "a\x00b", "😀😀", "x" * 5000,
     "(((", "\"unclosed", "-", "<script>alert(1)</script>", "' OR 1=1 --"],
)  # fmt: skip
def test_bad_queries_get_a_page_never_an_error(client, query):
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Search the portal" in html


def test_pagination_bounds(client):
    for n in range(23):
        make_question(text=f"Penguin question number {n}?")
    assert len(found(client, "penguin")) == 10
    assert len(found(client, "penguin", page=3)) == 3
    assert found(client, "penguin", page=99) == found(client, "penguin", page=3)
    assert found(client, "penguin", page="abc") == found(client, "penguin")
    html = client.get("/search/", {"q": "penguin", "page": 2}).content.decode()
    assert "page 2 of 3" in html and 'rel="next"' in html and 'rel="prev"' in html


def test_searches_that_found_nothing_are_counted_per_week_for_editors(client, admin_client):
    for query in ("Floor walker", "floor walker", "  floor   walker "):
        found(client, query)
    make_role(name="Anything")
    found(client, "anything")  # found: not counted
    miss = SearchMiss.objects.get()
    assert (miss.query, miss.count, miss.week.weekday()) == ("floor walker", 3, 0)
    listing = admin_client.get("/admin/search/searchmiss/")
    assert listing.status_code == 200 and "floor walker" in listing.content.decode()


def test_results_page_runs_fixed_queries(client, assert_fixed_queries):
    make_role(name="Any role")  # so the vocabulary's per-role queries run from the start
    for n in range(3):
        make_question(text=f"Walrus question {n}?", looking_for="About a walrus.")

    def grow():
        for n in range(40):
            make_question(text=f"More walrus {n}?")
            make_role(name=f"Walrus role {n}")
            make_skill(name=f"Walrus skill {n}", aliases=[f"walrus {n}"])

    assert_fixed_queries(client, "/search/?q=walrus", grow, most=14)


def test_sitemap_robots_and_opensearch(client):
    make_role(name="Visible Role", slug="visible")
    make_role(name="Draft Role", slug="draft", status=Status.DRAFT)
    jargon("Nesting", ["nesting"])
    index = client.get("/sitemap.xml").content.decode()
    assert "<sitemapindex" in index and "<loc>http://testserver/sitemap-pages.xml</loc>" in index
    xml = client.get("/sitemap-pages.xml").content.decode()
    assert "<loc>http://testserver/roles/visible/</loc>" in xml
    assert "/roles/draft/" not in xml and "#" not in xml and "/me/" not in xml
    assert "<loc>http://testserver/glossary/</loc>" in xml
    assert "<loc>http://testserver/drills/typing/</loc>" in xml
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    assert "Disallow: /me/" in robots.content.decode()
    opensearch = client.get("/opensearch.xml")
    assert opensearch["Content-Type"] == "application/opensearchdescription+xml"
    assert 'template="http://testserver/search/?q={searchTerms}"' in opensearch.content.decode()


def test_every_page_has_the_search_box_title_and_description(client):
    make_role(name="Visible Role", slug="visible")
    for url in ("/", "/roles/visible/", "/glossary/", "/search/?q=role", "/industry/"):
        html = client.get(url).content.decode()
        assert 'role="search"' in html and 'name="q"' in html, url
        assert '<meta name="description" content="' in html and "<title>" in html, url
        assert 'rel="search" type="application/opensearchdescription+xml"' in html, url


SEED_FAMILIES = {
    "CSR": "Customer Service Representative (CSR)",
    "TL": "Team Leader",
    "QA": "Quality Analyst",
    "RTA": "Workforce Management Analyst",
    "WFM": "Workforce Management Analyst",
    "WAH": "Work at home (WAH / WFH)",
    "AHT": "Average Handle Time",
    "FCR": "First Contact Resolution",
    "non-voice": "Non-voice",
    "nesting": "Nesting",
    "SLA": "Service level agreement (SLA)",
}


def test_the_seed_content_answers_what_people_type(seed, client):
    misses = {}
    for query, first in SEED_FAMILIES.items():
        titles = found(client, query)
        if first not in titles[:3]:
            misses[query] = titles[:5]
    assert misses == {}


def test_unicode_look_alikes_and_nul_cookies_get_pages(client):
    jargon("SLA", ["sla"])
    assert client.get("/search/", {"q": "\u017fla"}).status_code == 200  # a long s
    odd = Client()
    odd.cookies["sessionid"] = "abc\x00def"
    assert odd.get("/search/", {"q": "sla"}).status_code == 200


def test_a_checklist_line_follows_its_role_when_the_role_changes(
    client, django_capture_on_commit_callbacks
):
    role = make_role(name="Billing Specialist", slug="billing")
    item = make_item(text="Show your invoice accuracy")
    item.roles.set([role])
    with django_capture_on_commit_callbacks(execute=True):
        role.slug = "billing-specialist"
        role.save()
    assert SearchDocument.objects.get(kind="checklist").url.startswith(
        "/resume/billing-specialist/"
    )
    with django_capture_on_commit_callbacks(execute=True):
        role.delete()
    assert SearchDocument.objects.get(kind="checklist").url.startswith("/resume/#c-item-")
