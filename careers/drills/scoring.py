"""Typing scores you can check by hand.

- Gross WPM = characters typed ÷ 5 ÷ minutes.
- Accuracy = 1 - (character edits needed to turn what you typed into the passage ÷ the
  passage's length), where an edit is a missed, an extra or a wrong character (Levenshtein).
- Net WPM = gross WPM - uncorrected errors per minute.
Line breaks count as spaces; invisible formatting marks (such as right-to-left marks) are removed.
"""

import unicodedata
from dataclasses import dataclass, field

PLAUSIBLE_WPM = 150  # the fastest typists reach about this on text; faster means pasted
TYPED_SLACK = 100  # characters beyond the passage we score; the rest is cut (and we say so)


def clean(text: str) -> str:
    """Line breaks and tabs become spaces; format characters (RTL marks…) go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(" " if ch in "\n\t" else ch for ch in text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


@dataclass
class Score:
    seconds: float
    typed_chars: int
    missed: int
    extra: int
    wrong: int
    passage_chars: int
    ops: list = field(default_factory=list)  # (kind, typed char, passage char) in order

    @property
    def errors(self) -> int:
        return self.missed + self.extra + self.wrong

    @property
    def minutes(self) -> float:
        return max(self.seconds, 1.0) / 60

    @property
    def gross_wpm(self) -> float:
        return self.typed_chars / 5 / self.minutes

    @property
    def net_wpm(self) -> float:
        return max(0.0, self.gross_wpm - self.errors / self.minutes)

    @property
    def accuracy(self) -> float:
        return max(0.0, 1 - self.errors / self.passage_chars) * 100

    @property
    def plausible(self) -> bool:
        return self.gross_wpm <= PLAUSIBLE_WPM


def align(typed: str, passage: str) -> list[tuple[str, str, str]]:
    """The fewest edits turning `typed` into `passage`, as ("ok"|"wrong"|"extra"|"missed",
    typed char, passage char) in reading order."""
    rows, cols = len(typed) + 1, len(passage) + 1
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = i
    for j in range(cols):
        cost[0][j] = j
    for i in range(1, rows):
        above, here, t = cost[i - 1], cost[i], typed[i - 1]
        for j in range(1, cols):
            here[j] = min(above[j - 1] + (t != passage[j - 1]), above[j] + 1, here[j - 1] + 1)
    ops, i, j = [], len(typed), len(passage)
    while i or j:
        if i and j and cost[i][j] == cost[i - 1][j - 1] + (typed[i - 1] != passage[j - 1]):
            same = typed[i - 1] == passage[j - 1]
            ops.append(("ok" if same else "wrong", typed[i - 1], passage[j - 1]))
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            ops.append(("extra", typed[i - 1], ""))
            i -= 1
        else:
            ops.append(("missed", "", passage[j - 1]))
            j -= 1
    return ops[::-1]


def score(typed: str, passage: str, seconds: float) -> Score:
    ops = align(typed, passage)
    count = {kind: sum(1 for op in ops if op[0] == kind) for kind in ("missed", "extra", "wrong")}
    return Score(seconds, len(typed), passage_chars=len(passage), ops=ops, **count)
