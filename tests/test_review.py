"""An editor's change to live content waits for a publisher: the change form with its inlines
and restoring a version are held, the live page keeps the published version, a publisher sees
the difference and approves or rejects, and the editor sees the outcome."""

import pytest

from careers.common.models import PendingChange, Review
from careers.interviews.models import TalkingPoint
from careers.roles.models import Metric
from tests.admin_forms import add_inline_row, change_form_data
from tests.conftest import logged_in
from tests.factories import make_metric
from tests.interview_factories import make_question
from tests.test_staff_roles import metric_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_metric():
    return make_metric(name="Average Speed of Answer", slug="asa", abbreviation="ASA",
                       definition="How long callers wait.")  # fmt: skip


def edit(client, metric, **changes):
    url = f"/admin/roles/metric/{metric.pk}/change/"
    return client.post(url, metric_form(**changes), follow=True)


def test_an_editors_change_to_live_content_is_held(client, editor, live_metric):
    response = edit(logged_in(editor), live_metric, definition="Seconds before an answer.")
    assert response.status_code == 200
    html = response.content.decode()
    assert "waiting for a publisher" in html and "was changed successfully" not in html
    live_metric.refresh_from_db()
    assert live_metric.definition == "How long callers wait."  # the live row is unchanged
    assert live_metric.history.count() == 1  # and nothing was recorded as done
    page = client.get(live_metric.get_absolute_url()).content.decode()
    assert "How long callers wait." in page and "Seconds before an answer." not in page
    pending = PendingChange.objects.get()
    assert (pending.editor, pending.status) == (editor, Review.PENDING)
    assert pending.record["definition"] == "Seconds before an answer."


def test_a_publisher_sees_the_difference_and_approves(editor, publisher, live_metric, client):
    edit(logged_in(editor), live_metric, definition="Seconds before an answer.")
    pending = PendingChange.objects.get()
    reviewer = logged_in(publisher)
    detail = reviewer.get(f"/admin/common/pendingchange/{pending.pk}/change/").content.decode()
    assert "How long callers wait." in detail and "Seconds before an answer." in detail
    reviewer.post(
        "/admin/common/pendingchange/", {"action": "approve", "_selected_action": [pending.pk]}
    )
    live_metric.refresh_from_db()
    assert live_metric.definition == "Seconds before an answer."
    assert live_metric.history.latest("history_date").history_user == editor  # who wrote it
    pending.refresh_from_db()
    assert (pending.status, pending.decided_by) == (Review.APPROVED, publisher)
    assert (
        "Seconds before an answer." in client.get(live_metric.get_absolute_url()).content.decode()
    )


def test_a_rejected_change_never_goes_live_and_the_editor_sees_why(editor, publisher, live_metric):
    edit(logged_in(editor), live_metric, definition="Wrong.")
    pending = PendingChange.objects.get()
    logged_in(publisher).post(
        "/admin/common/pendingchange/", {"action": "reject", "_selected_action": [pending.pk]}
    )
    live_metric.refresh_from_db()
    assert live_metric.definition == "How long callers wait."
    listing = logged_in(editor).get("/admin/common/pendingchange/").content.decode()
    assert "Average Speed of Answer" in listing and "Rejected" in listing


def test_an_editor_cannot_approve(editor, live_metric):
    client = logged_in(editor)
    edit(client, live_metric, definition="Mine.")
    pending = PendingChange.objects.get()
    client.post(
        "/admin/common/pendingchange/", {"action": "approve", "_selected_action": [pending.pk]}
    )
    live_metric.refresh_from_db()
    assert live_metric.definition == "How long callers wait."
    assert PendingChange.objects.get().status == Review.PENDING


def test_drafts_and_publishers_changes_are_saved_at_once(editor, publisher, live_metric):
    draft = make_metric(name="Draft KPI", slug="draft-kpi", status="draft")
    url = f"/admin/roles/metric/{draft.pk}/change/"
    logged_in(editor).post(url, metric_form(name="Draft KPI", slug="draft-kpi", status="draft",
                                            definition="Edited draft."))  # fmt: skip
    assert Metric.objects.get(pk=draft.pk).definition == "Edited draft."
    edit(logged_in(publisher), live_metric, definition="Publisher's words.")
    live_metric.refresh_from_db()
    assert live_metric.definition == "Publisher's words."
    assert not PendingChange.objects.exists()


def test_inline_changes_are_held_with_the_form_and_applied_on_approval(editor, publisher):
    question = make_question(sample_answer="I apologise.")
    url = f"/admin/interviews/question/{question.pk}/change/"
    client = logged_in(editor)
    data = change_form_data(client.get(url))
    add_inline_row(data, "talking_points", order=1, point="Says sorry", phrases="apologise")
    assert client.post(url, data).status_code == 302
    assert not TalkingPoint.objects.exists()
    pending = PendingChange.objects.get()
    logged_in(publisher).post(
        "/admin/common/pendingchange/", {"action": "approve", "_selected_action": [pending.pk]}
    )
    assert list(TalkingPoint.objects.values_list("point", "phrases")) == [
        ("Says sorry", ["apologise"])
    ]


def test_restoring_a_version_is_held_too(editor, publisher, live_metric):
    edit(logged_in(publisher), live_metric, definition="Second version.")
    first = live_metric.history.earliest("history_date")
    url = f"/admin/roles/metric/{live_metric.pk}/history/{first.history_id}/"
    response = logged_in(editor).post(url, metric_form(definition="How long callers wait."))
    assert response.status_code == 302
    live_metric.refresh_from_db()
    assert live_metric.definition == "Second version."
    assert PendingChange.objects.get().record["definition"] == "How long callers wait."


def test_career_steps_changed_on_a_live_role_are_held_and_applied(editor, publisher):
    from careers.roles.models import CareerStep
    from tests.factories import make_role

    role, other = make_role(), make_role()
    url = f"/admin/roles/role/{role.pk}/change/"
    client = logged_in(editor)
    data = change_form_data(client.get(url))
    add_inline_row(data, "steps_out", to_role=other.pk, kind="promotion", typical_months=12,
                   what_it_takes="Hit your KPIs.")  # fmt: skip
    assert client.post(url, data).status_code == 302
    assert not CareerStep.objects.exists()
    pending = PendingChange.objects.get()
    logged_in(publisher).post(
        "/admin/common/pendingchange/", {"action": "approve", "_selected_action": [pending.pk]}
    )
    step = CareerStep.objects.get()
    assert (step.from_role, step.to_role, step.what_it_takes) == (role, other, "Hit your KPIs.")


def test_role_skills_are_read_only_for_editors(editor):
    from careers.skills.models import RoleSkill
    from tests.factories import make_role, make_role_skill, make_skill

    link = make_role_skill(make_role(), make_skill(), "essential")
    client = logged_in(editor)
    url = f"/admin/skills/roleskill/{link.pk}/change/"
    assert client.get(url).status_code == 200  # view only
    client.post(url, {"role": link.role_id, "skill": link.skill_id, "importance": "helpful"})
    assert RoleSkill.objects.get(pk=link.pk).importance == "essential"
