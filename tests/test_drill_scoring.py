"""Typing arithmetic on exact cases, tokens (with a moved clock, never sleeps), accuracy pairs."""

import pytest

from careers.drills import accuracy, scoring, tokens


def test_a_perfect_250_character_passage_in_60_seconds():
    passage = ("abcd " * 50)[:250]
    result = scoring.score(passage, passage, 60)
    assert result.gross_wpm == 50 and result.accuracy == 100 and result.net_wpm == 50
    assert result.errors == 0


def test_each_kind_of_error_counts_once():
    passage = "account 4521 confirmed"
    assert scoring.score("account 45221 confirmed", passage, 60).extra == 1
    assert scoring.score("account 451 confirmed", passage, 60).missed == 1
    wrong = scoring.score("account 4531 confirmed", passage, 60)
    assert (wrong.wrong, wrong.missed, wrong.extra) == (1, 0, 0)
    # 1 error in a 22-character passage; net speed loses one error per minute
    assert wrong.accuracy == pytest.approx((1 - 1 / 22) * 100)
    assert wrong.net_wpm == pytest.approx(wrong.gross_wpm - 1)


def test_errors_are_shown_in_place():
    ops = scoring.align("cat", "cart")
    assert ops == [("ok", "c", "c"), ("ok", "a", "a"), ("missed", "", "r"), ("ok", "t", "t")]


def test_line_breaks_are_spaces_and_invisible_marks_go():
    from careers.drills.models import Passage

    assert Passage(text="Dear Ms Cruz,\nthank you").typed_form == "Dear Ms Cruz, thank you"
    assert scoring.clean("Dear\u200f Ms\r\nCruz\u202e") == "Dear Ms Cruz"


def test_pasted_speed_is_not_plausible():
    passage = "x" * 500
    assert not scoring.score(passage, passage, 10).plausible  # 600 WPM
    assert scoring.score(passage, passage, 120).plausible  # 50 WPM


def test_token_round_trip_expiry_tampering_and_the_wrong_passage():
    token = tokens.issue("typing", 7, now=1_000.0)
    nonce, seconds = tokens.read(token, "typing", 7, now=1_045.5)
    assert seconds == 45.5 and len(nonce) == 24
    with pytest.raises(tokens.TokenError, match="30 minutes"):
        tokens.read(token, "typing", 7, now=1_000.0 + 30 * 60 + 1)
    with pytest.raises(tokens.TokenError, match="different test"):
        tokens.read(token, "typing", 8, now=1_010.0)
    with pytest.raises(tokens.TokenError, match="different test"):
        tokens.read(token, "accuracy", 7, now=1_010.0)
    with pytest.raises(tokens.TokenError, match="changed"):
        tokens.read(token[:-2] + "xx", "typing", 7, now=1_010.0)
    with pytest.raises(tokens.TokenError, match="time is not right"):
        tokens.read(token, "typing", 7, now=900.0)


TEMPLATES = [
    ("Account number", ["4521-8890-1273", "AB-1234"], True),
    ("Date", ["03/14/2025", "14-Mar-2025"], False),
    ("Name", ["Maria Santos"], True),
]


def test_accuracy_pairs_are_the_same_for_a_seed_and_differ_by_one_character():
    first = accuracy.make_pairs(TEMPLATES, 42)
    assert first == accuracy.make_pairs(TEMPLATES, 42)
    assert first != accuracy.make_pairs(TEMPLATES, 43)
    assert len(first) == accuracy.PAIRS
    assert any(p.same for p in first) and any(not p.same for p in first)
    for pair in first:
        diff = sum(a != b for a, b in zip(pair.left, pair.right, strict=True))
        assert diff == (0 if pair.same else 1)


def test_dates_keep_their_curated_digits_unless_changed_on_purpose():
    pairs = [p for p in accuracy.make_pairs(TEMPLATES, 7, size=60) if p.label == "Date"]
    assert pairs and all(p.left in ("03/14/2025", "14-Mar-2025") for p in pairs)
