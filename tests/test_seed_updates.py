"""A corrected seed reaches a database that loaded the old one, except where staff edited."""

from io import StringIO

import pytest
import yaml
from django.core.management import call_command

from careers.interviews.models import Question
from careers.roles.models import CareerStep, Role
from careers.skills.models import Importance
from tests.snapshots import copy_packs

pytestmark = pytest.mark.django_db

CSR = "customer-service-representative"
TSR = "technical-support-representative"


# The packs these tests correct, copied alone (tests/snapshots.py: copy_packs).
PACKS = ("roles.yaml", "career_steps.yaml", "questions-*.yaml")


@pytest.fixture
def pack(seed, tmp_path):
    """The seed, loaded, and a copy of its PACKS that a test can correct, as a later release
    would."""
    return copy_packs(tmp_path / "content", *PACKS)


def edit(path, slug, **changes):
    records = yaml.safe_load(path.read_text())
    record = next(r for r in records if r.get("slug") == slug)
    record.update(changes)
    path.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True))
    return record


def load(directory) -> str:
    out = StringIO()
    call_command("load_content", directory, stdout=out)
    return out.getvalue()


def test_a_corrected_value_updates_unedited_rows_and_keeps_edited_ones(pack, editor):
    edited = Role.objects.get(slug=TSR)
    edited.summary = "Staff wrote this."
    edited._history_user = editor
    edited.save()

    edit(pack / "roles.yaml", CSR, summary="Corrected summary.")
    edit(pack / "roles.yaml", TSR, summary="Corrected too.", shifts="New shift facts.")
    output = load(pack)

    assert Role.objects.get(slug=CSR).summary == "Corrected summary."
    tsr = Role.objects.get(slug=TSR)
    assert tsr.summary == "Staff wrote this."  # staff's column is kept...
    assert tsr.shifts == "New shift facts."  # ...the columns they left alone are updated
    assert "roles.yaml: 0 created, 2 updated" in output
    assert f"1 kept as staff left them ({TSR})" in output


def test_new_fields_and_child_rows_reach_existing_rows(pack):
    role = Role.objects.get(slug=CSR)
    essential = edit(pack / "roles.yaml", CSR)["essential_skills"]
    edit(pack / "roles.yaml", CSR, essential_skills=[*essential, "data-analysis"])
    question = Question.objects.filter(rubric_lines__isnull=False).first()
    path = next(p for p in pack.glob("questions-*.yaml") if question.slug in p.read_text())
    rubric = edit(path, question.slug)["rubric"]
    edit(path, question.slug, rubric=[*rubric, {"criterion": "Closing", "description": "Ends."}])

    load(pack)
    skills = role.role_skills.filter(importance=Importance.ESSENTIAL)
    assert "data-analysis" in set(skills.values_list("skill__slug", flat=True))
    assert question.rubric_lines.last().criterion == "Closing"


def test_a_child_row_staff_removed_stays_removed(pack):
    role = Role.objects.get(slug=CSR)
    removed = role.role_skills.first()
    removed.delete()
    essential = edit(pack / "roles.yaml", CSR)["essential_skills"]
    edit(pack / "roles.yaml", CSR, essential_skills=[*essential, "data-analysis"])
    load(pack)
    slugs = set(role.role_skills.values_list("skill__slug", flat=True))
    assert removed.skill.slug not in slugs  # staff's removal is kept
    assert "data-analysis" in slugs  # the seed's addition still arrives


def test_a_row_staff_deleted_is_not_created_again(pack):
    CareerStep.objects.get(from_role__slug=CSR, to_role__slug=TSR).delete()
    output = load(pack)
    assert not CareerStep.objects.filter(from_role__slug=CSR, to_role__slug=TSR).exists()
    assert f"{CSR} -> {TSR} (deleted)" in output


def test_a_row_staff_unpublished_stays_a_draft(pack):
    Role.objects.filter(slug=CSR).update(status="draft")
    edit(pack / "roles.yaml", CSR, summary="Corrected summary.")
    load(pack)
    role = Role.objects.get(slug=CSR)
    assert role.status == "draft" and role.summary == "Corrected summary."


def test_rows_loaded_before_the_loader_kept_records_are_updated_unless_staff_saved_them(
    pack, editor
):
    from careers.content.models import LoadedRecord

    LoadedRecord.objects.all().delete()  # a database seeded by the earlier loader
    tsr = Role.objects.get(slug=TSR)
    tsr.summary = "Staff wrote this."
    tsr._history_user = editor
    tsr.save()
    edit(pack / "roles.yaml", CSR, summary="Corrected summary.")
    edit(pack / "roles.yaml", TSR, summary="Corrected too.")
    load(pack)
    assert Role.objects.get(slug=CSR).summary == "Corrected summary."
    assert Role.objects.get(slug=TSR).summary == "Staff wrote this."
