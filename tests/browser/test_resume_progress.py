"""A job seeker ticks a checklist item, signs up, and finds the tick on /me/."""

import pytest

from tests.factories import make_role, make_role_skill, make_skill
from tests.resume_factories import make_item

pytestmark = pytest.mark.django_db(transaction=True)


def test_tick_then_sign_up_keeps_the_tick(page, live_server, external_requests, console_errors):
    role = make_role(name="Customer Service Representative")
    make_role_skill(role, make_skill(name="Active listening"))
    make_item(slug="one-page", text="Keep your resume to one page")
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(f"{live_server.url}/resume/{role.slug}/")
    assert "0 of 2 done" in page.inner_text(".checklist-progress")
    entry = page.locator("#c-item-one-page")
    entry.get_by_label("Keep your resume to one page").check()
    entry.get_by_label("My note").fill("Cut the hobbies section")
    entry.get_by_role("button", name="Save").click()
    page.wait_for_url(f"**/resume/{role.slug}/#c-item-one-page")
    assert "1 of 2 done" in page.inner_text(".checklist-progress")

    page.goto(f"{live_server.url}/accounts/signup/")
    # crispy-forms marks required labels with "*", so fields are found by id
    page.fill("#id_username", "maria")
    page.fill("#id_email", "maria@example.org")
    page.fill("#id_password1", "calm-river-sunrise-2931")
    page.fill("#id_password2", "calm-river-sunrise-2931")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/me/")
    my_checklists = page.locator("section", has_text="My resume checklists")
    assert "Customer Service Representative: 1 of 2 done" in my_checklists.inner_text()

    page.goto(f"{live_server.url}/resume/{role.slug}/")
    assert page.locator("#c-item-one-page input[type=checkbox]").is_checked()
    assert page.locator("#c-item-one-page input[name=note]").input_value() == (
        "Cut the hobbies section"
    )
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert external_requests == [] and console_errors == []
