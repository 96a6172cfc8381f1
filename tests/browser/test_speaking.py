"""Speaking practice in Chromium at phone width: without JavaScript the phone's recorder path
(a file field) works; with it, the page records from the (fake) microphone with a timer,
plays the recording back, and sends it. axe on each page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests import speech
from tests.speaking_factories import READING, make_drill

pytestmark = pytest.mark.django_db(transaction=True)


def serious(page) -> list[str]:
    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {v['nodes'][0]['html'][:80]}" for v in violations
            if v["impact"] in {"serious", "critical"}]  # fmt: skip


def test_without_javascript_a_phone_recording_is_uploaded_and_scored(browser, live_server):
    drill = make_drill("read", title="Greeting a caller")
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server.url}/speaking/{drill.slug}/")
    field = page.get_by_label("Your recording")
    assert field.is_visible()
    field.set_input_files(
        {"name": "memo.m4a", "mimeType": "audio/mp4",
         "buffer": speech.encoded(speech.said(READING), "m4a")}
    )  # fmt: skip
    page.get_by_role("button", name="Send and score").click()
    page.wait_for_url("**/speaking/results/*/")
    figures = page.inner_text(".result-figures")
    assert "words a minute" in figures and f"{len(READING.split())} of" in figures
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


def test_the_recorder_records_plays_back_and_sends(page, live_server, console_errors):
    drill = make_drill("read", title="Greeting a caller")
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}/speaking/{drill.slug}/")
    assert serious(page) == []
    assert not page.get_by_label("Your recording").is_visible()  # the recorder replaces it
    page.get_by_role("button", name="Record").click()
    page.get_by_role("button", name="Stop").wait_for()
    page.wait_for_timeout(8000)  # the fake microphone says the greeting once in this time
    assert page.inner_text("[data-recorder-timer]").startswith("0:0")
    page.get_by_role("button", name="Stop").click()
    page.locator("[data-recorder-playback]").wait_for(state="visible")
    assert page.get_by_role("button", name="Record again").is_visible()
    assert "Recorded." in page.inner_text("[data-recorder-status]")
    page.get_by_role("button", name="Send and score").click()
    page.wait_for_url("**/speaking/results/*/")
    assert "words a minute" in page.inner_text(".result-figures")
    assert page.locator(".word-heard").count() >= 5
    assert serious(page) == []
    assert console_errors == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
