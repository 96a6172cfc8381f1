"""Feedback on a written practice answer: what it covers and misses, explained, never graded.

Computed on the server from curated content (each question's talking points and a role-play's
scorecard evidence) with the shared phrase matcher, plus a few plain signals: a STAR shape,
numbers, "I" against "we", length, filler and hedging words, the most-used words. It looks for
signs, not meaning, and reads English only; the job seeker's own rating stays the only score.

Plain Python on plain data (no database), so the seed check and the benchmark run it directly.
The result is a JSON-ready dict, stored with the answer when it is saved.
"""

import re
from collections import Counter
from dataclasses import dataclass

from careers.common.phrases import PhraseIndex

VERSION = 1
SPEAKING_WPM = 130  # a calm interview pace
SHORT_WORDS, LONG_WORDS = 40, 350  # under ~20 seconds aloud; over ~2.5 minutes
STAR_CATEGORIES = {"behavioural", "situational"}
I_CATEGORIES = {"behavioural"}  # where "we did" hides what you did

WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
ASCII_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")

# Common English words: an answer with almost none of them is not in English, and they never
# count as "most used".
_FUNCTION_WORDS = """
    a about after again all also am an and any are as at be because been before being but by
    can could did do does doing don't down during each few for from had has have having he her
    here him his how i i'd i'll i'm i've if in into is it it's its just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than
    that the their them then there these they this those through to too under until up very was
    we were what when where which while who why will with would you your yours"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())

FILLERS = ["um", "uh", "erm", "basically", "actually", "literally", "you know", "i mean",
           "so yeah", "stuff"]  # fmt: skip
HEDGES = ["i guess", "maybe", "i think", "probably", "perhaps", "i'm not sure", "i suppose",
          "hopefully", "kind of", "sort of"]  # fmt: skip
# "like" is a filler only in spoken habits: "it was like", "like, really", ", like,"
FILLER_LIKE = re.compile(r"(?:,\s*like\b|\blike,|\b(?:was|is|were|i'm|it's)\s+like\b)", re.I)

SITUATION = ["when", "one day", "once", "last year", "last month", "last week", "at the time",
             "during", "there was", "there were", "my previous job", "my last job", "my old job",
             "at work", "at school", "in college", "years ago", "a customer", "a caller",
             "a client", "a teammate", "my team leader", "my manager", "situation"]  # fmt: skip
RESULT = ["as a result", "result", "in the end", "finally", "eventually", "afterwards",
          "thanked", "resolved", "solved", "fixed", "improved", "increased", "reduced",
          "dropped", "went up", "went down", "saved", "achieved", "met the target",
          "hit the target", "csat", "satisfied", "outcome", "since then", "from then on",
          "learned", "so that", "which meant", "ended up"]  # fmt: skip
# "I" followed by a doing word ("I called", "I'd check", "I will escalate"); these words after
# "I" describe a feeling or an opinion instead.
NOT_ACTIONS = {"am", "was", "think", "guess", "feel", "felt", "hope", "like", "love", "believe",
               "know", "knew", "mean", "suppose", "wish", "want", "wanted", "wonder", "really",
               "just", "always", "never", "also", "not", "don't", "didn't", "can't"}  # fmt: skip
ACTION = re.compile(r"\bI(?:['\u2019]d|['\u2019]ll| would| will| then| first| also)?\s+([a-z]+)\b")

I_WORDS = re.compile(r"\b(?:I|I['\u2019](?:m|ve|d|ll)|my|me|myself)\b")
WE_WORDS = re.compile(r"\b(?:we|we['\u2019](?:re|ve|d|ll)|our|us|the team)\b", re.I)

# Not "one": "one day" sets a scene, it is not a figure.
NUMBER_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                "thirty|forty|fifty|sixty|hundred|thousand|dozen")  # fmt: skip
UNITS = ("percent|per cent|minutes?|seconds?|hours?|days?|weeks?|months?|years?|calls?|chats?|"
         "tickets?|emails?|customers?|cases?|agents?|people|points?|records?|claims?|accounts?|"
         "times|shifts?")  # fmt: skip
NUMBER = re.compile(
    rf"(?<![\w.])(?:[$₱₹]\s?)?\d[\d,]*(?:\.\d+)?\s*(?:%|k\b|(?:{UNITS})\b)?"
    rf"|\b(?:{NUMBER_WORDS})\s+(?:{UNITS})\b",
    re.I,
)


@dataclass(frozen=True)
class Point:
    point: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Line:
    criterion: str
    evidence: tuple[str, ...]


def _index(items: list[tuple[str, object]], *, parts: bool = False) -> PhraseIndex:
    """With `parts`, a long phrase of one point also shows the points of the shorter phrases
    inside it ("i checked the account" shows "the account" too)."""
    index = PhraseIndex(identity=lambda term: term, with_parts=parts)
    for phrase, term in items:
        index.add(phrase, term)
    return index


_FILLERS = _index([(p, ("filler", p)) for p in FILLERS] + [(p, ("hedge", p)) for p in HEDGES])
_STAR = _index([(p, "situation") for p in SITUATION] + [(p, "result") for p in RESULT])


def _unique(texts) -> list[str]:
    seen, out = set(), []
    for text in texts:
        key = text.lower()
        if key not in seen:
            seen.add(key)
            out.append(text)
    return out


def _shingles(words: list[str], size: int = 5) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def pasted_sample(answer_words: list[str], sample: str) -> bool:
    """Most of the answer's five-word runs come straight from the sample answer."""
    mine = _shingles(answer_words)
    if len(mine) < 8:
        return False
    theirs = _shingles([w.lower() for w in WORD.findall(sample)])
    return len(mine & theirs) / len(mine) >= 0.6


