"""Requests that got a 500 in the second review (issue 27, item 1): each must get a clear
answer or a 4xx instead, and change nothing it should not."""

import random
import threading

import pytest
from django.contrib import admin
from django.db import connection
from django.test import Client

from careers.common.admin import RelatedIdsChecked
from careers.drills.models import EnglishSession
from careers.interviews.models import PracticeItem, QuestionProgress
from careers.interviews.practice import rate_item
from tests.drill_factories import make_english_item
from tests.factories import make_role
from tests.interview_factories import make_question, session_of, start

pytestmark = pytest.mark.django_db

HUGE_NUMBER = "9" * 4301  # past Python's int() limit for decimal strings


@pytest.fixture
def client():
    return Client(REMOTE_ADDR=f"198.18.{random.randint(0, 255)}.{random.randint(1, 254)}")


def test_an_english_answer_of_thousands_of_digits_is_a_400(client):
    for area in ("grammar", "vocabulary", "reading", "reply"):
        make_english_item(area)
    url = client.post("/drills/english/start/", {"area": ""})["Location"]
    response = client.post(url, {"q-1": HUGE_NUMBER})
    assert response.status_code == 400
    assert "not one of its choices" in response.content.decode()
    assert EnglishSession.objects.get().finished_at is None  # still open to answer


def test_a_username_longer_than_any_account_is_a_failed_login(client):
    response = client.post("/accounts/login/", {"username": "u" * 300, "password": "whatever"})
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()


def test_a_form_posted_as_utf16_gets_a_400_page():
    client = Client(enforce_csrf_checks=True)  # the CSRF check is what parses the body first
    client.get("/accounts/login/")  # a CSRF cookie, as any browser that showed the form has
    body = "answer=hello".encode("utf-16")
    for url in ("/drills/english/start/", "/accounts/login/", "/resume/match/save/"):
        response = client.generic(
            "POST", url, body, content_type="application/x-www-form-urlencoded; charset=utf-16"
        )
        assert response.status_code == 400, (url, response.status_code)
        assert "did not make sense to us" in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_two_sessions_rating_the_same_question_at_once_both_count():
    question = make_question()
    browser = Client()
    first = session_of(start(browser, size=3))
    second = session_of(start(browser, size=3))
    items = [PracticeItem.objects.get(session=s, question=question) for s in (first, second)]
    inserted = threading.Event()

    def rate_first():
        from django.db import transaction

        try:
            with transaction.atomic():
                rate_item(items[0], 4)
                inserted.set()  # its progress row is written but not committed yet
                threading.Event().wait(0.5)
        finally:
            connection.close()

    errors = []

    def rate_second():
        inserted.wait(5)
        try:
            rate_item(items[1], 2)
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=rate_first), threading.Thread(target=rate_second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == []
    progress = QuestionProgress.objects.get(question=question)
    assert progress.times == 2
    assert PracticeItem.objects.filter(rating__isnull=False).count() == 2


@pytest.mark.parametrize(
    "url",
    [
        "/admin/roles/careerstep/add/?from_role=abc",
        "/admin/roles/careerstep/add/?from_role=" + HUGE_NUMBER,
        "/admin/roles/role/add/?metrics=1,x",
        "/admin/interviews/question/add/?roles=abc",
    ],
)
def test_admin_forms_with_a_non_numeric_related_id_do_not_fail(admin_client, url):
    make_role(slug="csr")
    response = admin_client.get(url)
    assert response.status_code in (200, 400), response.status_code


def test_admin_form_posted_with_a_non_numeric_related_id_says_so(admin_client):
    role = make_role(slug="csr")
    response = admin_client.post(
        "/admin/roles/careerstep/add/",
        {"from_role": "abc", "to_role": str(role.pk), "status": "draft"},
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_every_admin_with_autocomplete_fields_checks_related_ids(rf, admin_user):
    """Admins and inlines added later inherit the check from the shared bases; a plain one must
    put RelatedIdsChecked among its bases."""
    request = rf.get("/admin/")
    request.user = admin_user
    checked = []
    for model_admin in admin.site._registry.values():
        for each in (model_admin, *model_admin.get_inline_instances(request)):
            if each.autocomplete_fields:
                assert isinstance(each, RelatedIdsChecked), type(each)
                checked.append(type(each).__name__)
    assert {"CareerStepAdmin", "RoleSkillInline", "TransferableSkillInline"} <= set(checked)


def test_every_admin_answers_odd_ids_and_filters_without_a_500(admin_client):
    """History and export pages of every registered admin, with ids that are not ids and a
    made-up export filter (found in a second look at the admin after the review)."""
    make_role(slug="csr")
    failures = []
    for model in admin.site._registry:
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for url in (
            base + "abc/history/",
            base + "1/history/abc/",
            base + f"{HUGE_NUMBER}/history/1/",
            base + "export/?format=abc",
        ):
            try:
                status = admin_client.get(url).status_code
            except Exception as exc:  # the test client re-raises what became a 500
                failures.append((url[:80], repr(exc)[:120]))
                continue
            if status >= 500:
                failures.append((url[:80], status))
    assert failures == []
