"""A mock chat in Chromium at phone width: with JavaScript the replies go by fetch and the
transcript grows without a page load; without it every reply is a form POST. A call-mode turn
answered with the (fake, flite-made) microphone. axe on every new page, no sideways scroll."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.django_db(transaction=True)

SCRIPT = [
    ("Good morning, thank you for contacting ShopKart. May I have your order number?",
     "Order number SK-20417"),
    ("I'm sorry about the wait. Can you tell me if anything happened with the courier?",
     "It's 402."),
    ("I will update the address with flat 402 and book a re-delivery.",
     "So it comes tomorrow once the flat number is added?"),
    ("Just to confirm: new address with flat 402, re-delivery booked.", "Yes, that's it. Thanks."),
    ("Is there anything else I can help with? Have a great day.", "Nope, all good. Bye."),
]  # fmt: skip


def serious(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {v['nodes'][0]['html'][:80]}" for v in violations
            if v["impact"] in {"serious", "critical"}]  # fmt: skip


def fits(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def test_a_full_chat_at_360_px_feels_like_a_chat(
    seed, page, live_server, console_errors, external_requests
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/mock-call/late-delivery-chat/")
    assert serious(page) == [] and fits(page)
    page.get_by_role("button", name="Start the chat").click()
    page.wait_for_url("**/mock-call/s/*/")
    session_url = page.url
    assert "Where is it?" in page.inner_text("[data-transcript]")
    assert serious(page) == [] and fits(page)
    box = page.get_by_label("Your reply")
    for n, (reply, answer) in enumerate(SCRIPT, start=1):
        box.fill(reply)
        page.get_by_role("button", name="Send").click()
        page.locator("[data-customer-line]").nth(n).wait_for()
        assert answer in page.locator("[data-customer-line]").nth(n).inner_text()
        assert page.url == session_url  # no page load: the transcript grew in place
        if n < len(SCRIPT):
            assert box.input_value() == ""
    assert page.locator(".mockcall-agent").count() == len(SCRIPT)
    assert page.get_by_role("button", name="End the chat now").count() == 0  # it is over
    assert fits(page)
    page.get_by_role("link", name="See your scorecard").click()
    page.wait_for_url("**/scorecard/")
    text = page.inner_text("main")
    assert "Verification before account details: shown" in text
    assert "“I will update the address with flat 402 and book a re-delivery.”" in text
    assert "No forbidden promises: none found" in text
    assert serious(page) == [] and fits(page)
    page.get_by_label("The scorecard is right").first.check()
    page.get_by_role("button", name="Save my checks").click()
    assert "Saved: your own view" in page.inner_text("main")
    assert console_errors == [] and external_requests == []


def test_without_javascript_each_reply_is_a_post(seed, browser, live_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/mock-call/late-delivery-chat/")
    page.get_by_role("button", name="Start the chat").click()
    page.get_by_role("button", name="Send").click()  # empty: a message, nothing lost
    assert "Write your reply first" in page.inner_text("main")
    for reply, answer in SCRIPT:
        page.get_by_label("Your reply").fill(reply)
        page.get_by_role("button", name="Send").click()
        page.wait_for_load_state()
        if answer != SCRIPT[-1][1]:
            assert answer in page.inner_text("[data-transcript]")
    page.wait_for_url("**/scorecard/")
    assert "Nope, all good. Bye." in page.inner_text("main")
    assert fits(page)
    context.close()


def test_a_call_turn_answered_aloud(seed, page, live_server, console_errors):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/mock-call/router-reset/")
    page.get_by_role("button", name="Start the call").click()
    page.wait_for_url("**/mock-call/s/*/")
    # The customer's line shows once spoken (or at once when the browser cannot speak).
    page.locator(".mockcall-msg.is-speaking").wait_for(state="detached", timeout=20_000)
    assert "My internet isn't working" in page.inner_text("[data-transcript]")
    assert serious(page) == [] and fits(page)
    page.get_by_role("button", name="Record").click()
    page.get_by_role("button", name="Stop").wait_for()
    page.wait_for_timeout(8000)  # the fake microphone says a greeting in this time
    page.get_by_role("button", name="Stop").click()
    page.locator("[data-recorder-playback]").wait_for(state="visible")
    page.get_by_role("button", name="Send my spoken reply").click()
    page.wait_for_url("**/mock-call/s/*/#id_text")
    heard = page.get_by_label("Your reply").input_value()
    assert "thank you for calling" in heard  # what the recogniser heard, to check
    page.get_by_role("button", name="Send", exact=True).click()
    page.locator(".mockcall-agent").wait_for()
    assert "You (said aloud):" in page.inner_text("[data-transcript]")
    assert page.locator("[data-customer-line]").count() == 2
    assert fits(page) and console_errors == []
