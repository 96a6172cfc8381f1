"""No bare "*" after a required field's label, on any form: crispy-bootstrap5 added one that
nothing on the page explained (templates/bootstrap5/field.html leaves it out). What a form
needs is said in its labels, and an empty answer still gets the server's message."""

import re

import pytest

pytestmark = pytest.mark.django_db

# A label ending in a star, or crispy's own marker.
STAR = re.compile(r"asteriskField|\*\s*</(label|legend)>")

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
    assert STAR.search(html) is None, STAR.search(html)


def test_a_speaking_drill_and_a_mock_chat_reply_have_no_star_either(seed, client):
    drill = client.get("/speaking/")
    assert drill.status_code == 200
    slug = re.search(r'href="/speaking/([a-z0-9-]+)/"', drill.content.decode()).group(1)
    page = client.get(f"/speaking/{slug}/")
    assert page.status_code == 200 and "Your recording" in page.content.decode()
    assert STAR.search(page.content.decode()) is None
    chat = client.get(client.post("/mock-call/late-delivery-chat/")["Location"])
    assert chat.status_code == 200 and "Your reply" in chat.content.decode()
    assert STAR.search(chat.content.decode()) is None


def test_an_empty_required_answer_still_gets_a_message(seed, client):
    response = client.get("/plan/fit/", {"goal": "lead"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html
    assert STAR.search(html) is None


def test_our_field_template_is_the_packages_without_the_star():
    """After a crispy-bootstrap5 upgrade, copy its field.html again (this fails until then)."""
    from pathlib import Path

    import crispy_bootstrap5
    from django.conf import settings

    package = Path(crispy_bootstrap5.__file__).parent / "templates/bootstrap5/field.html"
    marker = '{% if field.field.required %}<span class="asteriskField">*</span>{% endif %}'
    ours = (Path(settings.BASE_DIR) / "templates/bootstrap5/field.html").read_text()
    assert ours.split("{% endcomment %}\n", 1)[1] == package.read_text().replace(marker, "")
