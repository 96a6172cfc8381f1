"""Tailoring rules: general + the role's own items + one per essential skill + one per KPI."""

import pytest

from careers.resumes.checklist import role_checklist_keys, role_entries
from tests.factories import make_full_role, make_metric, make_role, make_role_skill, make_skill
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def role():
    role = make_role(name="Data Entry Specialist")
    make_role_skill(role, make_skill(name="Typing"), "essential")
    make_role_skill(role, make_skill(name="Attention to detail"), "essential")
    make_role_skill(role, make_skill(name="Spreadsheets"), "helpful")
    role.metrics.add(make_metric(name="Accuracy rate", abbreviation="ACC"))
    make_item(text="Keep it to one page")  # general
    make_item(text="Cover letter opener", section="cover_letter", part="opening")
    make_item(role, text="Give your tested typing speed", part="skills")  # this role's own
    make_item(make_role(), text="Someone else's item")  # another role's
    make_item(text="Draft item", status="draft")
    return role


def test_rules(role):
    entries = role_entries(role)
    texts = [e.text for e in entries]
    assert "Keep it to one page" in texts and "Cover letter opener" in texts
    assert "Give your tested typing speed" in texts
    assert "Someone else's item" not in texts and "Draft item" not in texts
    assert "Show evidence of typing" in texts
    assert "Show evidence of attention to detail" in texts
    assert not any("Spreadsheets" in t or "spreadsheets" in t for t in texts)  # only essentials
    assert "Quantify your ACC" in texts
    origins = {e.text: e.origin for e in entries}
    assert origins["Give your tested typing speed"] == "role"
    assert origins["Keep it to one page"] == "general"
    assert len(texts) == 6


def test_no_duplicates_when_an_item_is_for_several_roles(role):
    make_item(role, make_role(), role.__class__.objects.exclude(pk=role.pk).first())
    keys = [e.key for e in role_entries(role)]
    assert len(keys) == len(set(keys))


def test_page_groups_by_section_and_part_with_progress(client, role):
    html = client.get(
        "/resume/data-entry-specialist/".replace("data-entry-specialist", role.slug)
    ).content.decode()
    assert "0 of 6 done" in html
    assert html.index("Resume: Summary") < html.index("Resume: Skills")
    assert html.index("Resume: Experience") < html.index("Cover letter: Opening")
    # How saving works is said before the first box: a tick alone is not saved.
    assert html.index("then press its <strong>Save</strong>") < html.index('type="checkbox"')


def test_bulk_keys_agree_with_the_builder(role):
    other = make_full_role()
    keys = role_checklist_keys([role.pk, other.pk])
    assert keys[role.pk] == {e.key for e in role_entries(role)}
    assert keys[other.pk] == {e.key for e in role_entries(other)}


def test_index_lists_roles_and_redirects_a_choice(client, role):
    assert role.name in client.get("/resume/").content.decode()
    response = client.get(f"/resume/?role={role.slug}")
    assert response.status_code == 302 and response.url == f"/resume/{role.slug}/"
    assert client.get("/resume/?role=nope").status_code == 200


def test_unknown_and_draft_roles_404(client):
    assert client.get("/resume/no-such-role/").status_code == 404
    draft = make_role(status="draft")
    assert client.get(f"/resume/{draft.slug}/").status_code == 404


def test_role_page_links_to_its_checklist(client, role):
    assert f"/resume/{role.slug}/" in client.get(f"/roles/{role.slug}/").content.decode()


def test_checklist_query_count_is_fixed(client, role, assert_fixed_queries):
    def grow():
        for _ in range(20):
            make_item()
            make_item(role)
            make_role_skill(role, make_skill(), "essential")
            role.metrics.add(make_metric())

    assert_fixed_queries(client, f"/resume/{role.slug}/", grow, most=6)
