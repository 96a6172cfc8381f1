"""An editor writes a draft question, a publisher publishes it, and the public bank shows it."""

import pytest

from careers.interviews.models import Question
from tests.conftest import PASSWORD, staff_in_group

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = "How would you explain a dropped-call callback policy to a frustrated customer?"


def admin_login(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{live_server.url}/admin/")


def test_editor_drafts_publisher_publishes_public_sees(browser, live_server):
    staff_in_group("erin", "Content editor")
    staff_in_group("pat", "Content publisher")

    # The editor writes a draft; the status field is not hers to change.
    editor = browser.new_context().new_page()
    admin_login(editor, live_server, "erin")
    editor.goto(f"{live_server.url}/admin/interviews/question/add/")
    editor.fill("#id_text", TEXT)
    editor.fill("#id_slug", "dropped-call-callback")
    editor.select_option("#id_category", "situational")
    editor.fill("#id_looking_for", "Calm, **clear** explanation and a concrete next step.")
    assert editor.locator("#id_status").count() == 0
    editor.locator("input[name=_save]").click()
    editor.wait_for_url(f"{live_server.url}/admin/interviews/question/")
    question = Question.objects.get(text=TEXT)
    assert question.status == "draft"

    public = browser.new_context().new_page()
    public.goto(f"{live_server.url}/interviews/")
    assert TEXT not in public.content()

    # The publisher opens it and presses "Save and publish".
    publisher = browser.new_context().new_page()
    admin_login(publisher, live_server, "pat")
    publisher.goto(f"{live_server.url}/admin/interviews/question/{question.pk}/change/")
    publisher.locator("input[name=_publish]").click()
    publisher.wait_for_url(f"{live_server.url}/admin/interviews/question/")

    public.goto(f"{live_server.url}/interviews/")
    assert TEXT in public.content()
    public.goto(f"{live_server.url}/interviews/{question.slug}/")
    assert public.get_by_role("heading", level=1).inner_text().strip() == TEXT
