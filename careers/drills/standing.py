"""Where a job seeker stands: their typing results against what a role asks for."""

from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import Max, Window

from careers.common.compiled import Compiled
from careers.common.reads import Reads
from careers.drills.models import AccuracyResult, TypingResult
from careers.roles.models import Role


class TypingAsk(NamedTuple):
    """What a role asks for on the typing test, as plain data a shared page can keep
    (bpoportal.serving.visitor_parts): `Standing.versus` and the templates read it like a role."""

    url: str
    name: str
    typing_wpm: int
    typing_accuracy: int | None


def typing_ask(role) -> tuple:
    """A plain tuple (the fields of TypingAsk) for the visitor part that compares."""
    return (role.get_absolute_url(), role.name, role.typing_wpm, role.typing_accuracy)


@dataclass
class Standing:
    latest: TypingResult | None
    best_wpm: float | None
    history: list

    def versus(self, role) -> dict | None:
        """Latest result against the role's typing requirement, or None if it asks for none."""
        if not role.typing_wpm:
            return None
        need_acc = role.typing_accuracy or 0
        latest = self.latest
        meets = bool(latest and latest.net_wpm >= role.typing_wpm and latest.accuracy >= need_acc)
        if latest is None:
            advice = "Take the typing test to see where you stand."
        elif meets:
            advice = ""
        elif latest.accuracy < need_acc:
            advice = "Slow down a little and aim for no mistakes: accuracy counts first."
        else:
            gap = role.typing_wpm - latest.net_wpm
            advice = f"About {gap:.0f} WPM to go: practise a passage a day."
        return {"role": role, "latest": latest, "meets": meets, "advice": advice}


# Each runs on every page that shows a job seeker's typing or accuracy: compiled once per
# process (common.compiled). They leave out the typed text and the pairs as shown and answered
# (up to 5,600 characters a row), which no summary shows: those are for a result's own page.
HISTORY = 20
_RESULTS = Compiled(
    lambda owner_id: (
        TypingResult.objects.filter(owner_id=owner_id, plausible=True)
        .defer("typed", "passage_text")
        .annotate(best=Window(Max("net_wpm")))[:HISTORY]
    )
)
_LATEST = Compiled(
    lambda owner_id: TypingResult.objects.filter(owner_id=owner_id, plausible=True).defer(
        "typed", "passage_text"
    )[:1]
)
_LATEST_ACCURACY = Compiled(
    lambda owner_id: AccuracyResult.objects.filter(owner_id=owner_id).defer("answers", "shown")[:1]
)


def standing(owner) -> Standing:
    """One owner's latest typing results and their best ever (one query), or an empty
    standing. The best is a window over all their results, computed before the limit."""
    if owner is None:
        return Standing(None, None, [])
    return _standing_of(_RESULTS.all(owner.pk))


def standing_read(owner):
    """`standing` as Reads, to read with other apps' rows (/me/, a plan's milestones); an empty
    Standing without owner. The same query, built rather than compiled: it joins a statement."""
    if owner is None:
        return Standing(None, None, [])
    return Reads((_RESULTS.queryset(owner.pk),), _standing_of)


def _standing_of(results) -> Standing:
    return Standing(
        results[0] if results else None, results[0].best if results else None, results[::-1]
    )


def latest_typing(owner) -> Standing:
    """Only the latest typing result (one query), which is all a comparison needs."""
    return Standing(_LATEST.first(owner.pk) if owner else None, None, [])


def typing_roles():
    """Published roles that ask for a typing speed, the easiest first."""
    return Role.objects.published().filter(typing_wpm__isnull=False).order_by("typing_wpm", "name")


def latest_accuracy(owner):
    return _LATEST_ACCURACY.first(owner.pk) if owner else None


def latest_accuracy_read(owner):
    """`latest_accuracy` as Reads, to read with other apps' rows."""
    if owner is None:
        return None
    return Reads((_LATEST_ACCURACY.queryset(owner.pk),), lambda rows: rows[0] if rows else None)
