"""English progress for /me/ and the plan: scores per area over the last sessions."""

from django.db.models import Count, Q

from careers.common.compiled import Compiled
from careers.common.reads import Reads, resolve
from careers.drills.english import AreaScore
from careers.drills.models import Area, EnglishAnswer

SESSIONS_SHOWN = 5


# Read on /me/ and every plan with an English milestone: compiled once a process.
_ROWS = Compiled(
    lambda owner_id: (
        EnglishAnswer.objects.filter(session__owner_id=owner_id, session__finished_at__isnull=False)
        .values("session_id", "session__finished_at", "item__area")
        .annotate(total=Count("id"), right=Count("id", filter=Q(correct=True)))
        .order_by("-session__finished_at")
    )
)


def english_history(owner) -> dict:
    """Per finished session (newest first, at most five): right and asked per area; and the
    weakest area over those sessions (one query)."""
    return resolve(english_history_read(owner))


def english_history_read(owner):
    """`english_history` as Reads, to read with other apps' rows."""
    if owner is None:
        return {"sessions": [], "weakest": None}
    return Reads((_ROWS.queryset(owner.pk),), _history_of)


def _history_of(rows) -> dict:
    sessions: dict[int, dict] = {}
    totals: dict[str, AreaScore] = {}
    for row in rows:
        if row["session_id"] not in sessions and len(sessions) == SESSIONS_SHOWN:
            continue
        session = sessions.setdefault(
            row["session_id"], {"finished_at": row["session__finished_at"], "scores": []}
        )
        score = AreaScore(row["item__area"], row["right"], row["total"])
        session["scores"].append(score)
        total = totals.setdefault(score.area, AreaScore(score.area, 0, 0))
        total.right += score.right
        total.total += score.total
    for session in sessions.values():
        session["scores"].sort(key=lambda s: Area.values.index(s.area))
    weakest = min(totals.values(), key=lambda s: (s.percent, s.area), default=None)
    return {"sessions": list(sessions.values()), "weakest": weakest}
