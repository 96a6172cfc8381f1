"""Public pages for visitors with a session: one shared body per page and content version, each
visitor's own parts filled in (bpoportal.serving.visitor_parts). The filled page is the page a
full render gives that visitor; nobody's part reaches anyone else; staff always get a full
render; a content change shows on the next request; a fixed number of queries."""

import re

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.template import engines
from django.test import Client, RequestFactory
from django.urls import path

from bpoportal.serving import page_cache, visitor_parts
from bpoportal.serving.visitor_parts import shared_body
from careers.common import hooks
from careers.common.models import Status
from careers.drills.models import AccuracyResult
from careers.plans.models import Plan
from careers.resumes.models import Tick
from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY
from tests.conftest import PASSWORD, logged_in
from tests.drill_factories import make_typing_result
from tests.factories import make_role, make_role_skill, make_skill

pytestmark = pytest.mark.django_db

FILLED = "parts"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True


@pytest.fixture
def role():
    """A role that asks for a typing speed: its page compares it with the visitor's result."""
    role = make_role(slug="chat", name="Chat Support Agent", typing_wpm=30, typing_accuracy=90)
    make_role_skill(role, make_skill(slug="typing", name="Fast typing"))
    return role


def with_session(*, owner=True) -> tuple[Client, Owner | None]:
    """A browser that carries a session, and the progress owner it keeps (or none yet)."""
    client = Client()
    session = client.session
    found = None
    if owner:
        found = Owner.objects.create(session_token=Owner.new_token())
        session[SESSION_KEY] = str(found.session_token)
    session["seen"] = True
    session.save()
    return client, found


def filled(client, url):
    """The page from the shared body (the first request may build it)."""
    client.get(url)
    response = client.get(url)
    assert response.status_code == 200, url
    assert response[page_cache.HIT_HEADER] == FILLED, url
    return response


def html(response) -> str:
    return response.content.decode()


def stored(url: str) -> tuple:
    """The shared body as stored: headers, text chunks, parts, deflated chunks or None."""
    request = RequestFactory().get(url)
    return cache.get(page_cache.page_key(request, kind=visitor_parts._key_kind()))[1]


def stored_body(url: str) -> str:
    """The shared body's text, its parts left out."""
    return "".join(stored(url)[1])


def without_tokens(text: str) -> str:
    return TOKEN.sub('name="csrfmiddlewaretoken" value=""', text)


PAGES = ["/", "/roles/", "/roles/chat/", "/skills/typing/", "/drills/", "/metrics/", "/glossary/"]


@pytest.mark.parametrize("url", PAGES)
def test_the_filled_page_is_the_page_a_full_render_gives(settings, url, role, alice):
    seeker, owner = with_session()
    make_typing_result(owner)
    account = logged_in(alice)
    Tick.objects.create(owner=Owner.objects.create(user=alice), role=role, key="x", done=True)
    for visitor in (seeker, account, Client()):
        settings.PAGE_CACHE = False
        full = without_tokens(html(visitor.get(url)))
        settings.PAGE_CACHE = True
        visitor.get(url)
        again = visitor.get(url)
        assert without_tokens(html(again)) == full, url
    assert filled(seeker, url) and filled(account, url)


def test_each_job_seeker_sees_their_own_journey_and_nobody_elses(role):
    alice, alice_owner = with_session()
    bob, _ = with_session()
    Tick.objects.create(owner=alice_owner, role=role, key="x", done=True)
    Plan.objects.create(
        owner=alice_owner, start_role=role, target_role=role, target_date="2030-01-01",
        started_on="2025-01-01",
    )  # fmt: skip
    stranger = Client()
    mine, theirs = html(filled(alice, "/")), html(filled(bob, "/"))
    assert "1 checklist line ticked" in mine and "Your goal: Chat Support Agent" in mine
    assert "checklist line ticked" not in theirs and "Your goal" not in theirs
    stranger.get("/")
    public = stranger.get("/")
    assert public[page_cache.HIT_HEADER] == "hit" and "Your goal" not in html(public)
    assert "Your goal" not in stored_body("/") and "ticked" not in stored_body("/")


