"""A job seeker on a phone pastes an ad that asks for a placement fee and welcomes people
without BPO experience: the check warns about the fee (with the law), does not count the
experience as a requirement, and the page stays accessible at 360 px."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.django_db(transaction=True)

AD = (
    "Hiring: Customer Service Representative, Cebu. With or without BPO experience. "
    "Night shift. A placement fee of PHP 2,000 is paid before training starts."
)
# The lines of text an element's content takes on screen.
LINES = "e => { const r = new Range(); r.selectNodeContents(e); return r.getClientRects().length; }"


def test_a_fee_in_an_ad_is_a_warning(seed, page, live_server, external_requests, console_errors):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/resume/match/")
    page.get_by_label("The job ad").fill(AD)
    page.get_by_role("button", name="Check this ad").click()
    warning = page.locator("section.scam-signs")
    assert "asks applicants for money" in warning.inner_text()
    assert "Article 32" in warning.inner_text()
    assert (
        "Required BPO experience" in page.locator("section", has_text="Not required").inner_text()
    )
    knockouts = page.locator("section.knockouts").inner_text()
    assert "Graveyard / night shift" in knockouts and "Required BPO experience" not in knockouts
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations if v["impact"] in {"serious", "critical"}] == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    # The words the ad used wrap whole, never "differentia|l": no more lines than words.
    for cell in page.locator(".match-table tbody td:first-child").all():
        words = len(cell.inner_text().split())
        assert cell.evaluate(LINES) <= words, cell.inner_text()
    assert external_requests == [] and console_errors == []
