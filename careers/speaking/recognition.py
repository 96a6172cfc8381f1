"""The speech recogniser behind speaking practice: pluggable, offline, on our own server.

The default is CMU PocketSphinx 5, whose wheel ships its US English model, so it works with no
download. It is good at one thing we need most: checking a KNOWN text (read aloud, repeat a
sentence) by alignment. Free dictation of an open answer is rough with it; an operator who
wants better transcripts sets SPEAKING_RECOGNISER to the dotted path of another class with the
same two methods (for example one wrapping a faster-whisper or whisper.cpp model file they
provide); nothing else changes.

    known(word) -> bool                   # can it check this word (is it in its dictionary)?
    align(samples, words, spans) -> [Heard]   # which of `words` were said, in order, with times
    transcribe(samples, spans) -> [Heard]     # what was said, with times (index is -1)

`samples` are 16 kHz mono int16 (careers.speaking.audio); `spans` the (start, end) seconds of
speech in them, so a recogniser need not listen to silence. A recogniser that gives up on a
recording (it took longer than clear speech ever does) raises Unclear.
"""

import re
import threading
import time
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.utils.module_loading import import_string

from careers.speaking.audio import RATE, frame_loudness, steady

FRAME_SECONDS = 0.01
# A stretch of speech may match the next few words of the text: about as many as anybody says in
# that time (WORDS_A_SECOND, a brisk 180 a minute) plus SPARE. The grammar's size bounds the
# time it takes (a 20-word grammar decodes 4 s of speech in about 0.15 s here). A stretch that
# matches under FEW of what it should is tried again with SKIPPED more words (a sentence).
WORDS_A_SECOND = 3.0
SPARE = 4
FEW = 0.75
SKIPPED = 24
NOT_WORDS = {"<s>", "</s>", "<sil>", "(NULL)", "[NOISE]"}
# A stretch of sound longer than this is cut at its quietest moment: the grammar grows with a
# stretch's length and the search's time with both (60 s of noise against the 184-word grammar
# it called for took 93 s of one core; cut, noise that is not steady costs about 0.15 s a second).
MAX_PIECE_SECONDS = 10.0
# Aligning clear speech takes about 0.03 s of one core a second of recording; past this budget
# the recording is not clear speech, and a request must not hold a worker for minutes.
CPU_SECONDS = 2.0
CPU_A_SECOND = 0.1
# Transcribing costs much the same a second for speech as for noise swelling like syllables
# (0.1-0.3 s of one core a second of clear speech, about 0.5 over background noise; that noise
# 0.1), so no allowance a second tells them apart. Words do: speech makes out 2-4 a second at
# 0.06-0.09 s of CPU each (0.15-0.3 over background noise), that noise 0.14 a second at 0.7 s
# each. So the first stretch is always heard and later ones are paid for by the words made out
# before them: that noise stops after about 25 s of it, speech goes on (bench/speaking.py).
OPEN_CPU_SECONDS = 1.0
CPU_A_WORD = 0.4
# The decoder's settings. cmn "batch" normalises each recording on its own, so a result never
# depends on the recordings this process heard before (the default, "live", carries an estimate
# over). maxhmmpf caps the sounds (HMMs) the open transcription follows a 10 ms frame (default
# 30000): speech over background noise keeps far more of them alive for little gain. Measured
# with bench/decoder_settings.py (four flite voices, 40 s each, one core, Dec 2026), 7000
# against the default: the transcript's word accuracy 81.2 vs 81.6 % clear, 41.3 vs 41.3 % over
# white noise of RMS 400, 20.4 vs 19.7 % at 800; its CPU 7 % less clear, 20-30 % less over
# noise. Reading scores (alignment) are the same to the word: their small grammars never reach
# the cap. 5000 saved 30-45 % but lost words at the start of a stretch ("good morning" in slt,
# which tests/test_speaking_scoring.py catches); narrower beams lost 9 points clear.
DECODER: dict[str, object] = {"cmn": "batch", "maxhmmpf": 7000}


