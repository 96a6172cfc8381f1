"""No "*" shows after a required field's label, on any form: crispy-bootstrap5 adds one that
nothing on the page explained, and base.css hides its marker. What a form needs is said in its
labels, and an empty answer still gets the server's message."""

import re

import pytest

pytestmark = pytest.mark.django_db

# A star in a label's own text (crispy's marker is a span of its own, which base.css hides).
STAR = re.compile(r"\*\s*</(label|legend)>")


def shown_stars(html: str):
    return STAR.search(html)


# Pages whose forms crispy renders, whole (|crispy) or field by field (as_crispy_field).
PAGES = [
    ("/plan/fit/", "Where are you now?"),
    ("/plan/route/", "Show route"),
    ("/interviews/practice/", "How many questions"),
    ("/resume/match/", "The job ad"),
    ("/drills/english/", "All four areas"),
    ("/accounts/login/", "Log in"),
    ("/accounts/signup/", "Create account"),
]


@pytest.mark.parametrize(("url", "shown"), PAGES)
def test_no_required_star_on_any_form(seed, client, url, shown):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<form" in html
    if shown:
        assert shown in html
    assert shown_stars(html) is None, shown_stars(html)


def test_a_speaking_drill_and_a_mock_chat_reply_have_no_star_either(seed, client):
    drill = client.get("/speaking/")
    assert drill.status_code == 200
    slug = re.search(r'href="/speaking/([a-z0-9-]+)/"', drill.content.decode()).group(1)
    page = client.get(f"/speaking/{slug}/")
    assert page.status_code == 200 and "Your recording" in page.content.decode()
    assert shown_stars(page.content.decode()) is None
    chat = client.get(client.post("/mock-call/late-delivery-chat/")["Location"])
    assert chat.status_code == 200 and "Your reply" in chat.content.decode()
    assert shown_stars(chat.content.decode()) is None


def test_an_empty_required_answer_still_gets_a_message(seed, client):
    response = client.get("/plan/fit/", {"goal": "lead"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html
    assert shown_stars(html) is None


def test_the_stylesheet_hides_crispys_marker(seed, client):
    """The marker crispy still writes is hidden by the stylesheet every page links."""
    from pathlib import Path

    from django.conf import settings

    html = client.get("/plan/fit/").content.decode()
    css = (Path(settings.BASE_DIR) / "static/css/base.css").read_text()
    assert re.search(r"\.asteriskField\s*\{\s*display:\s*none;", css)
    assert "css/base" in html
