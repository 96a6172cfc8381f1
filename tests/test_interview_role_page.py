"""The role page links into interview practice: a few questions and "practise for this role"."""

import pytest

from tests.factories import make_role
from tests.interview_factories import make_question, make_role_play

pytestmark = pytest.mark.django_db


def test_role_page_shows_a_few_questions_and_a_practice_link(client):
    role, other = make_role(slug="csr"), make_role()
    mine = make_role_play(role, text="Handle a double-charge call.")
    general = make_question(text="Why do you want to work in BPO?", category="background")
    make_question(other, text="Explain a VLOOKUP.", category="technical")
    make_question(role, text="A draft question.", category="situational", status="draft")

    response = client.get("/roles/csr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Interview questions for this role" in html
    assert mine.text in html and general.text in html
    assert "Explain a VLOOKUP." not in html and "A draft question." not in html
    assert '<a class="btn btn-primary" href="/interviews/practice/?role=csr">' in html
    assert 'href="/interviews/?role=csr"' in html
    # The link pre-selects the role on the practice page.
    assert (
        '<option value="csr" selected>'
        in client.get("/interviews/practice/?role=csr").content.decode()
    )


def test_at_most_three_questions_in_different_categories_the_roles_own_first(client):
    role = make_role(slug="csr")
    own = make_question(role, category="technical", text="Own question.")
    for category in ["background", "behavioural", "situational", "language", "background"]:
        make_question(category=category)
    html = client.get("/roles/csr/").content.decode()
    section = html.split('id="interview-questions"')[1].split("</section>")[0]
    assert section.count("<li>") == 3
    assert section.index(own.text) < section.index("</li>")  # the role's own question first
    categories = [
        c for c in ["Background", "Behavioural", "Situational", "Language"] if c in section
    ]
    assert len(categories) == 2  # three different categories in all


def test_no_section_when_there_are_no_questions(client):
    role = make_role(slug="csr")
    make_question(status="draft")
    response = client.get("/roles/csr/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{role.name}</h1>" in html
    assert "Interview questions for this role" not in html
