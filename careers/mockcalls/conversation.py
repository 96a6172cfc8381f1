"""The simulated customer and the scorecard: plain Python on plain data (no database), so the
seed check, the tests and the benchmark run it directly.

What a reply shows is found with the phrase matcher the interview answer feedback uses
(`careers.interviews.feedback.covered`: whole words, plurals, British and American spellings).
It looks for signs, not meaning: the job seeker confirms or corrects every scorecard line.
"""

from dataclasses import dataclass

from careers.interviews.feedback import Point, covered

ACCOUNT = "_account"  # the scenario's account-detail words
TOPIC = "_topic"  # the scenario's words about the customer's problem
RUDE = "rude"  # the behaviour whose words make the customer object
VERIFICATION = "verification"  # met only when it comes before any account detail
QUOTE = 240  # characters of a reply quoted as evidence
START = "start"  # every scenario's first step (models.START)


@dataclass(frozen=True)
class Rule:
    """A branch as the engine needs it (see models.Branch)."""

    behaviour: str | None
    shown: bool
    line: str
    to_step: str
    ends: bool


@dataclass(frozen=True)
class Turn:
    line: str
    step: str
    ends: bool
    kind: str  # "branch", "rude" or "off_topic"


def vocabulary(behaviours, lines=(), *, account=(), topic=()) -> list[Point]:
    """Points to look for: every behaviour's words, plus a scenario line's own words."""
    extra = {slug: tuple(words) for slug, words in lines}
    points = [Point(slug, (*words, *extra.get(slug, ()))) for slug, words in behaviours]
    return [*points, Point(ACCOUNT, tuple(account)), Point(TOPIC, tuple(topic))]


def detect(text: str, points: list[Point]) -> dict[str, list[str]]:
    """{behaviour slug: the words of `text` that show it}, for those found."""
    found, _ = covered(text, points)
    return {p.point: words for p, words in zip(points, found, strict=True) if words}


def react(step: str, rules: list[Rule], detected: dict, *, confused: str, rude: str) -> Turn:
    """The customer's next line: the first rule of this step that matches the reply. A rude
    reply (unless the step has its own rule for it) and an off-topic one (no behaviour and none
    of the problem's words) get the scenario's reaction, and the step stays where it was."""
    if RUDE in detected and not any(rule.behaviour == RUDE for rule in rules):
        return Turn(rude, step, False, "rude")
    if not detected:
        return Turn(confused, step, False, "off_topic")
    for rule in rules:
        if rule.behaviour is None or (rule.behaviour in detected) == rule.shown:
            return Turn(rule.line, rule.to_step or step, rule.ends, "branch")
    return Turn(confused, step, False, "off_topic")


def problems(branches: list[tuple[str, object, str, bool]]) -> list[str]:
    """What stops a conversation from going on, for (from_step, behaviour or None, to_step,
    ends) in order: the first step must exist, every step a branch leads to must have branches,
    and each step's last branch must answer any reply. Admin and the content loader both ask."""
    steps: dict[str, list] = {}
    for from_step, behaviour, _, _ in branches:
        steps.setdefault(from_step, []).append(behaviour)
    found = set()
    if branches and START not in steps:
        found.add(f"No branch starts from the first step, “{START}”.")
    for _, _, to_step, ends in branches:
        if not ends and to_step and to_step not in steps:
            found.add(f"Step “{to_step}” has no branches: add them, or tick “ends”.")
        if not ends and not to_step:
            found.add("A branch that does not end needs its next step.")
    for step, behaviours in steps.items():
        if behaviours[-1] is not None:
            found.add(f"Step “{step}” needs a last branch with no behaviour (any reply).")
    return sorted(found)


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE else text[: QUOTE - 1].rstrip() + "…"


def scorecard(replies: list[tuple[str, dict]], lines: list[tuple[str, str, bool]]) -> list[dict]:
    """Each scorecard line with its evidence: the first reply that shows it (or, for a line to
    avoid, the first reply that breaks it), quoted, with the words found. `replies` are the
    agent's (text, detected) in order; `lines` are (slug, name, avoid)."""

    def first(slug):
        for n, (text, detected) in enumerate(replies):
            if slug in detected:
                return n, text, detected[slug]
        return None

    card = []
    for slug, name, avoid in lines:
        hit = first(slug)
        row = {"slug": slug, "name": name, "avoid": avoid, "met": False, "quote": "",
               "words": [], "note": ""}  # fmt: skip
        if hit is not None:
            row.update(quote=_quote(hit[1]), words=hit[2])
        if avoid:
            row["met"] = hit is None
        elif slug == VERIFICATION:
            details = first(ACCOUNT)
            row["met"] = hit is not None and (details is None or hit[0] <= details[0])
            if details is not None and not row["met"]:
                row.update(quote=_quote(details[1]), words=details[2])
                row["note"] = "Account details came up before any verification."
        else:
            row["met"] = hit is not None
        card.append(row)
    return card
