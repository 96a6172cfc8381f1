"""Factories for speaking practice: drills (published by default) and recordings to send."""

from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile

from careers.common.models import Status
from careers.speaking.models import Drill
from tests import speech

_seq = count(1)

READING = "Good morning. Thank you for calling the help desk. How may I help you today?"


def make_drill(kind="read", **kw) -> Drill:
    n = next(_seq)
    text = READING if kind in ("read", "repeat") else "Tell me about yourself."
    data = {"slug": f"drill-{n}", "title": f"Drill {n}", "kind": kind, "text": text}
    return Drill.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def recording_of(text: str = READING, kind: str = "ogg", *, name="answer") -> SimpleUploadedFile:
    data = speech.encoded(speech.said(text), kind)
    return SimpleUploadedFile(f"{name}.{kind}", data, content_type=f"audio/{kind}")


def silent_recording() -> SimpleUploadedFile:
    data = speech.encoded(speech.silence(4), "ogg")
    return SimpleUploadedFile("quiet.ogg", data, content_type="audio/ogg")


def swelling_recording(seconds: float) -> SimpleUploadedFile:
    """Noise swelling like syllables (not steady: the recogniser listens to it)."""
    data = speech.encoded(speech.swelling(seconds), "ogg")
    return SimpleUploadedFile("noise.ogg", data, content_type="audio/ogg")
