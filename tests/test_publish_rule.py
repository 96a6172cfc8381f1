"""One publish rule on every admin path: a Content editor cannot make anything public.

Paths: the change form (and its publish button), an inline on another model's form, the bulk
actions, CSV/JSON import, and restoring a version (tests/test_history.py covers the last).
"""

import pytest
import tablib

from careers.common.models import Status
from careers.common.resources import content_resource
from careers.roles.models import CareerStep, Metric, Role
from tests.admin_forms import add_inline_row, change_form_data
from tests.conftest import logged_in
from tests.factories import make_metric, make_role
from tests.plugin_app.models import RoleNote

pytestmark = pytest.mark.django_db


def test_change_form_keeps_a_draft_a_draft_whatever_is_posted(editor):
    metric = make_metric(status=Status.DRAFT)
    client = logged_in(editor)
    url = f"/admin/roles/metric/{metric.pk}/change/"
    data = change_form_data(client.get(url))
    assert "status" not in data  # not even offered to an editor
    response = client.post(url, {**data, "status": Status.PUBLISHED, "name": "Renamed"})
    assert response.status_code == 302
    metric.refresh_from_db()
    assert metric.name == "Renamed" and metric.status == Status.DRAFT
    assert client.post(url, {**data, "_publish": "1"}).status_code == 403


@pytest.mark.parametrize(
    ("prefix", "row", "model"),
    [
        ("steps_out", {"kind": "promotion", "typical_months": 12, "what_it_takes": "KPIs"}, None),
        ("plugin_notes", {"slug": "a-note", "text": "A note"}, RoleNote),
    ],
)
def test_an_inline_row_added_by_an_editor_is_a_draft(editor, prefix, row, model):
    """The role form's career-step inline (roles' own) and a higher app's inline (hooks), on a
    draft role (on a published one the whole change waits for review: test_review)."""
    role, other = make_role(status=Status.DRAFT), make_role()
    client = logged_in(editor)
    url = f"/admin/roles/role/{role.pk}/change/"
    data = change_form_data(client.get(url))
    if model is None:
        row = {**row, "to_role": other.pk}
    add_inline_row(data, prefix, **row, status=Status.PUBLISHED)
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    saved = (model or CareerStep).objects.get()
    assert saved.status == Status.DRAFT


def test_an_inline_row_edited_by_an_editor_keeps_its_status(editor, publisher):
    role, other = make_role(status=Status.DRAFT), make_role()
    step = CareerStep.objects.create(
        from_role=role, to_role=other, typical_months=6, what_it_takes="x", status=Status.DRAFT
    )
    client = logged_in(editor)
    url = f"/admin/roles/role/{role.pk}/change/"
    data = change_form_data(client.get(url))
    data["steps_out-0-status"] = Status.PUBLISHED
    data["steps_out-0-what_it_takes"] = "Edited"
    assert client.post(url, data).status_code == 302
    step.refresh_from_db()
    assert step.what_it_takes == "Edited" and step.status == Status.DRAFT
    # a publisher may publish it the same way
    client = logged_in(publisher)
    data = change_form_data(client.get(url))
    data["steps_out-0-status"] = Status.PUBLISHED
    assert client.post(url, data).status_code == 302
    step.refresh_from_db()
    assert step.status == Status.PUBLISHED


def test_bulk_publish_is_refused_to_an_editor(editor):
    metric = make_metric(status=Status.DRAFT)
    client = logged_in(editor)
    response = client.post(
        "/admin/roles/metric/", {"action": "publish", "_selected_action": [metric.pk]}
    )
    assert response.status_code == 200  # Django: "No action selected", the action isn't offered
    metric.refresh_from_db()
    assert metric.status == Status.DRAFT


def test_import_is_refused_to_an_editor_and_cannot_publish_for_one(editor, publisher):
    assert logged_in(editor).get("/admin/roles/metric/import/").status_code == 403
    # Even through the resource itself, an editor's import keeps statuses as they are.
    published, draft = make_metric(), make_metric(status=Status.DRAFT)
    dataset = tablib.Dataset(headers=["slug", "name", "definition", "status"])
    dataset.append([draft.slug, "Now public?", "d", Status.PUBLISHED])
    dataset.append([published.slug, "Still public", "d", Status.DRAFT])
    dataset.append(["brand-new", "New", "d", Status.PUBLISHED])
    result = content_resource(Metric)().import_data(dataset, user=editor)
    assert not result.has_errors() and not result.has_validation_errors()
    statuses = dict(Metric.objects.values_list("slug", "status"))
    assert statuses == {
        draft.slug: Status.DRAFT,
        published.slug: Status.PUBLISHED,
        "brand-new": Status.DRAFT,
    }
    # A publisher's import does publish.
    content_resource(Metric)().import_data(dataset, user=publisher)
    assert Metric.objects.get(slug=draft.slug).status == Status.PUBLISHED


def test_roles_inline_shows_status_only_to_publishers(editor, publisher):
    role = make_role()
    CareerStep.objects.create(from_role=role, to_role=make_role(), typical_months=6)
    url = f"/admin/roles/role/{role.pk}/change/"
    assert 'name="steps_out-0-status"' not in logged_in(editor).get(url).content.decode()
    assert 'name="steps_out-0-status"' in logged_in(publisher).get(url).content.decode()
    assert Role.objects.get(pk=role.pk).status == Status.PUBLISHED
