"""The speech recogniser behind speaking practice: pluggable, offline, on our own server.

The default is CMU PocketSphinx 5, whose wheel ships its US English model, so it works with no
download. It is good at one thing we need most: checking a KNOWN text (read aloud, repeat a
sentence) by alignment. Free dictation of an open answer is rough with it; an operator who
wants better transcripts sets SPEAKING_RECOGNISER to the dotted path of another class with the
same two methods (for example one wrapping a faster-whisper or whisper.cpp model file they
provide); nothing else changes.

    align(samples, words) -> [Heard]      # which of `words` were said, in order, with times
    transcribe(samples) -> [Heard]        # what was said, with times (index is -1)
"""

import re
import threading
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

FRAME_SECONDS = 0.01
WINDOW = 40  # words of the text a stretch of speech may match: bounds the grammar's size
SPANS_JOINED_UP_TO = 8.0  # seconds: stretches of speech are decoded in pieces about this long
NOT_WORDS = {"<s>", "</s>", "<sil>", "(NULL)", "[NOISE]"}


@dataclass(frozen=True)
class Heard:
    word: str
    start: float
    end: float
    index: int = -1  # position in the expected text, for alignment


def spoken_form(word: str) -> str:
    """How the dictionary spells a word: lower case, letters and apostrophes only."""
    return re.sub(r"[^a-z']", "", word.lower()).strip("'")


def _base(word: str) -> str:
    return re.sub(r"\(\d+\)$", "", word)  # "your(2)": the dictionary's second pronunciation


class PocketSphinx:
    """One decoder a process (loading the model takes about a second), used under a lock."""

    def __init__(self) -> None:
        from pocketsphinx import Decoder

        self._decoder = Decoder(samprate=16000, loglevel="FATAL")
        self._lock = threading.Lock()

    def known(self, word: str) -> bool:
        return bool(word) and self._decoder.lookup_word(word) is not None

    def _decode(self, samples, search: str | None) -> list[Heard]:
        decoder = self._decoder
        decoder.activate_search(search)
        decoder.start_utt()
        decoder.process_raw(samples.tobytes(), full_utt=True)
        decoder.end_utt()
        return [
            Heard(_base(seg.word), seg.start_frame * FRAME_SECONDS, seg.end_frame * FRAME_SECONDS)
            for seg in decoder.seg()
            if seg.word not in NOT_WORDS
        ]

    def align(self, samples, words: list[str], spans: list[tuple[float, float]]) -> list[Heard]:
        """Walk through the speech a piece at a time; each piece may say any of the next WINDOW
        words, each optional (a grammar where a skipped word is allowed and reported, unlike a
        strict alignment that fails on the first skipped word)."""
        heard: list[Heard] = []
        position = 0
        with self._lock:
            for start, end in _pieces(spans):
                if position >= len(words):
                    break
                window = words[position : position + WINDOW]
                scored = [(i, w) for i, w in enumerate(window, position) if self.known(w)]
                if not scored:
                    position += len(window)
                    continue
                grammar = "#JSGF V1.0;\ngrammar read;\npublic <read> = "
                grammar += " ".join(f"[{w}]" for _, w in scored) + " ;\n"
                self._decoder.add_jsgf_string("read", grammar)
                piece = samples[int(start * 16000) : int(end * 16000)]
                said = self._decode(piece, "read")
                cursor = 0
                for item in said:
                    # The grammar keeps the text's order: match each word to the next expected
                    # position that spells it.
                    for k in range(cursor, len(scored)):
                        if scored[k][1] == item.word:
                            index = scored[k][0]
                            heard.append(
                                Heard(item.word, start + item.start, start + item.end, index)
                            )
                            cursor = k + 1
                            position = index + 1
                            break
        return heard

    def transcribe(self, samples, spans: list[tuple[float, float]]) -> list[Heard]:
        heard: list[Heard] = []
        with self._lock:
            for start, end in _pieces(spans):
                piece = samples[int(start * 16000) : int(end * 16000)]
                for item in self._decode(piece, None):
                    heard.append(Heard(item.word, start + item.start, start + item.end))
        return heard


def _pieces(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Stretches of speech joined into pieces of up to SPANS_JOINED_UP_TO seconds, each padded
    by a little silence so that no word is cut at its edge."""
    pieces: list[list[float]] = []
    for start, end in spans:
        if pieces and end - pieces[-1][0] <= SPANS_JOINED_UP_TO:
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    return [(max(0.0, start - 0.15), end + 0.15) for start, end in pieces]


@cache
def recogniser():
    """The configured recogniser (settings.SPEAKING_RECOGNISER), made once a process."""
    return import_string(settings.SPEAKING_RECOGNISER)()
