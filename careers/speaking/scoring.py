"""What a recording shows: which words of a known text were heard, pace, pauses ("dead air"),
speaking time and, where there is a transcript, filler words.

It listens for signs a voice screen listens for; it does not judge accent or grammar, and the
pages say so."""

import re
from dataclasses import dataclass, field
from itertools import pairwise

from careers.speaking.audio import Audio, check_speech
from careers.speaking.recognition import Heard, Unclear, recogniser, spoken_form

# A comfortable pace for a customer on the phone. The National Center for Voice and Speech puts
# average American conversation at about 150 words a minute, and audiobook publishers ask for
# 150-160 (both as cited by Lisa B. Marshall, 2014); below 120 sounds hesitant.
COMFORTABLE_WPM = (120, 160)
PACE_SOURCE = (
    "National Center for Voice and Speech (about 150 words a minute in conversation), as cited "
    "by Lisa B. Marshall, 2014"
)
DEAD_AIR_SECONDS = 1.0
FILLERS = {"um", "uh", "ah", "er", "erm", "hmm", "mm"}
MIN_HEARD_SHARE = 0.2  # under a fifth of the words heard: the recording, not the reader
QUIETER = (
    "We heard speech but could make out almost none of the words. Find a quieter place, hold "
    "the phone close, and"
)
NOT_CLEAR = f"{QUIETER} read the text shown on the page."
NOT_CLEAR_ANSWER = f"{QUIETER} say it again."


@dataclass
class Word:
    text: str  # as written, with its punctuation
    heard: bool | None  # None: not checked (a number or a name the recogniser does not know)


@dataclass
class Pause:
    after: str  # the last word heard before it ("" at the start)
    at: float  # seconds into the recording
    seconds: float


@dataclass
class Scored:
    seconds: float
    speaking_seconds: float
    wpm: float
    pauses: list[Pause]
    words: list[Word] = field(default_factory=list)  # known text only
    transcript: str = ""  # open answers only
    fillers: dict[str, int] = field(default_factory=dict)

    @property
    def checked(self) -> int:
        return sum(1 for w in self.words if w.heard is not None)

    @property
    def heard(self) -> int:
        return sum(1 for w in self.words if w.heard)

    @property
    def missed(self) -> list[int]:
        return [i for i, w in enumerate(self.words) if w.heard is False]


class NotHeard(ValueError):
    """Speech, but almost none of the expected words: noise, another text, or a bad line."""


def _pace(count: int, heard: list[Heard]) -> float:
    if count < 2 or not heard:
        return 0.0
    minutes = (heard[-1].end - heard[0].start) / 60
    return round(count / minutes, 1) if minutes > 0 else 0.0


def _pauses(spans: list[tuple[float, float]], heard: list[Heard]) -> list[Pause]:
    """Silences over DEAD_AIR_SECONDS between stretches of speech, each placed after the last
    word heard before it."""
    pauses = []
    for (_, end), (start, _) in pairwise(spans):
        if start - end > DEAD_AIR_SECONDS:
            before = [h.word for h in heard if h.end <= end + 0.2]
            pauses.append(Pause(before[-1] if before else "", round(end, 1), round(start - end, 1)))
    return pauses


def score_reading(text: str, audio: Audio) -> Scored:
    """A known text read aloud or repeated: each word heard or missed, in order."""
    spans = check_speech(audio)
    engine = recogniser()
    written = text.split()
    spoken = [spoken_form(w) for w in written]
    try:
        heard = engine.align(audio.samples, spoken, spans)
    except Unclear:
        raise NotHeard(NOT_CLEAR) from None
    found = {h.index for h in heard}
    words = [
        Word(w, (i in found) if engine.known(s) else None)
        for i, (w, s) in enumerate(zip(written, spoken, strict=True))
    ]
    checked = sum(1 for w in words if w.heard is not None)
    if checked and len(found) < MIN_HEARD_SHARE * checked:
        raise NotHeard(NOT_CLEAR)
    return Scored(
        seconds=round(audio.seconds, 1),
        speaking_seconds=round(sum(e - s for s, e in spans), 1),
        wpm=_pace(len(heard), heard),
        pauses=_pauses(spans, heard),
        words=words,
    )


def score_answer(audio: Audio) -> Scored:
    """An open answer: what we heard (a rough transcript), pace, pauses and fillers."""
    spans = check_speech(audio)
    try:
        heard = recogniser().transcribe(audio.samples, spans)
    except Unclear:
        raise NotHeard(NOT_CLEAR_ANSWER) from None
    said = [h.word for h in heard]
    fillers: dict[str, int] = {}
    for word in said:
        if word in FILLERS:
            fillers[word] = fillers.get(word, 0) + 1
    content = [h for h in heard if h.word not in FILLERS]
    return Scored(
        seconds=round(audio.seconds, 1),
        speaking_seconds=round(sum(e - s for s, e in spans), 1),
        wpm=_pace(len(content), content),
        pauses=_pauses(spans, heard),
        transcript=re.sub(r"\s+", " ", " ".join(h.word for h in content)).strip(),
        fillers=fillers,
    )
