"""The accuracy drill: pairs of records that are the same or differ by one character.

Pairs come from the curated record templates and a seed, so the same seed always gives the same
pairs (a result can be re-checked). Every digit of a sample is drawn afresh; a "different" pair
changes one letter or digit of the copy.
"""

import random
import string
from dataclasses import dataclass

PAIRS = 20


@dataclass(frozen=True)
class Pair:
    label: str
    left: str
    right: str

    @property
    def same(self) -> bool:
        return self.left == self.right


def _redraw(sample: str, rng: random.Random) -> str:
    return "".join(rng.choice(string.digits) if ch.isdigit() else ch for ch in sample)


def _change_one(value: str, rng: random.Random) -> str:
    spots = [i for i, ch in enumerate(value) if ch.isalnum()]
    i = rng.choice(spots)
    ch = value[i]
    pool = (
        string.digits
        if ch.isdigit()
        else (string.ascii_uppercase if ch.isupper() else string.ascii_lowercase)
    )
    new = rng.choice([c for c in pool if c != ch])
    return value[:i] + new + value[i + 1 :]


def make_pairs(templates, seed: int, size: int = PAIRS) -> list[Pair]:
    """`templates`: (label, samples, redraw digits?) in a fixed order (by slug)."""
    usable = [template for template in templates if template[1]]
    if not usable:
        return []
    rng = random.Random(seed)
    pairs = []
    for _ in range(size):
        label, samples, redraw = rng.choice(usable)
        value = rng.choice(samples)
        value = _redraw(value, rng) if redraw else value
        same = rng.random() < 0.5 or not any(ch.isalnum() for ch in value)
        pairs.append(Pair(label, value, value if same else _change_one(value, rng)))
    return pairs