def test_the_log_out_form_has_the_visitors_own_token_and_logs_out(alice, bob):
    mine = Client(enforce_csrf_checks=True)
    mine.force_login(alice)
    theirs = logged_in(bob)
    page = filled(mine, "/roles/")
    assert "Log out" in html(page) and "csrftoken" in mine.cookies
    [token] = TOKEN.findall(html(page))
    assert "Log out" in html(filled(theirs, "/roles/"))
    assert "csrfmiddlewaretoken" not in stored_body("/roles/")
    assert "Log out" not in stored_body("/roles/")
    assert mine.post("/accounts/logout/").status_code == 403  # the token is checked
    assert mine.post("/accounts/logout/", {"csrfmiddlewaretoken": token}).status_code == 302
    after = filled(mine, "/roles/")
    assert "Log in" in html(after) and "Log out" not in html(after)
    assert "Log out" in html(theirs.get("/roles/"))  # bob is still logged in


def test_visitors_without_an_owner_get_the_public_parts(role):
    visitor, _ = with_session(owner=False)
    page = html(filled(visitor, "/roles/chat/"))
    assert "Log in" in page and "Take the typing test to see where you stand." in page
    assert not Owner.objects.exists()  # nothing was created for them


def test_a_content_change_shows_on_the_next_request(role):
    visitor, _ = with_session()
    assert "Chat Support Agent" in html(filled(visitor, "/roles/chat/"))
    role.name = "Chat and Email Agent"
    role.save()
    after = visitor.get("/roles/chat/")
    assert after[page_cache.HIT_HEADER] == FILLED and "Chat and Email Agent" in html(after)


def test_staff_see_drafts_and_never_get_or_give_a_shared_body(role, editor):
    make_role_skill(role, make_skill(name="Draft skill zz", status=Status.DRAFT))
    staff = logged_in(editor)
    for _ in range(2):
        page = staff.get("/roles/chat/")
        assert page.status_code == 200 and "Draft skill zz" in html(page)
        assert page.get(page_cache.HIT_HEADER) is None
    draft = make_role(slug="draft-role", name="Draft role", status=Status.DRAFT)
    assert staff.get(draft.get_absolute_url()).status_code == 200
    visitor, _ = with_session()
    assert "Draft skill zz" not in html(filled(visitor, "/roles/chat/"))
    assert "Draft skill zz" not in stored_body("/roles/chat/")
    assert visitor.get("/roles/draft-role/").status_code == 404


