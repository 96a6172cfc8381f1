"""Whole public pages from the shared cache: only for visitors without a session, never a
page with a form token, a drill token, a side effect or a job seeker's own data; compressed
and plain kept apart; and a cache outage only makes pages slower."""

import gzip

import pytest
from django.test import Client

from bpoportal.serving.page_cache import HIT_HEADER
from careers.search.models import SearchMiss
from tests.drill_factories import make_passage
from tests.factories import make_csr, make_metric, make_role
from tests.resume_factories import make_item

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

DEAD_REDIS = {
    "default": {
        "BACKEND": "bpoportal.serving.cache_backend.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing answers here
        "OPTIONS": {"socket_connect_timeout": 0.2},
    }
}


@pytest.fixture
def role():
    role = make_csr()
    role.metrics.add(make_metric(slug="aht", name="Average Handle Time"))
    make_item(slug="one-page", text="Keep it to one page")
    return role


def hit(response) -> bool:
    return response.get(HIT_HEADER) == "hit"


def test_a_public_page_is_served_from_the_cache_the_second_time(client, role):
    first = client.get("/roles/csr/")
    second = client.get("/roles/csr/")
    assert first.status_code == second.status_code == 200
    assert not hit(first) and hit(second)
    assert second.content == first.content
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_compressed_and_plain_are_kept_apart(client, role):
    plain = client.get("/roles/csr/")
    client.get("/roles/csr/", HTTP_ACCEPT_ENCODING="gzip")
    packed = client.get("/roles/csr/", HTTP_ACCEPT_ENCODING="gzip")
    assert hit(packed) and packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert hit(client.get("/roles/csr/")) and "Content-Encoding" not in client.get("/roles/csr/")


def test_each_query_string_is_its_own_page(client, role):
    make_role(slug="qa", name="Quality Analyst", office="back")
    client.get("/roles/")
    front = client.get("/roles/?office=front")
    assert not hit(front) and "Quality Analyst" not in front.content.decode()
    assert "Quality Analyst" in client.get("/roles/").content.decode()


def test_pages_with_a_form_token_or_a_drill_token_are_never_stored(client, role):
    make_passage()
    for url in ("/resume/match/", "/accounts/login/", "/drills/typing/", "/resume/csr/"):
        client.get(url)
        again = client.get(url)
        assert again.status_code == 200 and not hit(again), url


def test_a_page_that_writes_is_never_stored(client):
    client.get("/search/", {"q": "zzqxv"})
    assert not hit(client.get("/search/", {"q": "zzqxv"}))
    assert SearchMiss.objects.get().count == 2  # both searches were counted


def test_visitors_with_a_session_never_get_a_stored_page(role):
    visitor = Client()
    visitor.post("/resume/csr/tick/", {"key": "item:one-page", "done": "on"})
    assert "sessionid" in visitor.cookies
    for _ in range(2):
        response = visitor.get("/")
        assert response.status_code == 200 and not hit(response)
        assert "no-store" in response["Cache-Control"]


def test_two_job_seekers_and_one_cache(role):
    """Each job seeker's home page shows their own progress, never stored; strangers get the
    public page, from the cache."""
    alice, bob, stranger = Client(), Client(), Client()
    alice.post("/resume/csr/tick/", {"key": "item:one-page", "done": "on", "note": "alice-note"})
    bob.get("/resume/csr/")
    stranger.get("/")
    public = stranger.get("/")
    assert hit(public)
    alice_home = alice.get("/").content.decode()
    bob_home = bob.get("/").content.decode()
    assert "1 checklist line ticked" in alice_home
    assert "checklist line ticked" not in bob_home + public.content.decode()
    assert alice.get("/resume/csr/").content.decode().count("alice-note") >= 1
    assert "alice-note" not in bob.get("/resume/csr/").content.decode()
    assert "alice-note" not in stranger.get("/resume/csr/").content.decode()
    assert public.content == stranger.get("/").content  # still the public page


def test_posts_are_never_answered_from_the_cache(client, role):
    client.get("/resume/csr/tick/")
    response = client.post("/resume/csr/tick/", {"key": "item:one-page", "done": "on"})
    assert response.status_code == 302 and not hit(response)


def test_a_cache_outage_gives_uncached_pages_not_errors(settings, role):
    settings.CACHES = DEAD_REDIS
    visitor = Client()
    for url in ("/", "/roles/", "/roles/csr/", "/metrics/aht/", "/resume/csr/", "/glossary/"):
        for _ in range(2):
            response = visitor.get(url)
            assert response.status_code == 200 and not hit(response), url
    response = visitor.post("/resume/csr/tick/", {"key": "item:one-page", "done": "on"})
    assert response.status_code == 302
    assert "1 of" in visitor.get("/resume/csr/").content.decode()  # saved, session in the DB
    assert visitor.get("/healthz").json() == {"database": "ok", "cache": "down"}


def test_only_the_public_pages_parameters_make_a_cached_page(client, role):
    client.get("/roles/?office=front")
    assert hit(client.get("/roles/?office=front"))
    for made_up in ("/roles/?utm=1", "/roles/?office=front&x=2", "/metrics/aht/?nocache=3"):
        client.get(made_up)
        response = client.get(made_up)
        assert response.status_code == 200 and not hit(response), made_up


def test_a_visitors_own_answers_are_never_stored(client):
    from tests.plan_factories import make_background

    make_background(make_role(slug="csr"), slug="retail")
    url = "/plan/fit/?background=retail&goal=lead&nights=no&home=yes&channel=either"
    first, again = client.get(url), client.get(url)
    assert first.status_code == again.status_code == 200 and not hit(again)
    assert "no-store" in again["Cache-Control"]


def test_https_only_sites_never_answer_plain_http_from_the_cache(client, settings, role):
    settings.SECURE_SSL_REDIRECT = True
    client.get("/roles/csr/", secure=True)
    assert hit(client.get("/roles/csr/", secure=True))
    assert client.get("/roles/csr/").status_code == 301  # redirected, not served
