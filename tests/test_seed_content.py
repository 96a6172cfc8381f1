"""The seed command: loads the real content, is idempotent, and never overwrites staff edits."""

import pytest
from django.core.management import call_command

from careers.content.loader import CONTENT_DIR, load_all
from careers.content.models import LoadedRecord
from careers.roles.models import CareerStep, Certification, Metric, Role
from careers.skills.models import LearningResource, RoleSkill, Skill

pytestmark = pytest.mark.django_db

MODELS = [Metric, Certification, Skill, Role, CareerStep, RoleSkill, LearningResource]


def snapshot():
    return {model.__name__: sorted(model.objects.values_list("pk", flat=True)) for model in MODELS}


def test_real_seed_content_meets_the_brief(seed):
    assert Role.objects.published().count() >= 14
    assert CareerStep.objects.published().count() >= 20
    assert Skill.objects.published().count() >= 25
    assert Metric.objects.published().count() >= 10
    assert Certification.objects.published().count() >= 8
    assert LearningResource.objects.published().count() >= 10
    for abbreviation in ["AHT", "CSAT", "FCR"]:
        assert Metric.objects.filter(abbreviation=abbreviation).exists(), abbreviation
    for name in ["PMP", "ITIL", "COPC", "CPC"]:
        assert Certification.objects.filter(name__contains=name).exists(), name
    # every role has essential skills and a place on the map
    for role in Role.objects.all():
        assert role.role_skills.filter(importance="essential").exists(), role
        assert role.steps_in.exists() or role.steps_out.exists(), role


def test_real_checklist_and_glossary_meet_the_brief(seed):
    from careers.resumes.checklist import role_entries
    from careers.resumes.models import ChecklistItem, JargonTerm

    items = ChecklistItem.objects.published()
    assert items.count() >= 40
    assert set(items.values_list("section", flat=True)) == {"resume", "cover_letter"}
    assert items.filter(roles__isnull=True).count() >= 15
    # every role gets general items plus at least one item written for it
    for role in Role.objects.published():
        origins = {entry.origin for entry in role_entries(role)}
        assert {"general", "role", "skill", "kpi"} <= origins, role.slug
    knockouts = JargonTerm.objects.published().filter(knockout=True)
    assert knockouts.count() >= 6
    assert JargonTerm.objects.published().count() >= 20


def test_career_map_is_connected(seed):
    edges = {}
    for a, b in CareerStep.objects.values_list("from_role__slug", "to_role__slug"):
        edges.setdefault(a, set()).add(b)
        edges.setdefault(b, set()).add(a)
    start = next(iter(edges))
    seen, todo = {start}, [start]
    while todo:
        for other in edges[todo.pop()] - seen:
            seen.add(other)
            todo.append(other)
    assert seen == set(Role.objects.values_list("slug", flat=True))


def test_running_twice_changes_nothing(seed):
    first = snapshot()
    call_command("load_content")
    assert snapshot() == first


def test_staff_edits_and_deletions_survive_a_reload_that_changes_nothing(seed):
    role = Role.objects.get(slug="customer-service-representative")
    role.summary = "Edited by staff"
    role.status = "draft"
    role.save()
    removed = role.role_skills.first()
    removed.delete()
    load_all()
    role.refresh_from_db()
    assert role.summary == "Edited by staff"
    assert role.status == "draft"
    assert not role.role_skills.filter(skill=removed.skill).exists()


def test_bad_content_writes_nothing(tmp_path):
    (tmp_path / "metrics.yaml").write_text(
        "- slug: ok\n  name: OK\n  definition: fine\n- slug: bad\n  name: Bad\n  colour: red\n"
    )
    with pytest.raises(ValueError, match="unknown field"):
        load_all(tmp_path)
    assert not Metric.objects.exists()


def test_unknown_slug_reference_is_reported(tmp_path):
    (tmp_path / "roles.yaml").write_text(
        "- slug: r\n  name: R\n  summary: s\n  what_they_do: w\n  office: front\n"
        "  channel: voice\n  level: entry\n  metrics: [no-such-kpi]\n"
    )
    with pytest.raises(ValueError, match="no-such-kpi"):
        load_all(tmp_path)
    assert not Role.objects.exists()


def test_content_dir_is_the_repo_content_folder():
    assert (CONTENT_DIR / "README.md").exists()


def test_export_then_load_elsewhere_round_trips(seed, tmp_path):
    """Seed -> export A -> empty database -> load A -> export B: A and B are identical."""
    Role.objects.filter(slug="customer-service-representative").update(status="draft")
    call_command("export_content", tmp_path / "a")
    for model in reversed(MODELS):
        model.objects.all().delete()
    from careers.interviews.models import Question
    from careers.resumes.models import ChecklistItem, JargonTerm

    for model in (Question, ChecklistItem, JargonTerm, LoadedRecord):
        model.objects.all().delete()
    call_command("load_content", tmp_path / "a")
    assert Role.objects.get(slug="customer-service-representative").status == "draft"
    call_command("export_content", tmp_path / "b")
    for exported in sorted((tmp_path / "a").iterdir()):
        assert exported.read_text() == (tmp_path / "b" / exported.name).read_text(), exported.name
    # and loading a pack into the installation it came from changes nothing
    before = snapshot()
    call_command("load_content", tmp_path / "a")
    assert snapshot() == before


def test_load_content_reports_a_missing_folder(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such folder"):
        call_command("load_content", tmp_path / "nope")
