"""Markdown is rendered through one sanitising filter: pasted HTML comes out inert."""

import pytest

from careers.common.templatetags.markdown_tags import render_markdown
from tests.factories import make_role

ATTACKS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    '<iframe src="https://evil.example"></iframe>',
    '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_attacks_come_out_inert(attack):
    html = render_markdown(attack).lower()
    assert "<script" not in html
    assert "onerror" not in html and "onclick" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html


def test_ordinary_markdown_survives():
    html = render_markdown("**Bold** and [a link](https://example.org)\n\n- one\n- two")
    assert "<strong>Bold</strong>" in html
    assert 'href="https://example.org"' in html and 'rel="noopener noreferrer nofollow"' in html
    assert "<li>one</li>" in html


@pytest.mark.django_db
def test_role_page_renders_pasted_script_inert(client):
    role = make_role(what_they_do="Hi <script>alert('x')</script> there")
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{role.name}</h1>" in html
    assert "<script>alert" not in html
