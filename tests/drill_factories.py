"""Factories for drills: passages, record templates (published by default), typing results."""

import uuid
from itertools import count

from careers.common.models import Status
from careers.drills.models import Passage, RecordTemplate, TypingResult

_seq = count(1)

TEXT = (
    "Caller Maria Santos confirmed account 4521-8890 and asked why her March bill was "
    "PHP 1,250.00 higher. I found a duplicate charge dated 03/14/2025, raised refund "
    "request RF-20931 and told her it takes 5 to 7 banking days. She agreed to wait."
)


def make_passage(**kw) -> Passage:
    n = next(_seq)
    data = {"slug": f"passage-{n}", "title": f"Passage {n}", "kind": "Call notes", "text": TEXT}
    return Passage.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_template(**kw) -> RecordTemplate:
    n = next(_seq)
    data = {
        "slug": f"template-{n}",
        "label": "Account number",
        "samples": ["4521-8890-1273", "ACC-77120-3345", "9001-22-7781"],
    }
    return RecordTemplate.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_english_item(area="grammar", **kw):
    from careers.drills.models import EnglishItem

    n = next(_seq)
    data = {
        "slug": f"{area}-item-{n}",
        "area": area,
        "difficulty": "easy",
        "question": f"Which sentence is correct? ({n})",
        "choices": ["The list of orders are ready.", "The list of orders is ready.", "Ready."],
        "answer": 2,
        "explanation": "The subject is 'list', which is singular.",
        "trap": "Choice 1 agrees with 'orders', not with the subject.",
    }
    return EnglishItem.objects.create(**{**data, "status": Status.PUBLISHED, **kw})


def make_typing_result(owner, wpm=38, accuracy=97, **kw) -> TypingResult:
    """A scored typing result of `wpm` net words a minute (gross two more)."""
    data = {
        "owner": owner, "nonce": uuid.uuid4().hex, "passage_text": "x", "typed": "x",
        "seconds": 60, "typed_chars": 200, "errors": 1, "gross_wpm": wpm + 2, "net_wpm": wpm,
        "accuracy": accuracy,
    }  # fmt: skip
    return TypingResult.objects.create(**{**data, **kw})