def covered(text: str, points: list[Point]) -> tuple[list[list[str]], list[list[int]]]:
    """For each point, the words of `text` that show it; and the spans to highlight."""
    index = _index([(phrase, n) for n, p in enumerate(points) for phrase in p.phrases], parts=True)
    found: list[list[str]] = [[] for _ in points]
    spans = []
    for hit in index.find(text):
        for n in hit.terms:
            found[n].append(hit.text)
        spans.append([hit.start, hit.end])
    return [_unique(words) for words in found], spans


def uncovered_points(sample: str, points: list[Point]) -> list[str]:
    """The points a (sample) answer does not show: staff are told, and seed tests fail."""
    found, _ = covered(sample, points)
    return [p.point for p, words in zip(points, found, strict=True) if not words]


def _star(text: str) -> dict:
    parts = {"situation": [], "action": [], "result": []}
    for hit in _STAR.find(text):
        parts[hit.terms[0]].append(hit.text)
    for match in ACTION.finditer(text):
        if match.group(1).lower() not in NOT_ACTIONS:
            parts["action"].append(match.group(0))
    parts = {name: _unique(found)[:4] for name, found in parts.items()}
    missing = [name for name, found in parts.items() if not found]
    counts = {name: len(found) for name, found in parts.items()}
    thin = None
    if not missing:
        weakest = min(counts, key=counts.get)
        if counts[weakest] == 1 and max(counts.values()) >= 3:
            thin = weakest
    return {**parts, "missing": missing, "thin": thin}


def _counts(hits, kind: str) -> list[list]:
    counter = Counter(hit.terms[0][1] for hit in hits if hit.terms[0][0] == kind)
    return [[word, n] for word, n in counter.most_common()]