class Unclear(Exception):
    """The recogniser gave up on a recording: listening to it took far longer than to speech."""


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

        self._decoder = Decoder(samprate=16000, loglevel="FATAL", **DECODER)
        self._lock = threading.RLock()  # one decoder, one recording at a time

    def known(self, word: str) -> bool:
        with self._lock:
            return bool(word) and self._decoder.lookup_word(word) is not None

    def _decode(self, samples, search: str | None, *, best_path: bool = True) -> list[Heard]:
        """The words heard in `samples` by `search` (None: the open-vocabulary model).

        best_path=False reads the result before the utterance ends: the best path the search
        itself found, without the final lattice rescoring. For a grammar that lattice grows
        steeply with sound that fits no word (2 s of noise took 5 s of one core, 6 s took 60 s:
        a denial of service); the search alone is linear (0.07 s a second of audio)."""
        decoder = self._decoder
        decoder.activate_search(search)
        decoder.start_utt()
        decoder.process_raw(samples.tobytes(), full_utt=True)  # whole: batch CMN sees it all
        if best_path:
            decoder.end_utt()
        heard = [] if decoder.hyp() is None else list(decoder.seg())  # None: nothing fits
        if not best_path:
            decoder.end_utt()
        return [
            Heard(_base(seg.word), seg.start_frame * FRAME_SECONDS, seg.end_frame * FRAME_SECONDS)
            for seg in heard
            if seg.word not in NOT_WORDS
        ]

    def align(self, samples, words: list[str], spans: list[tuple[float, float]]) -> list[Heard]:
        """Walk through the speech a stretch at a time. Each stretch may say any of the next
        few words of the text, each optional: a grammar where a skipped word is allowed and
        reported (a strict alignment fails at the first skipped word). A small grammar is fast
        and cannot jump far ahead; when a stretch matches too little of it (a skipped sentence
        before it), it is tried once more against a longer stretch of the text."""
        heard: list[Heard] = []
        position = 0
        budget = Budget(CPU_SECONDS + CPU_A_SECOND * len(samples) / RATE)
        with self._lock:
            for start, end in _pieces(samples, spans):
                if position >= len(words):
                    break
                budget.check()
                piece = samples[int(start * RATE) : int(end * RATE)]
                expected = int((end - start) * WORDS_A_SECOND)
                size = expected + SPARE
                found = self._align_piece(piece, words, position, size)
                # Too few words for the time (a skipped sentence before them, so the window
                # ended too soon): try a longer stretch of the text.
                if len(found) < expected * FEW and position + size < len(words):
                    budget.check()
                    wider = self._align_piece(piece, words, position, expected + SKIPPED)
                    found = wider if len(wider) > len(found) else found
                for item in found:
                    heard.append(Heard(item.word, start + item.start, start + item.end, item.index))
                    position = item.index + 1
        return heard

    def _align_piece(self, piece, words, position, size) -> list[Heard]:
        scored = [(i, w) for i, w in enumerate(words[position : position + size], position)]
        scored = [(i, w) for i, w in scored if self.known(w)]
        if not scored:
            return []
        grammar = "#JSGF V1.0;\ngrammar read;\npublic <read> = "
        grammar += " ".join(f"[{w}]" for _, w in scored) + " ;\n"
        self._decoder.add_jsgf_string("read", grammar)
        found, cursor = [], 0
        for item in self._decode(piece, "read", best_path=False):
            # The grammar keeps the text's order: each word heard is the next expected
            # position that spells it.
            for k in range(cursor, len(scored)):
                if scored[k][1] == item.word:
                    found.append(Heard(item.word, item.start, item.end, scored[k][0]))
                    cursor = k + 1
                    break
        return found

    def transcribe(self, samples, spans: list[tuple[float, float]]) -> list[Heard]:
        """What was said, a stretch at a time; each stretch must pay for the next in words."""
        heard: list[Heard] = []
        budget = Budget(OPEN_CPU_SECONDS)
        with self._lock:
            for start, end in _pieces(samples, spans):
                budget.check()
                piece = samples[int(start * RATE) : int(end * RATE)]
                found = self._decode(piece, None)
                budget.earn(CPU_A_WORD * len(found))
                for item in found:
                    heard.append(Heard(item.word, start + item.start, start + item.end))
        return heard


class Budget:
    """The CPU time (this thread's, time.thread_time: not the time spent waiting for the lock or
    for another request) listening to one recording may take, checked before each stretch: a
    request must not hold a worker for minutes. Past it, Unclear."""

    def __init__(self, seconds: float) -> None:
        self._until = time.thread_time() + seconds

    def earn(self, seconds: float) -> None:
        self._until += seconds

    def check(self) -> None:
        if time.thread_time() > self._until:
            raise Unclear("listening took longer than clear speech ever does")


def _pieces(samples, spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Each stretch of speech, padded by a little silence so that no word is cut at its edge;
    one longer than MAX_PIECE_SECONDS cut at its quietest moment in the second half of that
    (between two words, most likely). None at all when all of them together are steady noise (a hum,
    a fan, hiss: nothing to hear). Steadiness is judged on the whole: a second or two of
    continuous speech can be as even as pink noise."""
    loud = [samples[int(start * RATE) : int(end * RATE)] for start, end in spans]
    if not loud or steady(np.concatenate(loud)):
        return []
    pieces = []
    for start, end in spans:
        start, end = max(0.0, start - 0.15), end + 0.15
        while end - start > MAX_PIECE_SECONDS:
            cut = _quietest(samples, start + MAX_PIECE_SECONDS / 2, start + MAX_PIECE_SECONDS)
            pieces.append((start, cut))
            start = cut
        pieces.append((start, end))
    return pieces


def _quietest(samples, start: float, end: float) -> float:
    """The start (seconds) of the quietest 10 ms frame between start and end."""
    loud = frame_loudness(samples[int(start * RATE) : int(end * RATE)])
    return round(start + int(loud.argmin()) * FRAME_SECONDS, 2)


_made: dict[str, object] = {}
_making = threading.Lock()


def recogniser():
    """The configured recogniser (settings.SPEAKING_RECOGNISER), made once a process (two first
    requests at once still load the model once)."""
    path = settings.SPEAKING_RECOGNISER
    if path not in _made:
        with _making:
            if path not in _made:
                _made[path] = import_string(path)()
    return _made[path]
