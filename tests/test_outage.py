"""While PostgreSQL cannot be reached: public pages keep answering from the cache (with or
without a session), anything else gets a short 503 page with Retry-After, a write that could
not be saved says so, nothing saved before is lost, and the portal recovers by itself.

The outage is real: the connection is closed and pointed at a port where nothing listens."""

from contextlib import contextmanager

import pytest
from django.db import OperationalError, connection
from django.test import Client, RequestFactory

from bpoportal.serving import outage
from bpoportal.serving.page_cache import HIT_HEADER
from careers.resumes.models import Tick
from tests.factories import make_csr
from tests.resume_factories import make_item

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("page_cache")]


@contextmanager
def database_unreachable():
    connection.close()
    saved = connection.settings_dict["PORT"]
    connection.settings_dict["PORT"] = "1"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["PORT"] = saved


@pytest.fixture
def role():
    make_item(slug="one-page", text="Keep it to one page")
    return make_csr()


def test_pages_during_an_outage_and_after(role):
    stranger, seeker = Client(), Client()
    assert stranger.get("/roles/csr/").status_code == 200  # cached for visitors
    assert (
        seeker.post("/resume/csr/tick/", {"key": "item:one-page", "done": "on"}).status_code == 302
    )
    with database_unreachable():
        public = stranger.get("/roles/csr/")
        assert public.status_code == 200 and public[HIT_HEADER] == "hit"
        with_session = seeker.get("/roles/csr/")  # needs the database, falls back to the copy
        assert with_session.status_code == 200 and "Customer Service Representative" in (
            with_session.content.decode()
        )
        own = seeker.get("/resume/csr/")  # their own progress: never from the shared cache
        assert own.status_code == 503 and own["Retry-After"] == "5"
        assert "Back in a moment" in own.content.decode()
        assert "no-store" in own["Cache-Control"]
        write = seeker.post("/resume/csr/tick/", {"key": "item:one-page", "note": "lost?"})
        assert write.status_code == 503
        assert "could not save what you just sent" in write.content.decode()
        assert stranger.get("/skills/").status_code == 503  # never cached: no copy to give
    # back by itself, and the tick saved before the outage is still there
    page = seeker.get("/resume/csr/")
    assert page.status_code == 200 and "1 of" in page.content.decode()
    assert Tick.objects.get().done and Tick.objects.get().note == ""


def test_healthz_during_an_outage(role):
    with database_unreachable():
        response = Client().get("/healthz")
    assert response.status_code == 503 and response.json()["database"] == "down"
    assert Client().get("/healthz").status_code == 200


def test_an_outage_outside_a_view_is_a_503_too():
    """Saving a session, say: Django's 500 handler gets it, and gives the 503 page."""
    request = RequestFactory().post("/resume/csr/tick/")
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = outage.server_error(request)
    assert response.status_code == 503 and response["Retry-After"] == "5"
    try:
        raise ValueError("a bug")
    except ValueError:
        assert outage.server_error(request).status_code == 500
