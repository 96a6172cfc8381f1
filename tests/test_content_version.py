"""One content version keys every cache, and every way content can change moves it: so a staff
change shows on the next request. Each way is checked end to end through the page cache: the
page is cached, the content changes, and the next visitor sees the change."""

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from bpoportal.serving import content_version
from bpoportal.serving.page_cache import HIT_HEADER
from careers.resumes.models import Tick
from careers.roles.models import Certification, Metric
from careers.seekers.models import Owner
from tests.conftest import logged_in
from tests.factories import make_certification, make_csr, make_metric, make_role
from tests.test_import_export import confirm, upload
from tests.test_staff_roles import metric_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def metric():
    return make_metric(slug="asa", name="Average Speed of Answer", definition="Callers wait.")


def cached_page(client, url: str) -> str:
    """Visit twice, the second visit answered from the cache; the page's text."""
    first = client.get(url)
    assert first.status_code == 200 and HIT_HEADER not in first
    again = client.get(url)
    assert again.status_code == 200 and again[HIT_HEADER] == "hit"
    return again.content.decode()


def fresh_page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200 and HIT_HEADER not in response
    return response.content.decode()


def test_save(client, metric):
    assert "Callers wait." in cached_page(client, "/metrics/asa/")
    metric.definition = "Seconds before a person answers."
    metric.save()
    assert "Seconds before a person answers." in fresh_page(client, "/metrics/asa/")


def test_delete(client):
    make_certification(name="COPC Registered Coordinator")
    assert "COPC Registered Coordinator" in cached_page(client, "/certifications/")
    Certification.objects.get().delete()
    assert "COPC Registered Coordinator" not in fresh_page(client, "/certifications/")


def test_many_to_many_change(client, metric):
    role = make_csr()
    assert "Average Speed of Answer" not in cached_page(client, "/roles/csr/")
    role.metrics.add(metric)
    assert "Average Speed of Answer" in fresh_page(client, "/roles/csr/")


def test_queryset_update_and_bulk_create(client, metric):
    assert "Callers wait." in cached_page(client, "/metrics/asa/")
    Metric.objects.filter(pk=metric.pk).update(definition="Updated in bulk.")
    assert "Updated in bulk." in fresh_page(client, "/metrics/asa/")
    cached_page(client, "/metrics/")
    Metric.objects.bulk_create(
        [Metric(slug="fcr", name="First Contact Resolution", status="published")]
    )
    assert "First Contact Resolution" in fresh_page(client, "/metrics/")


def test_raw_sql(client, metric):
    cached_page(client, "/metrics/asa/")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE roles_metric SET definition = %s", ["Changed by hand."])
    assert "Changed by hand." in fresh_page(client, "/metrics/asa/")


def test_admin_change_form(client, admin_client, metric):
    cached_page(client, "/metrics/asa/")
    admin_client.post(
        f"/admin/roles/metric/{metric.pk}/change/",
        metric_form(name="Average Speed of Answer", definition="Edited in admin."),
    )
    assert "Edited in admin." in fresh_page(client, "/metrics/asa/")


def test_import(client, admin_client, metric):
    cached_page(client, "/metrics/")
    content = b"slug,name,abbreviation,definition,status,aliases\nfcr,First Contact Resolution,FCR,Solved,published,\n"  # noqa: E501
    preview = upload(admin_client, "/admin/roles/metric/", content)
    assert (
        confirm(admin_client, "/admin/roles/metric/", preview.content.decode()).status_code == 302
    )
    assert "First Contact Resolution" in fresh_page(client, "/metrics/")


def test_seed_load(client, metric, tmp_path):
    cached_page(client, "/metrics/")
    (tmp_path / "metrics.yaml").write_text(
        "- slug: occ\n  name: Occupancy\n  abbreviation: OCC\n  definition: Busy time.\n"
    )
    call_command("load_content", tmp_path, verbosity=0)
    assert "Occupancy" in fresh_page(client, "/metrics/")


