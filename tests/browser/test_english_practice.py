"""On a phone: run an English practice session to its result; axe on both pages."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.drill_factories import make_english_item

pytestmark = pytest.mark.django_db(transaction=True)


def test_english_session_to_its_result(page, live_server, external_requests, console_errors):
    for area in ["grammar", "vocabulary", "reading", "reply"] * 3:
        make_english_item(
            area, passage="Dear team, the refund was sent on 3 May." if area == "reading" else ""
        )
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/drills/english/")
    assert [
        v["id"]
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ] == []
    page.get_by_role("button", name="Start practising").click()
    page.wait_for_url("**/drills/english/*/")
    for group in page.locator("fieldset").all():
        group.locator("input[type=radio]").nth(1).check()
    assert [
        v["id"]
        for v in Axe().run(page).response["violations"]
        if v["impact"] in {"serious", "critical"}
    ] == []
    page.get_by_role("button", name="Done").click()
    page.wait_for_url("**/drills/english/*/")
    assert page.get_by_role("heading", name="Your English practice result").is_visible()
    assert "10 of" in page.inner_text(".result-figures") or "of 3" in page.inner_text(
        ".result-figures"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert external_requests == []
    assert console_errors == []
