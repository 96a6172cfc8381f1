"""Every content change records who changed what and when; staff can restore a version."""

import pytest

from careers.common.models import PendingChange
from careers.roles.models import Metric
from tests.conftest import logged_in
from tests.test_staff_roles import metric_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def edited_metric(editor):
    client = logged_in(editor)
    client.post("/admin/roles/metric/add/", metric_form(name="Average Speed of Answer"))
    metric = Metric.objects.get(slug="asa")
    client.post(
        f"/admin/roles/metric/{metric.pk}/change/",
        metric_form(name="Average speed of answer (ASA)", typical_target="80% in 20 seconds"),
    )
    return metric


def test_each_change_records_who_and_what(edited_metric, editor):
    records = list(edited_metric.history.order_by("history_date"))
    assert [r.history_type for r in records] == ["+", "~"]
    assert {r.history_user for r in records} == {editor}
    delta = records[1].diff_against(records[0])
    assert set(delta.changed_fields) == {"name", "typical_target"}


def test_history_page_shows_a_field_by_field_diff(edited_metric, admin_client):
    html = admin_client.get(f"/admin/roles/metric/{edited_metric.pk}/history/").content.decode()
    assert "erin" in html
    assert "Average Speed of Answer" in html and "Average speed of answer (ASA)" in html
    assert "80% in 20 seconds" in html


def test_restoring_an_earlier_version(edited_metric, admin_client):
    first = edited_metric.history.earliest("history_date")
    url = f"/admin/roles/metric/{edited_metric.pk}/history/{first.history_id}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, metric_form(name="Average Speed of Answer", status="draft"))
    assert response.status_code == 302
    edited_metric.refresh_from_db()
    assert edited_metric.name == "Average Speed of Answer" and edited_metric.typical_target == ""
    assert edited_metric.history.count() == 3  # the restore is itself recorded


def test_editor_restoring_a_version_of_live_content_waits_for_review(
    edited_metric, editor, publisher
):
    """The old text is held for a publisher (careers.common.review); the status would stay the
    publisher's either way (the shared publish rule)."""
    logged_in(publisher).post(
        "/admin/roles/metric/", {"action": "publish", "_selected_action": [edited_metric.pk]}
    )
    draft_version = edited_metric.history.earliest("history_date")
    url = f"/admin/roles/metric/{edited_metric.pk}/history/{draft_version.history_id}/"
    response = logged_in(editor).post(url, metric_form(status="draft"), follow=True)
    assert response.status_code == 200
    assert "waiting for a publisher" in response.content.decode()
    edited_metric.refresh_from_db()
    assert edited_metric.status == "published"
    assert edited_metric.typical_target == "80% in 20 seconds"  # live until approved
    pending = PendingChange.objects.get()
    assert pending.record["status"] == "published" and pending.record["typical_target"] == ""
