"""The plan content in the seed: backgrounds, every role's structured facts, step ranges."""

import pytest

from careers.plans.models import Background
from careers.roles.models import CareerStep, Role

pytestmark = pytest.mark.django_db

BACKGROUNDS = {
    "student-fresh-graduate",
    "retail-sales",
    "food-service-hospitality",
    "caregiving-nursing",
    "teaching-tutoring",
    "office-administration",
    "it-support-repair",
    "banking-finance-clerk",
    "freelancing-virtual-assistance",
    "already-in-bpo",
}


def test_backgrounds_meet_the_brief(seed):
    backgrounds = Background.objects.published().prefetch_related("transfers", "entry_roles")
    assert {b.slug for b in backgrounds} >= BACKGROUNDS
    for background in backgrounds:
        assert background.transfers.count() >= 5, background.slug
        assert all(t.how for t in background.transfers.all()), background.slug
        assert background.entry_roles.exists(), background.slug
        assert background.resume_tips.strip(), background.slug
    assert [b.slug for b in backgrounds if b.in_bpo] == ["already-in-bpo"]


def test_every_role_has_structured_facts_with_a_source_note(seed):
    for role in Role.objects.published():
        assert role.shift_pattern and role.remote_work and role.english_level, role.slug
        assert role.shift_note and role.remote_note and role.requirements_note, role.slug
        if role.typing_wpm:  # a figure must name its source and year
            assert any(str(year) in role.requirements_note for year in range(2015, 2027))


def test_every_step_has_a_range_around_its_typical_time(seed):
    for step in CareerStep.objects.all():
        assert step.months_min <= step.typical_months <= step.months_max, step
