"""A job seeker goes from the home page to a role, then to one of its skills, on a phone."""

import pytest

from tests.factories import make_full_role

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_to_role_to_skill_on_a_phone(page, live_server, external_requests, console_errors):
    role = make_full_role(name="Customer Service Representative", level="entry")
    skill = role.role_skills.filter(importance="essential").first().skill
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Customer Service Representative").first.click()
    page.wait_for_url(f"**/roles/{role.slug}/")
    assert page.get_by_role("heading", level=1).inner_text() == role.name

    page.get_by_role("link", name=skill.name).click()
    page.wait_for_url(f"**/skills/{skill.slug}/")
    assert page.get_by_role("heading", level=1).inner_text() == skill.name

    # Readable at 360 px: nothing wider than the screen, the stylesheets actually loaded.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    badge_radius = page.evaluate("getComputedStyle(document.querySelector('.badge')).borderRadius")
    assert badge_radius != "0px", "base.css did not load"
    assert external_requests == []
    assert console_errors == []
