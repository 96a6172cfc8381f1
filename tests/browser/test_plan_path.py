"""On a phone, without typing a URL: from "retail" to roles that fit, then to a route."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_from_retail_to_a_route_on_a_phone(
    seed, page, live_server, external_requests, console_errors
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/plan/")
    page.get_by_role("link", name="Find roles that fit").click()
    page.get_by_label("Retail and sales").check()
    page.get_by_label("Lead people: team leader and beyond").check()
    page.locator("input[name=nights][value=yes]").check()
    page.locator("input[name=home][value=no]").check()
    page.get_by_role("button", name="Show roles that fit").click()
    page.wait_for_url("**/plan/fit/?*")
    assert page.get_by_role("heading", name="Roles that fit you").is_visible()
    first = page.locator(".fit").first
    assert "Leads to" in first.inner_text()

    # from outside BPO: getting hired into this first role, then the route to the goal
    first.get_by_role("link", name="Plan getting hired here", exact=False).click()
    page.wait_for_url("**/plan/route/?from=outside*")
    assert page.get_by_role("heading", name="The quickest way", exact=False).first.is_visible()
    # The map scrolls inside its frame; the page itself stays phone-wide.
    assert page.locator(".career-map-frame svg .map-role.is-route").count() >= 2
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert external_requests == []
    assert console_errors == []
