"""Speaking practice pages through the test client: a drill is recorded and scored, bad
recordings get a message and save nothing, results and kept recordings are their owner's only,
recordings are deleted unless kept, and results join /me/, the login merge and the plan."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY
from careers.speaking.models import Recording, Result
from tests.conftest import PASSWORD
from tests.speaking_factories import READING, make_drill, recording_of, silent_recording

pytestmark = pytest.mark.django_db


def send(client, drill, audio, **extra):
    return client.post(f"/speaking/{drill.slug}/", {"audio": audio, **extra})


def test_the_index_lists_published_drills_by_kind(client):
    make_drill("read", title="Greeting a caller")
    make_drill("open", title="Tell me about yourself")
    make_drill("repeat", title="Unfinished", status="draft")
    response = client.get("/speaking/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Read aloud" in html and "Greeting a caller" in html
    assert "Open answer" in html and "Tell me about yourself" in html
    assert "Unfinished" not in html


def test_a_drill_page_records_with_the_phone_or_the_page(client):
    drill = make_drill("read")
    response = client.get(f"/speaking/{drill.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'accept="audio/*"' in html and "capture" in html
    assert "Thank you for calling the help desk" in html
    assert "do not judge your accent" in html
    assert "microphone=(self)" in response["Permissions-Policy"]
    assert "microphone=()" in client.get("/speaking/")["Permissions-Policy"]


def test_without_javascript_the_page_asks_only_for_what_works_then(client):
    """The record controls are hidden until speaking-recorder.js shows them; what shows
    without it is the file field, which must not say "record on this page"."""
    drill = make_drill("read")
    response = client.get(f"/speaking/{drill.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    start = html.index('<div class="recorder" data-recorder-controls hidden>')
    end = html.index("</div>", start)
    controls, rest = html[start:end], html[:start] + html[end:]
    assert "Press “Record” and speak." in controls and "data-recorder-start>Record<" in controls
    assert "on this page" not in rest.lower() and "Record”" not in rest
    assert "Record yourself with your phone's voice recorder, then choose the recording" in rest


def test_a_reading_is_scored_and_saved_and_the_recording_deleted(client):
    drill = make_drill("read")
    response = send(client, drill, recording_of())
    assert response.status_code == 302
    result = Result.objects.get()
    assert response["Location"] == f"/speaking/results/{result.pk}/"
    assert result.checked == len(READING.split()) and result.heard == result.checked
    assert not Recording.objects.exists()
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "words a minute" in html and f"{result.heard} of {result.checked}" in html
    assert "We heard every word we could check." in html
    assert "no-store" in page["Cache-Control"]


def test_a_skipped_sentence_shows_as_missed_on_the_result(client):
    drill = make_drill("read")
    send(client, drill, recording_of("Good morning. How may I help you today?"))
    html = client.get(f"/speaking/results/{Result.objects.get().pk}/").content.decode()
    assert '<del class="word-missed" title="not heard">calling</del>' in html
    missed = html.split("Not heard: ", 1)[1].split(". If you said them")[0].split(", ")
    assert {"Thank", "calling", "desk"} <= set(missed)
    assert not {"morning", "today"} & set(missed)


@pytest.mark.parametrize(
    ("audio", "message"),
    [
        (silent_recording, "could not hear any speech"),
        (lambda: SimpleUploadedFile("notes.txt", b"hello " * 100), "no sound in it"),
        (lambda: SimpleUploadedFile("x.ogg", b"OggS" + bytes(300)), "could not read that file"),
        (lambda: SimpleUploadedFile("big.wav", b"0" * (8 * 1024 * 1024 + 1)), "too large"),
        (lambda: "", "Record your answer first"),
    ],
)
def test_bad_recordings_get_a_message_and_save_nothing(client, audio, message):
    drill = make_drill("read")
    response = send(client, drill, audio())
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Result.objects.exists()


def test_a_recording_longer_than_the_drill_allows_is_refused(client):
    drill = make_drill("repeat", seconds=10)
    long = SimpleUploadedFile("long.ogg", _long_ogg(), content_type="audio/ogg")
    response = send(client, drill, long)
    assert response.status_code == 400
    assert "this takes at most 10" in response.content.decode()


def _long_ogg() -> bytes:
    from tests import speech

    return speech.encoded(
        __import__("numpy").concatenate([speech.said(READING), speech.silence(14)]), "ogg"
    )


def test_a_kept_recording_plays_to_its_owner_only_and_can_be_deleted(client):
    drill = make_drill("read")
    send(client, drill, recording_of(), keep="on")
    result = Result.objects.get()
    kept = Recording.objects.get(result=result)
    assert kept.keep_until > timezone.now() + datetime.timedelta(days=29)
    audio = client.get(f"/speaking/results/{result.pk}/recording/")
    assert audio.status_code == 200 and audio["Content-Type"] == "audio/ogg"
    assert audio.content[:4] == b"OggS" and "no-store" in audio["Cache-Control"]
    stranger = Client()
    stranger.get("/speaking/")
    for url in ("", "recording/"):
        assert stranger.get(f"/speaking/results/{result.pk}/{url}").status_code == 404
    assert stranger.post(f"/speaking/results/{result.pk}/forget-recording/").status_code == 404
    assert Recording.objects.exists()
    response = client.post(f"/speaking/results/{result.pk}/forget-recording/")
    assert response.status_code == 302 and not Recording.objects.exists()
    assert Result.objects.filter(pk=result.pk).exists()


def test_kept_recordings_expire_after_thirty_days():
    drill = make_drill("read")
    owner = Owner.objects.create(session_token=Owner.new_token())
    result = Result.objects.create(
        owner=owner,
        drill=drill,
        kind="read",
        prompt=READING,
        seconds=5,
        speaking_seconds=4,
        wpm=140,
    )
    Recording.objects.create(
        result=result, content_type="audio/ogg", data=b"x", keep_until=timezone.now()
    )
    call_command("purge_expired", verbosity=0)
    assert not Recording.objects.exists() and Result.objects.filter(pk=result.pk).exists()


def test_results_move_into_the_account_on_sign_up_and_show_on_me(client):
    drill = make_drill("read", title="Greeting a caller")
    send(client, drill, recording_of())
    response = client.post(
        "/accounts/signup/",
        {"username": "maria", "email": "m@example.org", "password1": PASSWORD,
         "password2": PASSWORD},
    )  # fmt: skip
    assert response.status_code == 302
    result = Result.objects.get()
    assert result.owner.user.username == "maria"
    me = client.get("/me/")
    assert me.status_code == 200
    assert "Speaking practice" in me.content.decode() and "Greeting a caller" in me.content.decode()


def test_a_result_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    drill = make_drill("read")
    send(client, drill, recording_of())
    url = f"/speaking/results/{Result.objects.get().pk}/"
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200
    for n in range(5):
        make_drill("read", slug=f"more-{n}")
    with django_assert_max_num_queries(8):
        assert client.get("/speaking/").status_code == 200


def test_owner_sessions_do_not_leak_between_browsers(client):
    drill = make_drill("read")
    send(client, drill, recording_of())
    other = Client()
    html = other.get("/speaking/").content.decode()
    assert "Your latest results" not in html
    assert SESSION_KEY in client.session


def test_recordings_have_their_own_tighter_limit(client, settings):
    # Without a session yet (a refused recording saves nothing) it counts per address.
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "recordings": "2/m",
        "recordings-address": "2/m",
    }
    drill = make_drill("read")
    client.defaults["REMOTE_ADDR"] = "198.51.100.23"  # an address of its own
    statuses = [send(client, drill, silent_recording()).status_code for _ in range(3)]
    assert statuses == [400, 400, 429]
    assert client.get(f"/speaking/{drill.slug}/").status_code == 200  # reading is not limited


def test_the_home_page_journey_links_speaking_practice_with_progress(client):
    drill = make_drill("read")
    home = client.get("/").content.decode()
    assert '<a href="/speaking/">Practise the voice screen out loud</a>' in home
    send(client, drill, recording_of())
    assert "1 recording scored" in client.get("/").content.decode()
