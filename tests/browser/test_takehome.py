"""The take-home calculator in real Chromium at phone width, without any script of ours: fill
two offers, compare them, share the link; bad input shows its message; nothing scrolls
sideways on the calculator or the pay pages."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

WIDE_PAGES = [
    "/take-home/philippines/",
    "/take-home/india/?a-basic=12500&a-ctc=300000&a-place=noida&b-basic=15000&b-allowances=10000&b-place=bengaluru",
    "/pay/",
    "/roles/customer-service-representative/",
]


def test_compare_two_offers_at_360_px(seed, page, live_server, external_requests):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/take-home/")
    page.get_by_role("link", name="The Philippines").click()
    page.get_by_label("Monthly basic pay (₱)").first.fill("18,000")
    offer_b = page.get_by_role("group", name="Offer B (optional, to compare)")
    offer_b.get_by_label("Monthly basic pay (₱)").fill("30000")
    offer_b.get_by_label("Night hours a month (10 pm to 6 am)").fill("176")
    offer_b.get_by_label("Where the job is").select_option("metro-cebu")
    page.get_by_role("button", name="Work out take-home pay").click()
    status = page.get_by_role("status").filter(has_text="Offer A takes home")
    assert "₱16,450.00" in status.inner_text()
    assert "a-basic=18%2C000" in page.url  # the result is a link to share
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert external_requests == []


def test_a_bad_number_shows_its_message(seed, page, live_server):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/take-home/philippines/")
    page.get_by_label("Monthly basic pay (₱)").first.fill("eighteen thousand")
    page.get_by_role("button", name="Work out take-home pay").click()
    assert page.get_by_role("alert").is_visible()
    assert page.get_by_text("as a number, like 18,000").is_visible()


def test_nothing_scrolls_sideways_at_360_px(seed, page, live_server):
    page.set_viewport_size({"width": 360, "height": 740})
    for url in WIDE_PAGES:
        page.goto(live_server.url + url)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, url


# The lines of text a cell's content takes on screen.
LINES = "e => { const r = new Range(); r.selectNodeContents(e); return r.getClientRects().length; }"
WEIGHT = "e => getComputedStyle(e).fontWeight"


def test_the_rates_and_the_result_read_at_360_px(seed, page, live_server):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/take-home/india/?a-basic=15000&a-allowances=5000&a-place=noida")
    rates = page.locator(".rate-table")
    # "From" and each year stay on one line (breaking anywhere once stacked them a letter a line).
    assert rates.locator("thead th").nth(1).evaluate(LINES) == 1
    assert rates.locator("tbody tr").first.locator("td").first.evaluate(LINES) == 1
    # A rate's note under its bold name is normal text, as in the result table's explanations.
    note = rates.locator("tbody th .fw-normal").first
    assert note.evaluate(WEIGHT) == "400"
    result = page.locator(".takehome-table").first
    amount = result.locator("td.text-end").first
    assert amount.evaluate("e => getComputedStyle(e).textAlign") == "right"
    assert result.locator("th .fw-normal").first.evaluate(WEIGHT) == "400"
