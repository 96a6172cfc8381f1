"""Where a job seeker stands: their typing results against what a role asks for."""

from dataclasses import dataclass

from django.db.models import Max

from careers.drills.models import AccuracyResult, TypingResult
from careers.roles.models import Role


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


def standing(owner, history: int = 20) -> Standing:
    """One owner's typing results (two queries), or an empty standing."""
    if owner is None:
        return Standing(None, None, [])
    results = list(TypingResult.objects.filter(owner=owner, plausible=True)[:history])
    best = TypingResult.objects.filter(owner=owner, plausible=True).aggregate(b=Max("net_wpm"))
    return Standing(results[0] if results else None, best["b"], results[::-1])


def typing_roles():
    """Published roles that ask for a typing speed, the easiest first."""
    return Role.objects.published().filter(typing_wpm__isnull=False).order_by("typing_wpm", "name")


def versus_typing_roles(mine: Standing, roles) -> list[dict]:
    """These roles (typing_roles or a part of it) against this standing."""
    return [mine.versus(role) for role in roles]


def latest_accuracy(owner):
    return AccuracyResult.objects.filter(owner=owner).first() if owner else None