def test_messages_show_once_and_only_to_their_visitor(alice):
    """Deleting an account says so on the home page, once."""
    client = logged_in(alice)
    filled(client, "/")
    response = client.post("/me/delete/", {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    done = "Your account and everything saved in it have been deleted."
    home = client.get("/")
    assert home[page_cache.HIT_HEADER] == FILLED and done in html(home)
    assert done not in html(client.get("/")) and done not in stored_body("/")


def test_a_message_left_in_a_cookie_shows_once():
    visitor = Client()
    storage = CookieStorage(RequestFactory().get("/"))
    visitor.cookies["messages"] = storage._encode([Message(constants.INFO, "Saved, thank you")])
    first = visitor.get("/metrics/")
    assert "Saved, thank you" in html(first)
    assert "Saved, thank you" not in html(visitor.get("/metrics/"))


def test_private_pages_and_errors_are_rendered_in_full(role):
    visitor, _ = with_session()
    for url in ("/me/", "/resume/chat/", "/plan/", "/roles/no-such-role/", "/roles/?utm=1"):
        visitor.get(url)
        response = visitor.get(url)
        assert response.get(page_cache.HIT_HEADER) is None, url


def test_headers_of_a_filled_page(role):
    visitor, _ = with_session(owner=False)
    page = filled(visitor, "/metrics/")
    assert "private" in page["Cache-Control"] and "Cookie" in page["Vary"]
    assert page["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in page
    seeker, owner = with_session()
    make_typing_result(owner)
    mine = filled(seeker, "/roles/chat/")  # shows their typing result
    assert "no-store" in mine["Cache-Control"]


def test_compressed_for_browsers_that_ask(monkeypatch, role):
    import gzip

    monkeypatch.setattr(visitor_parts, "APART_BYTES", 0)  # only the share counts
    visitor, _ = with_session()
    plain = html(filled(visitor, "/roles/"))
    assert stored("/roles/")[3] is None  # a small page: GZipMiddleware compresses it whole
    packed = visitor.get("/roles/", HTTP_ACCEPT_ENCODING="gzip")
    assert packed[page_cache.HIT_HEADER] == FILLED and packed["Content-Encoding"] == "gzip"
    assert without_tokens(gzip.decompress(packed.content).decode()) == without_tokens(plain)


def test_big_pages_are_compressed_from_pieces_stored_compressed(monkeypatch, role, alice):
    import gzip

    monkeypatch.setattr(visitor_parts, "APART_OVERHEAD", 10.0)  # every page counts as big
    account = logged_in(alice)
    plain = html(filled(account, "/roles/chat/"))
    assert stored("/roles/chat/")[3] is not None  # deflated when stored
    for _ in range(3):
        packed = account.get("/roles/chat/", HTTP_ACCEPT_ENCODING="gzip, br")
        assert packed[page_cache.HIT_HEADER] == FILLED and packed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in packed["Vary"] and "private" in packed["Cache-Control"]
        text = gzip.decompress(packed.content).decode()
        assert without_tokens(text) == without_tokens(plain) and "Log out" in text


def test_a_cache_outage_gives_full_pages(settings, role):
    from tests.test_page_cache import DEAD_REDIS

    settings.CACHES = DEAD_REDIS
    visitor = Client()
    visitor.get("/metrics/")  # a session in the database, not in the dead cache
    visitor.cookies["sessionid"] = "not-a-session"
    for _ in range(2):
        response = visitor.get("/roles/chat/")
        assert response.status_code == 200 and response.get(page_cache.HIT_HEADER) is None


# Queries of a page with a session, from the shared body: the visitor's own parts only.
# An account costs the same: its user query brings the owner along (seekers/backends.py), so a
# page that needs no owner costs one (the user). A session without progress needs none at all.
QUERIES = [
    ("/", 2),  # the owner, then every journey step's progress in one statement
    ("/roles/chat/", 2),  # the owner, their latest typing result
    ("/drills/", 3),  # the owner, their typing results, their latest accuracy result
    ("/roles/", 0),
    ("/skills/typing/", 0),
    ("/metrics/", 0),
    ("/interviews/", 0),
    ("/glossary/", 0),
]


@pytest.mark.parametrize(("url", "queries"), QUERIES)
def test_fixed_queries_with_a_session(url, queries, role, alice, django_assert_num_queries):
    seeker, owner = with_session()
    make_typing_result(owner)
    account = logged_in(alice)
    make_typing_result(Owner.objects.create(user=alice), wpm=20)
    for visitor, expected in ((seeker, queries), (account, max(queries, 1))):
        filled(visitor, url)
        with django_assert_num_queries(expected):
            assert visitor.get(url)[page_cache.HIT_HEADER] == FILLED
    nobody, _ = with_session(owner=False)
    filled(nobody, url)
    with django_assert_num_queries(0):
        nobody.get(url)


# One test per part an app declares (besides the account links and messages above).


def test_part_roles_journey_progress():
    seeker, owner = with_session()
    make_typing_result(owner, wpm=41)
    page = html(filled(seeker, "/"))
    step = page[page.index('id="step-skills"') : page.index('id="step-industry"')]
    assert "Your best typing speed: 41 words a minute" in step


def test_part_drills_versus(role):
    seeker, owner = with_session()
    make_typing_result(owner, wpm=25, accuracy=95)
    page = html(filled(seeker, "/roles/chat/"))
    assert "Your latest: 25 WPM at 95% — not there yet. About 5 WPM to go" in page
    other, _ = with_session()
    assert "Take the typing test to see where you stand." in html(filled(other, "/roles/chat/"))


def test_a_result_just_short_is_not_rounded_up_to_the_requirement(role):
    """89.6% beside "90%" must not read "at 90% — not there yet", nor 99.6% read 100%."""
    seeker, owner = with_session()
    make_typing_result(owner, wpm=32.4, accuracy=89.6)
    page = html(filled(seeker, "/roles/chat/"))
    assert "Your latest: 32.4 WPM at 89.6% — not there yet." in page
    assert "at 90% —" not in page
    make_typing_result(owner, wpm=31, accuracy=99.6)
    assert "Your latest: <strong>31 WPM at 99.6%</strong>; best 32.4 WPM" in html(
        filled(seeker, "/drills/")
    )


def test_parts_of_the_drills_page(role):
    seeker, owner = with_session()
    make_typing_result(owner, wpm=28)
    make_typing_result(owner, wpm=33)
    AccuracyResult.objects.create(
        owner=owner, nonce="acc", seed=1, pairs=20, right=18, wrong=2, seconds=60
    )
    page = html(filled(seeker, "/drills/"))
    assert "best 33 WPM" in page  # drills:typing
    assert "<svg" in page  # drills:typing, the chart of two results
    assert "Your latest: 18 right, 2 wrong" in page  # drills:accuracy
    assert "Chat Support Agent</a>: 30 WPM at 90% — " in page  # drills:typing_roles
    other = html(filled(with_session()[0], "/drills/"))
    assert "best 33 WPM" not in other and "18 right" not in other and "<svg" not in other
    assert "Chat Support Agent</a>: 30 WPM at 90%</li>" in other


# A page that is not the same for everyone outside its parts is never shared.


@hooks.visitor_part("tests:echo")
def echo(request, value):
    return f"<b>{value}</b>"


def _page(source: str, **context):
    @shared_body
    def view(request):
        template = engines["django"].from_string("{% load visitor_parts %}" + source)
        return HttpResponse(template.render(context, request))

    return view


urlpatterns = [
    path("token/", _page('<form method="post">{% csrf_token %}</form>')),
    path("object/", _page('{% visitor_part "tests:echo" value=thing %}', thing=object())),
    path("plain/", _page('{% visitor_part "tests:echo" value=7 %} for all')),
]


@pytest.mark.parametrize("url", ["/token/", "/object/"])
def test_a_page_with_more_than_its_parts_per_visitor_is_rendered_in_full(settings, url):
    settings.ROOT_URLCONF = __name__
    visitor, _ = with_session(owner=False)
    for _ in range(2):
        response = visitor.get(url)
        assert response.status_code == 200 and response.get(page_cache.HIT_HEADER) is None
    tokens = {TOKEN.search(html(visitor.get("/token/"))).group(1) for _ in range(2)}
    assert len(tokens) == 2  # masked afresh each time: never a stored copy


def test_a_registered_part_with_plain_arguments(settings):
    settings.ROOT_URLCONF = __name__
    visitor, _ = with_session(owner=False)
    assert html(filled(visitor, "/plain/")) == "<b>7</b> for all"
    assert stored_body("/plain/") == " for all"


def test_a_page_whose_pieces_cost_a_few_bytes_more_is_compressed_from_pieces(role, alice):
    """The header's two parts split a page in three: deflated apart, a few hundred bytes more
    than whole, well under APART_BYTES, so the page is not compressed again per request."""
    import gzip

    account = logged_in(alice)
    plain = html(filled(account, "/roles/"))
    assert stored("/roles/")[3] is not None
    packed = account.get("/roles/", HTTP_ACCEPT_ENCODING="gzip")
    assert packed[page_cache.HIT_HEADER] == FILLED and packed["Content-Encoding"] == "gzip"
    assert without_tokens(gzip.decompress(packed.content).decode()) == without_tokens(plain)
