"""On a phone: take the typing test, see the result, then the accuracy drill; axe on each page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.drill_factories import TEXT, make_passage, make_template
from tests.factories import make_role

pytestmark = pytest.mark.django_db(transaction=True)


def serious(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [
        f"{v['id']}: {v['nodes'][0]['html'][:80]}"
        for v in violations
        if v["impact"] in {"serious", "critical"}
    ]


def test_type_a_passage_and_see_the_result(page, live_server, external_requests, console_errors):
    make_passage()
    make_template()
    make_role(slug="csr", name="CSR", typing_wpm=20, typing_accuracy=90)
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/drills/")
    assert serious(page) == []
    page.get_by_role("link", name="Start a typing test").click()
    page.wait_for_url("**/drills/typing/")
    assert serious(page) == []
    page.get_by_label("Type the passage here").fill(" ".join(TEXT.split())[:120] + " Caler")
    page.get_by_role("button", name="Done").click()
    page.wait_for_url("**/drills/typing/*/")
    assert page.get_by_role("heading", name="Your typing result").is_visible()
    assert "Net speed" in page.inner_text(".result-figures")
    assert page.locator(".typed-diff .op-missed, .typed-diff .op-wrong").count() >= 1
    assert serious(page) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    page.goto(live_server.url + "/drills/accuracy/")
    assert serious(page) == []
    # On a phone a pair's records stack, left edges aligned: side by side, the second wrapped.
    first, second = (code.bounding_box() for code in page.locator(".pair-values code").all()[:2])
    assert second["y"] >= first["y"] + first["height"] and second["x"] == first["x"]
    for radio in page.locator("input[value=same]").all():
        radio.check()
    page.get_by_role("button", name="Done").click()
    page.wait_for_url("**/drills/accuracy/*/")
    assert "per minute" in page.inner_text("main")
    assert external_requests == []
    assert console_errors == []
