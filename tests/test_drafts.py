"""Drafts are hidden from the public everywhere, and previewed by staff on the real page."""

import pytest

from tests.factories import (
    make_full_role,
    make_metric,
    make_role,
    make_role_skill,
    make_skill,
    make_step,
)

pytestmark = pytest.mark.django_db


def test_draft_role_is_404_for_the_public_and_a_preview_for_staff(client, admin_client):
    role = make_role(name="Secret Role", status="draft")
    assert client.get(f"/roles/{role.slug}/").status_code == 404
    response = admin_client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    assert "Preview:" in response.content.decode()


def test_draft_role_is_absent_from_lists_map_and_links(client):
    public = make_role(name="Public Role")
    draft = make_role(name="Hidden Role", status="draft", level="senior")
    make_step(public, draft)
    skill = make_skill()
    make_role_skill(draft, skill)
    must_show = {
        "/": "Public Role",
        "/roles/": "Public Role",
        "/ladder/": "Public Role",
        f"/roles/{public.slug}/": "<h1>Public Role</h1>",
        f"/skills/{skill.slug}/": f"<h1>{skill.name}</h1>",
    }
    for url, shown in must_show.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert shown in html, url
        assert "Hidden Role" not in html, url
        assert f"/roles/{draft.slug}/" not in html, url


def test_draft_skill_and_metric_hidden_from_role_page_and_lists(client):
    role = make_role()
    make_role_skill(role, make_skill(name="Published Skill"))
    role.metrics.add(make_metric(name="Published Metric"))
    skill = make_skill(name="Draft Skill", status="draft")
    make_role_skill(role, skill)
    metric = make_metric(name="Draft Metric", status="draft")
    role.metrics.add(metric)
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{role.name}</h1>" in html
    assert "Published Skill" in html and "Published Metric" in html
    assert "Draft Skill" not in html and "Draft Metric" not in html
    skills = client.get("/skills/")
    assert skills.status_code == 200
    assert "Published Skill" in skills.content.decode()
    assert "Draft Skill" not in skills.content.decode()
    metrics = client.get("/metrics/")
    assert metrics.status_code == 200
    assert "Published Metric" in metrics.content.decode()
    assert "Draft Metric" not in metrics.content.decode()
    assert client.get(f"/skills/{skill.slug}/").status_code == 404
    assert client.get(f"/metrics/{metric.slug}/").status_code == 404


def test_draft_step_is_hidden(client):
    role = make_full_role()
    step = role.steps_out.get()
    step.status = "draft"
    step.save()
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{role.name}</h1>" in html
    assert role.steps_in.get().from_role.name in html  # the published step still shows
    assert step.to_role.name not in html


def test_drafts_are_visible_in_admin(admin_client):
    role = make_role(name="Draft Role In Admin", status="draft")
    html = admin_client.get("/admin/roles/role/").content.decode()
    assert "Draft Role In Admin" in html
    assert admin_client.get(f"/admin/roles/role/{role.pk}/change/").status_code == 200
