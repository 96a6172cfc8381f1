"""Reading a recording: any common upload (webm/opus, m4a/aac, 3gp/amr, ogg, wav, mp3) decoded
by PyAV, whose wheel bundles FFmpeg's codecs, into 16 kHz mono samples, the form the recogniser
listens to; and where in it somebody is speaking (a simple loudness test, enough for pauses).

Every problem is an AudioError whose message tells the job seeker what to do."""

from dataclasses import dataclass

import av
import numpy as np
from django.conf import settings

RATE = 16_000
MAX_SECONDS = 120
MIN_SPEECH_SECONDS = 1.0
FRAME = RATE // 100  # 10 ms frames, the recogniser's own frame rate
QUIET_RMS = 120  # below this (of 32,768) a frame is silence, whatever the room
GAP_SECONDS = 0.3  # shorter quiet stretches are part of speech (between syllables, stops)
STEADY_WINDOW = 5  # frames (50 ms): loudness smoothed over this, so hiss does not flicker
STEADY_DB = 7.0  # a stretch whose loudness varies less than this is noise, not speech


NO_SOUND = "That file has no sound in it. Record again, or pick an audio file."


class AudioError(ValueError):
    """A recording we cannot use; the message says why and what to try."""


@dataclass(frozen=True)
class Audio:
    samples: np.ndarray  # int16, mono, RATE per second

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE


def decode(upload) -> Audio:
    """The upload (a file object) as 16 kHz mono samples, or AudioError."""
    size = getattr(upload, "size", None)
    # Two minutes of phone audio is well under 2 MB (wav is larger); the upload handler stops
    # anything over the cap while it arrives, this catches files handed over otherwise.
    if size is not None and size > settings.MAX_UPLOAD_BYTES:
        raise AudioError("That recording is too large. Keep it under two minutes.")
    if size == 0:
        raise AudioError("That file is empty. Record again.")
    chunks, total = [], 0
    try:
        with av.open(upload, mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioError(NO_SOUND)
            resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
            for frame in container.decode(audio=0):
                for out in resampler.resample(frame):
                    chunks.append(out.to_ndarray().reshape(-1))
                    total += out.samples
                if total > (MAX_SECONDS + 1) * RATE:
                    raise AudioError("That recording is longer than two minutes. Keep it shorter.")
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray().reshape(-1))
    except AudioError:
        raise
    except (av.error.FFmpegError, ValueError, IndexError, EOFError, OSError):
        raise AudioError(
            "We could not read that file as a recording. Record again here, or upload a voice "
            "memo (m4a, 3gp, ogg, webm, wav or mp3)."
        ) from None
    if not chunks:
        raise AudioError(NO_SOUND)
    return Audio(np.concatenate(chunks).astype(np.int16, copy=False))


def frame_loudness(samples: np.ndarray) -> np.ndarray:
    """Root-mean-square loudness of each 10 ms frame."""
    frames = len(samples) // FRAME
    if frames == 0:
        return np.zeros(0)
    shaped = samples[: frames * FRAME].astype(np.float32).reshape(frames, FRAME)
    return np.sqrt((shaped**2).mean(axis=1))


def steady(samples: np.ndarray) -> bool:
    """Whether a stretch of sound keeps an even loudness (a hum, a fan, hiss), so is no speech.
    Speech rises and falls with its syllables: between the loud and the quiet tenth of its
    50 ms windows flite's voices span 25-35 dB, and under loud noise (5 dB quieter than the
    voice) still 9; steady noise spans a few (white 1, pink 5, a mains hum 0)."""
    loud = frame_loudness(samples)
    if len(loud) < STEADY_WINDOW:
        return False
    smooth = np.convolve(loud, np.ones(STEADY_WINDOW) / STEADY_WINDOW, mode="valid")
    decibels = 20 * np.log10(np.maximum(smooth, 1.0))
    low, high = np.percentile(decibels, [10, 90])
    return float(high - low) < STEADY_DB


def speech_spans(audio: Audio) -> list[tuple[float, float]]:
    """(start, end) seconds of each stretch of speech: frames louder than the quiet threshold
    (or than a fifth of the recording's loud level, for a noisy room), joined across gaps
    shorter than GAP_SECONDS."""
    loud = frame_loudness(audio.samples)
    if not len(loud):
        return []
    threshold = max(QUIET_RMS, float(np.percentile(loud, 95)) / 5)
    spans: list[list[int]] = []
    gap = int(GAP_SECONDS * 100)
    for index in np.flatnonzero(loud > threshold):
        if spans and index - spans[-1][1] <= gap:
            spans[-1][1] = index + 1
        else:
            spans.append([int(index), int(index) + 1])
    # A click or a breath (under 0.1 s) is not speech.
    return [(start / 100, end / 100) for start, end in spans if end - start >= 10]


def check_speech(audio: Audio) -> list[tuple[float, float]]:
    """The speech spans, or AudioError for a silent or too short recording."""
    if audio.seconds < MIN_SPEECH_SECONDS:
        raise AudioError("That recording is too short. Press record, speak, then stop.")
    spans = speech_spans(audio)
    speaking = sum(end - start for start, end in spans)
    if speaking < MIN_SPEECH_SECONDS:
        raise AudioError(
            "We could not hear any speech. Check that the microphone is allowed and not "
            "muted, hold the phone closer, and try again."
        )
    return spans