def analyse(
    answer: str,
    *,
    category: str,
    points: list[Point],
    lines: list[Line] = (),
    sample: str = "",
) -> dict:
    """Everything the feedback panel shows, as a JSON-ready dict (see the module docstring)."""
    text = answer.strip()
    words = WORD.findall(text)
    lowered = [w.lower() for w in words]
    result = {"v": VERSION, "words": len(words), "seconds": round(len(words) * 60 / SPEAKING_WPM)}
    if not text:
        return result | {"state": "empty"}
    if not ASCII_WORD.search(text):
        return result | {"state": "no_english"}  # emoji only, or another script
    english = sum(w.replace("\u2019", "'") in FUNCTION_WORDS for w in lowered)
    if len(words) >= 8 and english / len(words) < 0.1:
        return result | {"state": "no_english"}
    if sample and pasted_sample(lowered, sample):
        return result | {"state": "pasted"}

    found, spans = covered(text, points)
    filler_hits = _FILLERS.find(text)
    fillers = _counts(filler_hits, "filler")
    like = len(FILLER_LIKE.findall(text))
    if like:
        fillers = sorted([*fillers, ["like", like]], key=lambda pair: -pair[1])
    top = Counter(w for w in lowered if w not in FUNCTION_WORDS and len(w) > 2)
    evidence_found, _ = covered(text, [Point(line.criterion, line.evidence) for line in lines])
    return result | {
        "state": "ok",
        # A missed point carries a few of the words it looks for, as a hint.
        "points": [
            {"point": p.point, "found": words, "hint": [] if words else list(p.phrases[:3])}
            for p, words in zip(points, found, strict=True)
        ],
        "highlights": spans,
        "star": _star(text) if category in STAR_CATEGORIES else None,
        "numbers": _unique(m.group(0).strip() for m in NUMBER.finditer(text))[:6],
        "i_words": len(I_WORDS.findall(text)),
        "we_words": len(WE_WORDS.findall(text)),
        "check_i": category in I_CATEGORIES,
        "fillers": fillers,
        "hedges": _counts(filler_hits, "hedge"),
        "top_words": [[w, n] for w, n in top.most_common(3) if n >= 3],
        "evidence": [
            {"criterion": line.criterion, "found": words}
            for line, words in zip(lines, evidence_found, strict=True)
        ],
    }


def segments(answer: str, spans: list[list[int]]) -> list[tuple[str, bool]]:
    """The answer cut into plain and highlighted pieces (the template escapes each)."""
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos or end > len(answer):
            continue  # overlapping or stale spans are skipped, never mis-cut
        if start > pos:
            out.append((answer[pos:start], False))
        out.append((answer[start:end], True))
        pos = end
    if pos < len(answer):
        out.append((answer[pos:], False))
    return out


def spoken(seconds: int) -> str:
    """'about 40 seconds', 'about 1 minute 20 seconds': the time to say it aloud."""
    if seconds < 60:
        return f"about {seconds} second{'s' if seconds != 1 else ''}"
    minutes, rest = divmod(seconds, 60)
    text = f"about {minutes} minute{'s' if minutes != 1 else ''}"
    return f"{text} {rest} seconds" if rest >= 10 else text


RECENT_ANSWERS = 30  # /me/ looks for patterns in this many of the latest answers
HABITS = [
    # (what is wrong in one answer's feedback, how /me/ says it)
    (lambda f: not f["numbers"], "no numbers", "Give a number: a result, a volume or a time."),
    (
        lambda f: sum(n for _, n in f["fillers"]) >= 3,
        "many filler words",
        "Pause instead of “basically”, “like” or “um”.",
    ),
    (
        lambda f: bool(f["star"]) and "result" in f["star"]["missing"],
        "no result in stories",
        "End each story with how it turned out.",
    ),
    (
        lambda f: f["check_i"] and f["we_words"] > f["i_words"],
        "“we” more than “I”",
        "Say what you did, not what the team did.",
    ),
]


def patterns(answers: list[tuple[object, dict]]) -> dict:
    """Across (question, feedback) pairs, newest first: the talking points most often missed,
    each with up to two questions that practise it, and habits seen in half the answers."""
    answers = [(q, f) for q, f in answers if f and f.get("state") == "ok"][:RECENT_ANSWERS]
    missed: dict[str, list] = {}
    for question, feedback in answers:
        for point in feedback["points"]:
            if not point["found"]:
                missed.setdefault(point["point"], []).append(question)
    top = sorted(missed.items(), key=lambda item: (-len(item[1]), item[0]))[:3]
    habits = []
    for test, name, advice in HABITS:
        seen = sum(1 for _, feedback in answers if test(feedback))
        if seen >= 2 and seen * 2 >= len(answers):
            habits.append({"name": name, "advice": advice, "seen": seen})
    return {
        "answers": len(answers),
        "missed": [
            {"point": point, "times": len(qs), "questions": list(dict.fromkeys(qs))[:2]}
            for point, qs in top
        ],
        "habits": habits,
    }
