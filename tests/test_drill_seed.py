"""The drills' seed content: enough passages of the right length, and record templates."""

import pytest

from careers.drills import accuracy
from careers.drills.models import PASSAGE_MAX, PASSAGE_MIN, Passage, RecordTemplate

pytestmark = pytest.mark.django_db


def test_seed_passages_and_templates_meet_the_brief(seed):
    passages = Passage.objects.published()
    assert passages.count() >= 12
    for passage in passages:
        assert PASSAGE_MIN <= len(passage.typed_form) <= PASSAGE_MAX, passage.slug
    published = RecordTemplate.objects.published()
    templates = list(published.values_list("label", "samples", "redraw_digits"))
    assert len(templates) >= 8
    pairs = accuracy.make_pairs(templates, 2026)
    assert len({pair.label for pair in pairs}) >= 5


def test_seed_english_bank_and_real_tests(seed):
    from careers.drills.models import Area, EnglishItem, EnglishTest

    items = EnglishItem.objects.published()
    assert items.count() >= 80
    for area in Area.values:
        assert items.filter(area=area).count() >= 15, area
    assert all(item.explanation and 1 <= item.answer <= len(item.choices) for item in items)
    tests = EnglishTest.objects.published()
    assert tests.count() >= 3 and all(t.url.startswith("https://") and t.source for t in tests)
