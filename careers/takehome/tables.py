"""The rate tables in force: one query, then grouped by kind and place in Python."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from careers.takehome.models import Rate


@dataclass
class Tables:
    country: str
    year: int
    rows: dict = field(default_factory=dict)  # (kind, place) -> [Rate], lowest bracket first

    def of(self, kind: str, place: str = "") -> list[Rate]:
        """A kind's brackets: the place's own rows when it has them, else the national ones."""
        return self.rows.get((kind, place)) or self.rows.get((kind, ""), [])

    def one(self, kind: str, place: str = "") -> Rate | None:
        rows = self.of(kind, place)
        return rows[0] if rows else None

    def all_rows(self) -> list[Rate]:
        return [rate for rows in self.rows.values() for rate in rows]


def tables_for(country: str, today: datetime.date | None = None) -> Tables:
    """Each kind's rows from its latest valid_from year that is not in the future."""
    year = (today or datetime.date.today()).year
    tables = Tables(country, year)
    latest: dict = {}
    grouped = defaultdict(list)
    for rate in Rate.objects.in_force(country, year):  # newest year first per kind and place
        key = (rate.kind, rate.place)
        latest.setdefault(key, rate.valid_from)
        if rate.valid_from == latest[key]:
            grouped[key].append(rate)
    tables.rows = dict(grouped)
    return tables
