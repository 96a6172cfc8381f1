"""A role moved back to draft disappears from every public page that linked to it."""

import re

import pytest

from careers.resumes.models import Tick
from careers.seekers.models import Owner
from tests.factories import make_full_role, make_role, make_step
from tests.interview_factories import make_question
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db


def test_no_page_links_to_an_unpublished_role(client):
    hidden = make_full_role(slug="hidden-role", name="Hidden Role")
    other = make_role(slug="other-role")
    make_step(other, hidden)
    make_step(hidden, other, kind="sideways")
    skill = hidden.role_skills.first().skill
    metric = hidden.metrics.first()
    cert = hidden.certifications.first()
    make_item(hidden, slug="for-hidden")
    question = make_question(hidden, other, slug="aimed-at-both")
    # a job seeker had worked on its checklist before it was unpublished
    tick = client.post("/resume/hidden-role/tick/", {"key": "item:for-hidden", "done": "on"})
    assert tick.status_code == 302

    hidden.status = "draft"
    hidden.save()

    other_link = 'href="/roles/other-role/"'
    must_show = {  # each page still shows what it is about, only without the hidden role
        "/": other_link,
        "/roles/": other_link,
        "/ladder/": other_link,
        f"/roles/{other.slug}/": f"<h1>{other.name}</h1>",
        f"/skills/{skill.slug}/": f"<h1>{skill.name}</h1>",
        f"/metrics/{metric.slug}/": f"<h1>{metric.name}",
        "/certifications/": cert.name,
        "/resume/": 'value="other-role"',
        f"/resume/{other.slug}/": f"<h1>Resume checklist: {other.name}</h1>",
        "/interviews/": 'href="/interviews/aimed-at-both/"',
        f"/interviews/{question.slug}/": question.text,
        "/interviews/practice/": '<option value="other-role"',
        "/me/": "<h1>My progress</h1>",
        f"/certifications/#{cert.slug}": cert.name,
    }
    for url, shown in must_show.items():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert shown in html, url
        assert not re.search(r'href="[^"]*hidden-role', html), url
        assert "Hidden Role" not in html, url
    assert client.get("/roles/hidden-role/").status_code == 404
    assert client.get("/resume/hidden-role/").status_code == 404
    # the job seeker's tick is kept, ready for when the role comes back
    assert Tick.objects.filter(owner__in=Owner.objects.all(), key="item:for-hidden").exists()
