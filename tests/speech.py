"""Speech the tests make themselves: Debian's flite reads a text in one of its voices and at a
chosen speed; silence, noise and other containers (ogg/opus, webm, m4a) are made with numpy and
PyAV. Each file is made once a test run (the synthesiser takes a moment)."""

import io
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import av
import numpy as np

RATE = 16_000


@cache
def said(text: str, voice: str = "slt", stretch: float = 1.0) -> np.ndarray:
    """`text` spoken by flite's `voice`; stretch > 1 is slower."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "said.wav"
        subprocess.run(
            ["flite", "-voice", voice, "--setf", f"duration_stretch={stretch}", "-t", text,
             "-o", str(out)],
            check=True,
            timeout=60,
        )  # fmt: skip
        with av.open(str(out)) as container:
            resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE)
            parts = [
                part.to_ndarray().reshape(-1)
                for frame in container.decode(audio=0)
                for part in resampler.resample(frame)
            ]
    samples = np.concatenate(parts).astype(np.int16)
    # flite pads each utterance with silence; trimmed, so a test's own silences are exact.
    loud = np.flatnonzero(np.abs(samples) > 300)
    return samples[loud[0] : loud[-1] + 1] if len(loud) else samples


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * RATE), dtype=np.int16)


def noise(seconds: float, loudness: int = 6000) -> np.ndarray:
    generator = np.random.default_rng(7)
    return generator.normal(0, loudness, int(seconds * RATE)).clip(-32000, 32000).astype(np.int16)


def swelling(seconds: float) -> np.ndarray:
    """Noise swelling four times a second, like syllables: not steady, so it is listened to."""
    at = np.arange(int(seconds * RATE)) / RATE
    return (noise(seconds) * (0.55 + 0.45 * np.sin(2 * np.pi * 4 * at))).astype(np.int16)


def hum(seconds: float, loudness: int = 6000) -> np.ndarray:
    """Mains hum (50 Hz and its third harmonic), as a fridge or a cheap charger makes."""
    at = np.arange(int(seconds * RATE)) / RATE
    wave = np.sin(2 * np.pi * 50 * at) + 0.5 * np.sin(2 * np.pi * 150 * at)
    return (loudness * wave).astype(np.int16)


def wav(*pieces: np.ndarray) -> bytes:
    return encoded(np.concatenate(pieces), "wav")


CODECS = {"wav": ("wav", "pcm_s16le"), "ogg": ("ogg", "libopus"), "webm": ("webm", "libopus"),
          "m4a": ("mp4", "aac")}  # fmt: skip


def encoded(samples: np.ndarray, kind: str) -> bytes:
    """The samples in a container and codec a phone or browser would send."""
    container_format, codec = CODECS[kind]
    rate = 48_000 if codec == "libopus" else RATE
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=container_format) as container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)
        for part in resampler.resample(frame) + resampler.resample(None):
            for packet in stream.encode(part):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()
