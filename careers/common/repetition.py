"""Spaced repetition with Leitner boxes: one rule for every app that brings items back.

The rule, as the practice pages explain it to job seekers:

- every item you rate sits in one of five boxes;
- rate it 1 or 2 and it goes (back) to box 1; rate it 3 and it stays in its box; rate it 4 or 5
  and it moves up one box, to box 5 at most. An item rated for the first time counts as if it
  had been in box 2 (so: 1-2 -> box 1, 3 -> box 2, 4-5 -> box 3);
- a new session takes box 1 first, then items never rated, then boxes 2 to 5, lowest box and
  longest ago first.

Interview practice rates answers 1 to 5; a drill's right answer counts as good (4) and a wrong
one as the lowest rating (1).
"""

from django.db.models import OuterRef, Subquery

BOXES = 5
NEVER_RATED_BOX = 2  # where an item "was" before its first rating
WEAK_RATING = 2  # ratings at or below this send an item back to box 1
RIGHT, WRONG = 4, 1  # a checked answer as a rating


def next_box(box_before: int | None, rating: int) -> int:
    """The Leitner box after a rating."""
    if rating <= WEAK_RATING:
        return 1
    box = box_before or NEVER_RATED_BOX
    return box if rating == 3 else min(box + 1, BOXES)


def priority(box: int | None, last_seen, tiebreak: float) -> tuple:
    """Sort key for picking the next items: box 1, then never rated, then boxes 2-5, each
    longest ago first; `tiebreak` (a random number) orders the rest."""
    if box is None:
        return (1, 0, 0, tiebreak)
    return (0 if box == 1 else 2, box, last_seen.timestamp(), tiebreak)


def due_first(pool, progress, link: str, size: int, rng) -> list:
    """Up to `size` rows of `pool` in the order above (one query). `progress` is the owner's
    progress queryset (with `box` and `last_seen`), `link` its field pointing at the pool."""
    mine = progress.filter(**{link: OuterRef("pk")})
    candidates = pool.only("pk").annotate(
        box=Subquery(mine.values("box")[:1]), last_seen=Subquery(mine.values("last_seen")[:1])
    )
    return sorted(candidates, key=lambda c: priority(c.box, c.last_seen, rng.random()))[:size]
