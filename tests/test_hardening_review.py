"""Review that shows everything (issue 27, item 2): publishers can approve with production
host checks, the review shows inline career steps too, and Markdown is stored normalised so
that text nobody touched never shows as changed, in a review or to the seed loader."""

import pytest
from django.test import Client, override_settings

from careers.common import review
from careers.common.models import PendingChange
from careers.roles.models import CareerStep, Metric
from tests.admin_forms import add_inline_row, change_form_data
from tests.factories import make_metric, make_role
from tests.test_staff_roles import metric_form

pytestmark = pytest.mark.django_db

HOST = "portal.example.org"


def on_host(user) -> Client:
    client = Client(HTTP_HOST=HOST)
    client.force_login(user)
    return client


def approve(client, pending):
    return client.post(
        "/admin/common/pendingchange/",
        {"action": "approve", "_selected_action": [pending.pk]},
        follow=True,
    )


@override_settings(ALLOWED_HOSTS=[HOST])  # production: no "testserver"
def test_a_publisher_approves_with_production_host_checks(editor, publisher):
    metric = make_metric(name="Average Speed of Answer", slug="asa", abbreviation="ASA",
                         definition="How long callers wait.")  # fmt: skip
    url = f"/admin/roles/metric/{metric.pk}/change/"
    assert (
        on_host(editor).post(url, metric_form(definition="Seconds to answer.")).status_code == 302
    )
    pending = PendingChange.objects.get()
    response = approve(on_host(publisher), pending)
    assert response.status_code == 200
    assert "Approved (now live): 1" in response.content.decode()
    metric.refresh_from_db()
    assert metric.definition == "Seconds to answer."


def test_the_review_shows_a_career_step_added_inline(editor, publisher):
    role, other = make_role(name="CSR"), make_role(name="Team Leader", slug="tl")
    url = f"/admin/roles/role/{role.pk}/change/"
    client = Client()
    client.force_login(editor)
    data = change_form_data(client.get(url))
    add_inline_row(data, "steps_out", to_role=other.pk, kind="promotion", typical_months=12,
                   what_it_takes="Coach two new hires.")  # fmt: skip
    assert client.post(url, data).status_code == 302
    pending = PendingChange.objects.get()
    changed = {name: proposed for name, _, proposed in review.differences(pending)}
    steps = next(value for name, value in changed.items() if name.startswith("career steps"))
    assert "Coach two new hires." in steps and "tl" in steps
    reviewer = Client()
    reviewer.force_login(publisher)
    page = reviewer.get(f"/admin/common/pendingchange/{pending.pk}/change/").content.decode()
    assert "Coach two new hires." in page
    assert not CareerStep.objects.exists()  # still only proposed


def test_an_untouched_form_saved_from_a_browser_changes_nothing(editor):
    text = "How long callers wait.\n\nCounted from the **first ring**."
    metric = make_metric(slug="asa", name="Average Speed of Answer", abbreviation="ASA",
                         definition=text)  # fmt: skip
    client = Client()
    client.force_login(editor)
    browser_text = text.replace("\n", "\r\n") + "\r\n"  # what a textarea sends
    response = client.post(
        f"/admin/roles/metric/{metric.pk}/change/", metric_form(definition=browser_text)
    )
    assert response.status_code == 302
    assert review.differences(PendingChange.objects.get()) == []


def test_line_endings_and_trailing_newlines_are_stored_normalised():
    metric = make_metric(definition="One.\r\nTwo.\r\n\r\n", calculation="A / B\n")
    metric.refresh_from_db()
    assert (metric.definition, metric.calculation) == ("One.\nTwo.", "A / B")


def test_a_seed_reload_after_an_untouched_save_is_no_staff_edit(reload_packs, publisher):
    metric = Metric.objects.exclude(definition="").filter(definition__contains="\n").first()
    metric = metric or Metric.objects.exclude(definition="").first()
    client = Client()
    client.force_login(publisher)
    url = f"/admin/roles/metric/{metric.pk}/change/"
    data = change_form_data(client.get(url))
    for name, value in list(data.items()):
        if isinstance(value, str) and "\n" in value:
            data[name] = value.replace("\n", "\r\n") + "\r\n"  # as a browser sends it
    assert client.post(url, data).status_code == 302
    (result,) = reload_packs("metrics.yaml")
    assert result.kept == [], result.kept
