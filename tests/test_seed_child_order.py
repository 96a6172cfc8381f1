"""A reload compares child rows (scorecard lines, branches, rubric lines, talking points, a
background's skills) by their natural key, not by the order the database reads them back in:
rows in another order than the pack lists them are no staff edit, while a real edit of one
child is still kept, and a step's branches keep the order they are tried in."""

import shutil

import pytest
import yaml
from django.db.models import Count

from careers.content.loader import CONTENT_DIR, load_all
from careers.interviews.models import Question
from careers.mockcalls.models import Scenario
from careers.plans.models import Background

pytestmark = pytest.mark.django_db


def reverse_order(rows) -> None:
    """Number the rows (read in their current order) backwards, as an admin renumbering or
    another model ordering would read them back."""
    rows = list(rows)
    for n, row in enumerate(reversed(rows), start=1):
        type(row).objects.filter(pk=row.pk).update(order=n)  # no history: not a staff save


def steps_backwards(scenario) -> None:
    """The scenario's steps in reverse, each step's own branches still in their order."""
    by_step: dict[str, list] = {}
    for branch in scenario.branches.all():
        by_step.setdefault(branch.from_step, []).append(branch)
    n = 0
    for branches in reversed(list(by_step.values())):
        for branch in branches:
            n += 1
            type(branch).objects.filter(pk=branch.pk).update(order=n)


# The packs with the children these tests reorder (the first test reloads every pack).
PACKS = ("mockcall_scenarios.yaml", "questions-*.yaml", "backgrounds.yaml")


def kept(results) -> dict[str, list[str]]:
    return {r.filename: r.kept for r in results if r.kept}


def with_children(model, *relations):
    query = model.objects.all()
    for relation in relations:
        query = query.annotate(**{f"n_{relation}": Count(relation, distinct=True)})
        query = query.filter(**{f"n_{relation}__gte": 2})
    return query.order_by("slug").first()


def test_an_untouched_reload_reports_nothing_for_any_pack(seed):
    results = load_all()
    assert kept(results) == {}
    assert [r.summary() for r in results if r.created or r.updated] == []


def test_children_read_back_in_another_order_are_no_staff_edit(reload_packs):
    scenario = with_children(Scenario, "lines", "branches")
    assert len({b.from_step for b in scenario.branches.all()}) >= 2
    question = with_children(Question, "rubric_lines", "talking_points")
    background = with_children(Background, "transfers")
    reverse_order(scenario.lines.all())
    steps_backwards(scenario)
    reverse_order(question.rubric_lines.all())
    reverse_order(question.talking_points.all())
    reverse_order(background.transfers.all())
    before = {
        "lines": list(scenario.lines.values_list("pk", flat=True)),
        "branches": list(scenario.branches.values_list("pk", flat=True)),
        "rubric": list(question.rubric_lines.values_list("pk", flat=True)),
        "points": list(question.talking_points.values_list("pk", flat=True)),
        "transfers": list(background.transfers.values_list("pk", flat=True)),
    }

    results = reload_packs(*PACKS)

    assert kept(results) == {}
    assert [r.summary() for r in results if r.created or r.updated] == []
    # nothing rewritten: the rows stay as they were, in their order
    assert before == {
        "lines": list(scenario.lines.values_list("pk", flat=True)),
        "branches": list(scenario.branches.values_list("pk", flat=True)),
        "rubric": list(question.rubric_lines.values_list("pk", flat=True)),
        "points": list(question.talking_points.values_list("pk", flat=True)),
        "transfers": list(background.transfers.values_list("pk", flat=True)),
    }


def test_a_staff_edit_of_one_child_row_is_still_kept(reload_packs):
    scenario = with_children(Scenario, "lines")
    question = with_children(Question, "rubric_lines")
    reverse_order(scenario.lines.all())
    line = scenario.lines.first()
    line.phrases = ["staff words"]
    line.save()
    reverse_order(question.rubric_lines.all())
    rubric = question.rubric_lines.last()
    rubric.description = "Staff wrote this."
    rubric.save()

    results = reload_packs(*PACKS)

    assert kept(results) == {
        "mockcall_scenarios.yaml": [scenario.slug],
        next(r.filename for r in results if question.slug in r.kept): [question.slug],
    }
    line.refresh_from_db()
    rubric.refresh_from_db()
    assert line.phrases == ["staff words"]
    assert rubric.description == "Staff wrote this."


def test_reordering_a_steps_own_branches_is_a_staff_edit(reload_packs):
    """Branches of one step are tried in order (the last answers any reply): their order
    within the step is content, so staff's reordering is kept."""
    scenario = next(
        s
        for s in Scenario.objects.order_by("slug")
        if any(
            n >= 2
            for n in s.branches.values("from_step")
            .annotate(n=Count("id"))
            .values_list("n", flat=True)
        )
    )
    step = next(
        step
        for step, n in scenario.branches.values("from_step")
        .annotate(n=Count("id"))
        .values_list("from_step", "n")
        if n >= 2
    )
    own = list(scenario.branches.filter(from_step=step))
    first, second = own[0], own[1]
    type(first).objects.filter(pk=first.pk).update(order=second.order)
    type(second).objects.filter(pk=second.pk).update(order=first.order)

    results = reload_packs(*PACKS)

    assert kept(results) == {"mockcall_scenarios.yaml": [scenario.slug]}
    order = list(scenario.branches.filter(from_step=step).values_list("pk", flat=True))
    assert order.index(second.pk) < order.index(first.pk)


def test_a_pack_that_reorders_children_still_reorders_unedited_rows(seed, tmp_path):
    path = tmp_path / "mockcall_scenarios.yaml"
    shutil.copy(CONTENT_DIR / path.name, path)
    scenario = with_children(Scenario, "lines")
    records = yaml.safe_load(path.read_text())
    record = next(r for r in records if r["slug"] == scenario.slug)
    record["scorecard"] = list(reversed(record["scorecard"]))
    path.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True))

    results = load_all(tmp_path)

    assert kept(results) == {}
    wanted = [item["behaviour"] for item in record["scorecard"]]
    assert list(scenario.lines.values_list("behaviour__slug", flat=True)) == wanted
    (summary,) = [r.summary() for r in results if r.filename == "mockcall_scenarios.yaml"]
    assert summary.startswith("mockcall_scenarios.yaml: 0 created, 1 updated, ")
