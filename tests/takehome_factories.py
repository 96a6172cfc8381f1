"""Factories for the take-home calculator's rates (published by default, each with a source)."""

from itertools import count

from careers.common.models import Status
from careers.takehome.models import Rate

_seq = count(1)


def make_rate(country="philippines", kind="sss", **kw) -> Rate:
    n = next(_seq)
    data = {
        "slug": f"rate-{n}",
        "country": country,
        "kind": kind,
        "valid_from": 2025,
        "name": f"Rate {n}",
        "percent": 5,
        "source_name": "Official table",
        "source_year": 2025,
        "source_url": "https://example.gov/table",
    }
    return Rate.objects.create(**{**data, "status": Status.PUBLISHED, **kw})