def test_version_restore(client, admin_client, metric):
    admin_client.post(
        f"/admin/roles/metric/{metric.pk}/change/",
        metric_form(name="Average Speed of Answer", definition="Second version."),
    )
    assert "Second version." in cached_page(client, "/metrics/asa/")
    first = metric.history.earliest("history_date")
    url = f"/admin/roles/metric/{metric.pk}/history/{first.history_id}/"
    admin_client.post(url, metric_form(name="Average Speed of Answer", definition="Callers wait."))
    assert "Callers wait." in fresh_page(client, "/metrics/asa/")


def test_approval(client, editor, publisher, metric):
    from careers.common.models import PendingChange

    logged_in(editor).post(
        f"/admin/roles/metric/{metric.pk}/change/",
        metric_form(name="Average Speed of Answer", definition="Waiting for review."),
    )
    assert "Waiting for review." not in cached_page(client, "/metrics/asa/")  # held, not live
    pending = PendingChange.objects.get()
    logged_in(publisher).post(
        "/admin/common/pendingchange/", {"action": "approve", "_selected_action": [pending.pk]}
    )
    assert "Waiting for review." in fresh_page(client, "/metrics/asa/")


def test_bumped_once_after_commit_so_other_servers_see_committed_rows(
    django_capture_on_commit_callbacks,
):
    before = content_version.version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        metric = make_metric(definition="One.")
        metric.definition = "Two."
        metric.save()
        content_version._state.dirty = False  # as another app server sees it meanwhile
        assert content_version.version() == before  # nothing committed, nothing announced
    assert callbacks.count(content_version.bump) == 1
    assert content_version.version() != before


def test_a_job_seekers_own_writes_leave_the_version_alone(client):
    role = make_role(slug="csr")
    before = content_version.version()
    client.post(f"/resume/{role.slug}/tick/", {"key": "item:x", "done": "on"})
    Owner.objects.update(last_seen="2026-01-01T00:00Z")
    Tick.objects.all().delete()
    assert content_version.version() == before


def test_no_table_is_left_out():
    """Every table of the project's apps is content, except a job seeker's own data (found by
    following required foreign keys to an owner or user) and two bookkeeping tables. A new
    app's content is covered without any change; this list says what is deliberately not."""
    from django.apps import apps

    ours = {
        m._meta.db_table
        for m in apps.get_models(include_auto_created=True)
        if content_version._ours(m._meta.app_config.path)
    }
    assert ours - content_version.content_tables() == {
        "seekers_owner",
        "resumes_savedad",
        "resumes_tick",
        "interviews_practicesession",
        "interviews_practiceitem",
        "interviews_rubricscore",
        "interviews_questionprogress",
        "plans_plan",
        "plans_earliertarget",
        "plans_milestonetick",
        "plans_setback",
        "plans_setasideplan",
        "drills_typingresult",
        "drills_accuracyresult",
        "drills_englishsession",
        "drills_englishanswer",
        "drills_englishprogress",
        "speaking_result",
        "speaking_recording",
        "mockcalls_mocksession",
        "mockcalls_message",
        "plugin_app_savednote",
        "search_searchmiss",
        "common_pendingchange",
    }
    assert {"roles_role", "roles_role_metrics", "skills_roleskill", "guide_topic"} <= (
        content_version.content_tables()
    )


def test_a_change_the_cache_missed_is_announced_once_it_is_back(client, settings, metric):
    cached_page(client, "/metrics/asa/")
    working = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "bpoportal.serving.cache_backend.ForgivingRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing answers here
        }
    }
    metric.definition = "Changed during a cache outage."
    metric.save()
    content_version.settle()
    settings.CACHES = working
    assert content_version._unannounced[0]
    assert "Changed during a cache outage." in fresh_page(client, "/metrics/asa/")


def test_nothing_is_memoized_from_writes_that_may_still_roll_back():
    built = []
    make_metric()  # uncommitted: the test's own transaction is still open
    content_version.memoized("probe", lambda: built.append(1) or "built")
    content_version.memoized("probe", lambda: built.append(1) or "built")
    assert len(built) == 2
