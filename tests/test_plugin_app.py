"""A new app plugs in through its own files: tests/plugin_app, installed only in tests/settings.py,
adds a role-page section, a /me/ section, a login merge, an admin inline and a seed file."""

import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from careers.common.models import Status
from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY
from tests.conftest import PASSWORD
from tests.factories import make_role
from tests.plugin_app.models import RoleNote, SavedNote

pytestmark = pytest.mark.django_db

PLUGIN_CONTENT = Path(__file__).parent / "plugin_app" / "content"


def test_role_page_shows_the_plugin_section(client):
    role = make_role()
    RoleNote.objects.create(slug="n1", role=role, text="Night shifts", status=Status.PUBLISHED)
    RoleNote.objects.create(slug="n2", role=role, text="Unreviewed", status=Status.DRAFT)
    response = client.get(f"/roles/{role.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{role.name}</h1>" in html
    assert "Plugin notes" in html and "Night shifts" in html
    assert "Unreviewed" not in html


def test_me_page_shows_the_plugin_section(client):
    response = client.get("/me/")
    assert response.status_code == 200
    assert "Plugin notes kept" in response.content.decode()


def test_login_merges_the_plugin_progress(client, alice):
    note = RoleNote.objects.create(slug="n1", role=make_role(), text="Keep me")
    browser_owner = Owner.objects.create(session_token=Owner.new_token())
    SavedNote.objects.create(owner=browser_owner, note=note)
    session = client.session
    session[SESSION_KEY] = str(browser_owner.session_token)
    session.save()
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    client.post("/me/browser-progress/", {"choice": "add"})  # asked, not merged unasked
    assert response.status_code == 302
    assert SavedNote.objects.get().owner == alice.progress_owner
    assert not Owner.objects.filter(pk=browser_owner.pk).exists()
    assert "1 notes kept." in client.get("/me/").content.decode()


def test_role_admin_shows_the_plugin_inline(admin_client):
    role = make_role()
    response = admin_client.get(f"/admin/roles/role/{role.pk}/change/")
    assert response.status_code == 200
    prefixes = [inline.formset.prefix for inline in response.context["inline_admin_formsets"]]
    assert prefixes == ["steps_out", "role_skills", "plugin_notes"]


def test_seed_file_loads_and_exports(tmp_path):
    make_role(slug="csr")
    call_command("load_content", PLUGIN_CONTENT)
    note = RoleNote.objects.get(slug="csr-night-note")
    assert note.role.slug == "csr" and note.status == Status.PUBLISHED
    call_command("export_content", tmp_path)
    assert "csr-night-note" in (tmp_path / "plugin-notes.yaml").read_text()


def test_no_file_outside_the_plugin_names_it():
    """Nothing in the portal itself knows the plugin: only the test settings install it."""
    found = subprocess.run(
        ["git", "grep", "-l", "plugin_app", "--", "careers", "bpoportal", "templates"],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert found.returncode == 1 and found.stdout == ""  # 1: no match


def test_every_page_menu_has_the_plugin_entry_last(client):
    make_role()
    response = client.get("/roles/")
    assert response.status_code == 200
    labels = [label for label, _ in response.context["menu"]]
    assert labels[0] == "Career paths" and labels[-1] == "Plugin notes"
    assert '<li><a href="/">Plugin notes</a></li>' in response.content.decode()


def test_the_plugin_caps_what_one_owner_keeps():
    from careers.common.limits import at_cap

    owner = Owner.objects.create(session_token=Owner.new_token())
    note = RoleNote.objects.create(slug="n1", role=make_role(), text="Keep me")
    SavedNote.objects.create(owner=owner, note=note)
    assert at_cap(owner, SavedNote) == ""
    SavedNote.objects.create(owner=owner, note=note)
    assert "You already keep 2 saved notes" in at_cap(owner, SavedNote)


def test_the_plugin_query_parameter_is_cached_and_an_unknown_one_is_not(client, settings):
    settings.PAGE_CACHE = True
    make_role()
    # A declared parameter's value must also be one the page offers (bpoportal.serving.page_cache
    # offers_its_values): an empty one always is, `?note=1` is offered nowhere on /roles/.
    for query, cached in (("?note=", "hit"), ("?note=1", None), ("?made-up=1", None)):
        assert client.get(f"/roles/{query}").status_code == 200
        again = client.get(f"/roles/{query}")
        assert again.status_code == 200
        assert again.headers.get("X-Page-Cache") == cached, query
