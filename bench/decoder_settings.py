"""How the recogniser's settings trade accuracy for CPU (not a test: no assertions).

Usage: make bench-decoder   (or: .venv/bin/python bench/decoder_settings.py [SETTING ...], names
from SETTINGS; all of them by default)
For each decoder setting, reads bench/speaking.py's customer-service script (11 sentences, about
40 s, a 0.6 s pause after each) in four of flite's voices, clear and over white noise of RMS 400,
800 and 1500 (bench/speaking.py uses 800, 1500 and 3000; at 1500 the transcript is already
almost all wrong, so 3000 tells nothing more and 400 is added), and prints, on one core, with
the CPU budgets switched off (this measures the decoder, not the budget):
- reading: the words heard of the text (the score the user sees) when all of it is read;
- skipped: two of the sentences left out: words heard of those read, and of those left out
  (heard when not said: wrong);
- open: the transcript's word accuracy against the text (1 - word error rate, the usual edit
  distance over words);
- the CPU seconds each took (time.process_time), alignment (reading + skipped) and open apart.
Then a total a setting for each noise level, over the four voices. "default" is PocketSphinx's
own (maxhmmpf 30000); the setting in use is careers.speaking.recognition.DECODER. All of them
take about half an hour of one core; CPU figures move 10-15 % with the machine's load, so
compare settings run one after the other (the figures in recognition.py were).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
os.environ.setdefault("DEBUG", "true")

import django

django.setup()

import numpy as np  # noqa: E402
from django.conf import settings  # noqa: E402

from careers.speaking import audio, recognition  # noqa: E402
from careers.speaking.scoring import NotHeard, score_answer, score_reading  # noqa: E402
from tests import speech  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speaking import SCRIPT  # noqa: E402

DEFAULT = {"cmn": "batch"}
SETTINGS = {
    "default": DEFAULT,
    "maxhmmpf=10000": DEFAULT | {"maxhmmpf": 10000},
    "maxhmmpf=7000": DEFAULT | {"maxhmmpf": 7000},
    "maxhmmpf=5000": DEFAULT | {"maxhmmpf": 5000},
    "maxhmmpf=3000": DEFAULT | {"maxhmmpf": 3000},
    "beam=1e-40,wbeam=1e-24": DEFAULT | {"beam": 1e-40, "wbeam": 1e-24},
}
VOICES = ["kal", "slt", "awb", "rms"]
NOISES = [0, 400, 800, 1500]
SKIPPED = {2, 6}  # the sentences left out of the "skipped" reading


def spoken(text: str) -> list[str]:
    return [w for w in (recognition.spoken_form(w) for w in text.split()) if w]


def read(voice: str, noise: int, sentences: list[str]) -> np.ndarray:
    pieces = [p for line in sentences for p in (speech.said(line, voice), speech.silence(0.6))]
    samples = np.concatenate(pieces).astype(np.int32)
    if noise:
        samples += speech.noise(len(samples) / speech.RATE, loudness=noise)[: len(samples)]
    return samples.clip(-32000, 32000).astype(np.int16)


def errors(reference: list[str], said: list[str]) -> int:
    """Word edit distance: substitutions, deletions and insertions."""
    row = list(range(len(said) + 1))
    for i, word in enumerate(reference, 1):
        previous, row[0] = row[0], i
        for j, other in enumerate(said, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (word != other))
    return row[-1]


def heard_words(text: str, samples: np.ndarray) -> list[bool | None]:
    try:
        return [w.heard for w in score_reading(text, audio.Audio(samples)).words]
    except NotHeard:
        return [False] * len(text.split())


def measure(voice: str, noise: int) -> dict[str, float]:
    text = " ".join(SCRIPT)
    start = time.process_time()
    full = heard_words(text, read(voice, noise, SCRIPT))
    kept = [s for i, s in enumerate(SCRIPT) if i not in SKIPPED]
    skipped = heard_words(text, read(voice, noise, kept))
    aligned = time.process_time()
    transcript = score_answer(audio.Audio(read(voice, noise, SCRIPT))).transcript.split()
    done = time.process_time()
    left_out = [i in SKIPPED for i, line in enumerate(SCRIPT) for _ in line.split()]
    pairs = list(zip(skipped, left_out, strict=True))
    reference = spoken(text)
    return {
        "heard": sum(1 for h in full if h),
        "checked": sum(1 for h in full if h is not None),
        "kept heard": sum(1 for h, out in pairs if h and not out),
        "kept": sum(1 for h, out in pairs if h is not None and not out),
        "out heard": sum(1 for h, out in pairs if h and out),
        "out": sum(1 for h, out in pairs if h is not None and out),
        "errors": errors(reference, transcript),
        "words": len(reference),
        "said": len(transcript),
        "align cpu": aligned - start,
        "open cpu": done - aligned,
    }


def line(name: str, m: dict[str, float]) -> str:
    return (
        f"{name:22s} reading {m['heard'] / m['checked']:6.1%}  "
        f"skipped {m['kept heard'] / m['kept']:6.1%} / {m['out heard']:2.0f} of {m['out']:2.0f}  "
        f"open {1 - m['errors'] / m['words']:6.1%} ({m['said']:3.0f} words)  "
        f"cpu align {m['align cpu']:5.1f} s, open {m['open cpu']:5.1f} s"
    )


def main() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    recognition.CPU_SECONDS = recognition.OPEN_CPU_SECONDS = 1e9  # the budgets off
    names = sys.argv[1:] or list(SETTINGS)
    for name in names:
        recognition.DECODER = SETTINGS[name]
        recognition._made[settings.SPEAKING_RECOGNISER] = recognition.PocketSphinx()
        print(f"== {name}: {SETTINGS[name]}", flush=True)
        totals = {}
        for noise in NOISES:
            for voice in VOICES:
                m = measure(voice, noise)
                print(line(f"{voice}, noise {noise}", m), flush=True)
                totals[noise] = {k: totals.get(noise, {}).get(k, 0) + v for k, v in m.items()}
        for noise, m in totals.items():
            print(line(f"ALL, noise {noise}", m), flush=True)


if __name__ == "__main__":
    main()
