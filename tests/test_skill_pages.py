import pytest

from tests.factories import make_resource, make_role, make_role_skill, make_skill

pytestmark = pytest.mark.django_db


def test_skills_grouped_by_kind(client):
    make_skill(name="Empathy", kind="soft")
    make_skill(name="Typing", kind="technical")
    make_skill(name="Medical Terminology", kind="domain")
    html = client.get("/skills/").content.decode()
    assert html.index("Soft skills") < html.index("Empathy") < html.index("Technical skills")
    assert html.index("Technical skills") < html.index("Typing") < html.index("Domain knowledge")


def test_skill_detail_lists_roles_and_resources(client):
    skill = make_skill(name="Typing", how_to_build="Practise **daily**.", aliases=["wpm"])
    make_role_skill(make_role(name="Data Entry Specialist"), skill, "essential")
    make_role_skill(make_role(name="CSR"), skill, "helpful")
    make_resource(skill, title="Free Typing Practice", free=True)
    response = client.get(f"/skills/{skill.slug}/")
    html = response.content.decode()
    assert [r.name for r in response.context["essential_for"]] == ["Data Entry Specialist"]
    assert [r.name for r in response.context["helpful_for"]] == ["CSR"]
    assert "<strong>daily</strong>" in html
    assert "Free Typing Practice" in html and "free" in html
    assert "wpm" in html
