"""On a phone: save a plan from a route, tick a milestone, sign up, and find the plan and its
next actions on /me/. The plan page passes the axe check too."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.django_db(transaction=True)


def serious(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]


def test_save_tick_sign_up_and_find_the_plan(
    seed, page, live_server, external_requests, console_errors
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/plan/route/?from=customer-service-representative&to=team-leader")
    page.get_by_role("button", name="Make this my plan").first.click()
    page.wait_for_url("**/plan/")
    assert "Saved: this is your plan." in page.content()
    assert page.get_by_role("heading", name="Your next three actions").is_visible()
    assert serious(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    first = page.locator(".milestone").first
    key = first.locator("input[name=key]").get_attribute("value")
    first.locator("input[name=done]").check()
    first.get_by_role("button", name="Save").click()
    page.wait_for_url("**/plan/#m-*")
    assert page.locator(f".milestone.is-done input[value='{key}']").count() == 1

    page.goto(live_server.url + "/accounts/signup/")
    page.fill("#id_username", "maria")
    page.fill("#id_email", "maria@example.org")
    page.fill("#id_password1", "calm-river-sunrise-2931")
    page.fill("#id_password2", "calm-river-sunrise-2931")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/me/")
    section = page.locator("section", has=page.get_by_role("heading", name="My career plan"))
    assert "Team Leader by" in section.inner_text()
    assert section.get_by_role("heading", name="Next actions").is_visible()
    assert external_requests == []
    assert console_errors == []
