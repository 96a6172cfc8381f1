"""Real-browser tests: Debian's Chromium driven by Playwright against Django's live server.

A missing browser is a failure, not a skip: `make test` installs Debian's chromium first.
"""

import shutil

import pytest

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def fake_microphone(tmp_path_factory):
    """What Chromium's fake microphone says (over and over): a caller greeting, made by flite."""
    from tests import speech
    from tests.speaking_factories import READING

    path = tmp_path_factory.mktemp("microphone") / "greeting.wav"
    path.write_bytes(speech.wav(speech.silence(0.5), speech.said(READING), speech.silence(1)))
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, fake_microphone):
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is not installed: run `make browser` (make test does).")
    # A fake microphone that needs no permission prompt, for the speaking recorder.
    microphone = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={fake_microphone}",
    ]
    args = [*CHROMIUM_FLAGS, *microphone]
    return {**browser_type_launch_args, "executable_path": executable, "args": args}


@pytest.fixture
def page(page):
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def external_requests(page, live_server):
    """Every request the page makes outside the live server (there should be none)."""
    outside = []
    page.on(
        "request",
        lambda request: (
            None
            if request.url.startswith(live_server.url) or request.url.startswith("data:")
            else outside.append(request.url)
        ),
    )
    return outside


@pytest.fixture
def console_errors(page):
    """Console errors, such as a script or style the Content-Security-Policy blocked."""
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    return errors


@pytest.fixture(autouse=True)
def page_cache(page_cache):
    """The browser sees the portal as production serves it: public pages from the cache."""
