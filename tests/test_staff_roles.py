"""Editors and publishers can do exactly what their group allows, through every door."""

import pytest

from careers.roles.models import Metric
from tests.conftest import logged_in
from tests.factories import make_metric, make_role

pytestmark = pytest.mark.django_db


def metric_form(**overrides):
    data = {
        "name": "Average Speed of Answer",
        "slug": "asa",
        "abbreviation": "ASA",
        "aliases": "",
        "definition": "How long callers wait.",
        "calculation": "",
        "why_it_matters": "",
        "typical_target": "",
        "status": "published",
    }
    return {**data, **overrides}


def test_groups_exist_with_publish_permissions(editor, publisher):
    assert not editor.has_perm("roles.publish_role")
    assert editor.has_perm("roles.add_role") and editor.has_perm("roles.change_role")
    assert not editor.has_perm("roles.delete_role")
    assert publisher.has_perm("roles.publish_role") and publisher.has_perm("roles.delete_role")
    for perm in ["auth.add_user", "auth.change_user", "auth.view_user"]:
        assert not editor.has_perm(perm) and not publisher.has_perm(perm)


def test_editor_creates_drafts_even_when_posting_published(editor):
    client = logged_in(editor)
    response = client.post("/admin/roles/metric/add/", metric_form())
    assert response.status_code == 302
    assert Metric.objects.get(slug="asa").status == "draft"


def test_editor_cannot_publish_by_button_action_or_post(editor):
    metric = make_metric(status="draft")
    client = logged_in(editor)
    html = client.get(f"/admin/roles/metric/{metric.pk}/change/").content.decode()
    assert 'name="_publish"' not in html
    assert 'value="publish"' not in client.get("/admin/roles/metric/").content.decode()
    # a hand-made POST of the button...
    response = client.post(
        f"/admin/roles/metric/{metric.pk}/change/", metric_form(slug=metric.slug, _publish="1")
    )
    assert response.status_code == 403
    # ...and of the bulk action
    client.post("/admin/roles/metric/", {"action": "publish", "_selected_action": [metric.pk]})
    metric.refresh_from_db()
    assert metric.status == "draft"


def test_editor_cannot_delete_or_manage_users(editor):
    metric = make_metric()
    client = logged_in(editor)
    assert client.get(f"/admin/roles/metric/{metric.pk}/delete/").status_code == 403
    assert (
        client.post(f"/admin/roles/metric/{metric.pk}/delete/", {"post": "yes"}).status_code == 403
    )
    client.post(
        "/admin/roles/metric/",
        {"action": "delete_selected", "_selected_action": [metric.pk], "post": "yes"},
    )
    assert Metric.objects.filter(pk=metric.pk).exists()
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403


def test_editor_can_preview_a_draft_on_its_public_page(editor, client):
    role = make_role(status="draft")
    assert client.get(f"/roles/{role.slug}/").status_code == 404
    response = logged_in(editor).get(f"/roles/{role.slug}/")
    assert response.status_code == 200 and "Preview:" in response.content.decode()


def test_publisher_publishes_by_button_and_by_action(publisher):
    first, second = make_metric(status="draft"), make_metric(status="draft")
    client = logged_in(publisher)
    html = client.get(f"/admin/roles/metric/{first.pk}/change/").content.decode()
    assert 'name="_publish"' in html
    response = client.post(
        f"/admin/roles/metric/{first.pk}/change/",
        metric_form(slug=first.slug, status="draft", _publish="1"),
    )
    assert response.status_code == 302
    client.post("/admin/roles/metric/", {"action": "publish", "_selected_action": [second.pk]})
    assert set(Metric.objects.values_list("status", flat=True)) == {"published"}
    client.post("/admin/roles/metric/", {"action": "unpublish", "_selected_action": [second.pk]})
    second.refresh_from_db()
    assert second.status == "draft"


def test_publisher_deletes_but_cannot_manage_users(publisher):
    metric = make_metric()
    client = logged_in(publisher)
    response = client.post(f"/admin/roles/metric/{metric.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Metric.objects.filter(pk=metric.pk).exists()
    assert client.get("/admin/auth/user/").status_code == 403


def test_superuser_manages_users(admin_client):
    assert admin_client.get("/admin/auth/user/").status_code == 200
    assert admin_client.get("/admin/auth/group/").status_code == 200


def test_admin_shows_a_rendered_markdown_preview(admin_client):
    metric = make_metric(definition="**Bold** <script>alert(1)</script>")
    html = admin_client.get(f"/admin/roles/metric/{metric.pk}/change/").content.decode()
    assert "<strong>Bold</strong>" in html
    assert "<script>alert(1)</script>" not in html
