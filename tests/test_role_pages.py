"""The career-path pages render published content and 404 on unknown slugs."""

import pytest

from tests.factories import make_certification, make_full_role, make_metric, make_role, make_step

pytestmark = pytest.mark.django_db


def test_home_explains_bpo_and_lists_entry_roles(client):
    make_role(name="Customer Service Representative", level="entry")
    make_role(name="Operations Manager", level="leadership")
    html = client.get("/").content.decode()
    assert "Front office and back office" in html
    assert "KPO" in html and "LPO" in html
    assert "Customer Service Representative" in html
    assert "Operations Manager" not in html


def test_role_detail_shows_every_part(client):
    role = make_full_role(name="Chat Support Agent", other_titles=["Live Chat Agent"])
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chat Support Agent" in html
    assert "Live Chat Agent" in html
    for role_skill in role.role_skills.all():
        assert role_skill.skill.name in html
    for metric in role.metrics.all():
        assert metric.name in html
    assert role.certifications.get().name in html
    assert "Next steps from this role" in html and "Roles that lead here" in html
    assert "step-sideways" in html and "step-promotion" in html


def test_role_skills_split_into_essential_and_helpful(client):
    role = make_full_role()
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    [skills] = response.context["sections"]["after_work"]  # the skills app's section
    essential = {s.name for s in skills.context["essential"]}
    helpful = {s.name for s in skills.context["helpful"]}
    assert len(essential) == 2 and len(helpful) == 1
    assert not essential & helpful


def test_role_markdown_is_rendered(client):
    role = make_role(what_they_do="- **Answer** calls\n- Log tickets")
    html = client.get(f"/roles/{role.slug}/").content.decode()
    assert "<li><strong>Answer</strong> calls</li>" in html


@pytest.mark.parametrize(
    "url", ["/roles/no-such-role/", "/metrics/no-such-kpi/", "/skills/no-such-skill/"]
)
def test_unknown_slugs_404(client, url):
    assert client.get(url).status_code == 404


def test_ladder_draws_promotions_and_sideways_moves_differently(client):
    csr = make_role(name="CSR", level="entry")
    lead = make_role(name="Team Leader", level="senior")
    chat = make_role(name="Chat Agent", level="entry", channel="non-voice")
    make_step(csr, lead, kind="promotion")
    make_step(csr, chat, kind="sideways")
    response = client.get("/ladder/")
    assert response.status_code == 200
    drawing, text_list = response.content.decode().split("</svg>")
    assert "map-step-promotion" in drawing and "map-step-sideways" in drawing
    assert "ladder-step-promotion" in text_list and "ladder-step-sideways" in text_list
    # the drawing climbs (leadership on top); the text list reads from the first job up
    assert drawing.index("Senior") < drawing.index("Entry level")
    assert text_list.index("Entry level") < text_list.index("Senior")


def test_ladder_puts_specialist_roles_on_their_own_track(client):
    make_role(name="Medical Coder", level="mid", office="back", industry="healthcare")
    html = client.get("/ladder/").content.decode()
    assert "Specialist industries" in html and "Medical Coder" in html


def test_metric_pages(client):
    metric = make_metric(name="Average Handle Time", abbreviation="AHT", typical_target="6 min")
    role = make_role()
    role.metrics.add(metric)
    assert "Average Handle Time (AHT)" in client.get("/metrics/").content.decode()
    html = client.get(f"/metrics/{metric.slug}/").content.decode()
    assert "6 min" in html and role.name in html


def test_certifications_page_lists_roles_they_lead_to(client):
    cert = make_certification(name="ITIL 4 Foundation", issuing_body="PeopleCert")
    role = make_role(name="Service Desk Analyst")
    role.certifications.add(cert)
    html = client.get("/certifications/").content.decode()
    assert "ITIL 4 Foundation" in html and "PeopleCert" in html and "Service Desk Analyst" in html


def test_every_public_page_sends_a_strict_csp(client):
    role = make_role()
    for url in ["/", "/roles/", f"/roles/{role.slug}/", "/ladder/", "/skills/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        csp = response["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'self'" in csp
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["img-src"] == "'self'"  # no data: images either


def test_pages_have_no_inline_script_or_third_party_assets(client):
    role = make_full_role()
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{role.name}</h1>" in html
    assert 'href="/static/' in html  # its own assets come from our static files
    assert "<script>" not in html
    assert "cdn." not in html and "googleapis" not in html
