"""Pasted HTML in any long-text field comes out inert on every public page."""

from html.parser import HTMLParser

import pytest
from django.db import models

from careers.common.permissions import curated_models
from careers.resumes.models import JargonTerm
from tests.factories import make_full_role, make_resource, make_skill
from tests.interview_factories import make_role_play
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db

ATTACK = (
    "Hello <script>alert('s')</script> <img src=x onerror=\"alert('i')\"> "
    "[link](javascript:alert('j')) <iframe src=\"https://evil.example/\"></iframe> "
    '<a href="javascript:alert(1)" onclick="alert(2)">x</a>'
)


def poison_every_text_field():
    for model in curated_models():
        text_fields = [f.name for f in model._meta.fields if isinstance(f, models.TextField)]
        if text_fields:
            model.objects.update(**dict.fromkeys(text_fields, ATTACK))


@pytest.fixture
def pages(client):
    role = make_full_role(slug="csr")
    skill = make_skill(slug="typing")
    role.role_skills.create(skill=skill, importance="essential")
    make_resource(skill)
    make_item(role, slug="one-page")
    JargonTerm.objects.create(
        slug="graveyard",
        term="Graveyard shift",
        aliases=["night shift"],
        meaning="m",
        knockout=True,
        status="published",
    )
    question = make_role_play(role, slug="irate-caller")
    poison_every_text_field()
    metric = role.metrics.first()
    return [
        "/",
        "/roles/",
        "/roles/csr/",
        "/ladder/",
        "/skills/",
        "/skills/typing/",
        "/metrics/",
        f"/metrics/{metric.slug}/",
        "/certifications/",
        "/resume/",
        "/resume/csr/",
        "/interviews/",
        f"/interviews/{question.slug}/",
        "/interviews/practice/",
    ]


class ActiveContent(HTMLParser):
    """Collects what a browser would run: scripts, frames, event handlers, javascript: URLs.
    (Escaped text such as "&lt;script&gt;" is only text, and is fine.)"""

    def __init__(self):
        super().__init__()
        self.found = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag in {"iframe", "object", "embed"}:
            self.found.append(tag)
        if tag == "script":
            self._in_script = True
            src = dict(attrs).get("src") or ""
            if not src.startswith("/static/"):
                self.found.append(f"script src={src!r}")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{tag} {name}")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"{tag} {name}={value}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append("inline script")


def assert_inert(html: str, where: str) -> None:
    parser = ActiveContent()
    parser.feed(html)
    assert parser.found == [], where


SHOWS_LONG_TEXT = {"/roles/csr/", "/skills/typing/", "/certifications/", "/resume/csr/"}


def test_every_public_page(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert_inert(html, url)
        if url in SHOWS_LONG_TEXT:
            assert "Hello" in html, f"{url} should show the (sanitised) text"


def test_job_ad_analysis(client, pages):
    response = client.post("/resume/match/", {"text": f"Night shift. {ATTACK}"})
    assert response.status_code == 200
    assert_inert(response.content.decode(), "/resume/match/")
    assert "Graveyard shift" in response.content.decode()
