"""English drill fairness (issue 27, item 6): over the whole seed bank, no surface cue tells
the right answer: not the longest option, not the shortest, not a favourite position. Before
the rebalance the longest option was right in 58 of 88 items."""

import re
from collections import Counter

import pytest
import yaml
from django.conf import settings

BANK = settings.BASE_DIR / "content" / "english_items.yaml"


@pytest.fixture(scope="module")
def items():
    return yaml.safe_load(BANK.read_text(encoding="utf-8"))


def unique_extreme(item, pick) -> bool:
    lengths = [len(choice) for choice in item["choices"]]
    chosen = lengths[item["answer"] - 1]
    return chosen == pick(lengths) and lengths.count(chosen) == 1


def test_the_bank_is_big_enough_to_judge(items):
    assert len(items) >= 80


def test_the_longest_option_is_not_the_answer_more_than_by_chance(items):
    longest = sum(unique_extreme(item, max) for item in items)
    assert longest / len(items) <= 0.40, f"longest option right in {longest} of {len(items)}"


def test_the_shortest_option_is_not_a_cue_either(items):
    shortest = sum(unique_extreme(item, min) for item in items)
    assert 0.20 <= shortest / len(items) <= 0.40, f"shortest right in {shortest} of {len(items)}"


def test_the_answers_length_rank_sits_in_the_middle_on_average(items):
    """0 when the answer is always the shortest option, 1 when always the longest."""
    ranks = []
    for item in items:
        lengths = sorted(len(choice) for choice in item["choices"])
        answer = len(item["choices"][item["answer"] - 1])
        ranks.append(lengths.index(answer) / (len(lengths) - 1))
    assert 0.35 <= sum(ranks) / len(ranks) <= 0.65


def test_no_position_is_a_favourite(items):
    for size in {len(item["choices"]) for item in items}:
        same = [item["answer"] for item in items if len(item["choices"]) == size]
        if len(same) < 20:
            continue  # too few to judge (the four-choice items)
        counts = Counter(same)
        assert max(counts.values()) / len(same) <= 0.45, (size, counts)
        assert len(counts) == size, (size, counts)  # every position is right sometimes


def test_each_trap_names_a_wrong_choice_that_exists(items):
    """Rebalancing must not leave an explanation pointing at the wrong option."""
    for item in items:
        for number in map(int, re.findall(r"\bChoice (\d)", item.get("trap", ""))):
            assert 1 <= number <= len(item["choices"]), item["slug"]
            assert number != item["answer"], item["slug"]
