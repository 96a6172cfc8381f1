"""Admin: every changelist, add and change form renders, at a fixed query count."""

import pytest
from django.contrib import admin

from careers.drills.models import EnglishTest
from careers.resumes.models import JargonTerm
from careers.search.models import SearchSynonym
from tests import snapshots
from tests.drill_factories import make_english_item, make_passage, make_template
from tests.factories import make_full_role, make_resource, make_skill
from tests.guide_factories import (
    make_fact,
    make_minimum_wage,
    make_org,
    make_pay,
    make_pay_note,
    make_stage,
    make_topic,
)
from tests.interview_factories import make_question, make_role_play
from tests.mockcall_factories import make_scenario
from tests.plan_factories import make_background
from tests.resume_factories import make_item
from tests.speaking_factories import make_drill
from tests.takehome_factories import make_rate

pytestmark = pytest.mark.django_db

# Every curated model with an admin page (roles, skills, checklist, jargon, questions…).
CONTENT_MODELS = [model for model in admin.site._registry if getattr(model, "curated", False)]


def admin_url(model, suffix=""):
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/{suffix}"


def make_content():
    role = make_full_role()
    make_resource(make_skill(), make_skill())
    make_item(role)
    make_item()
    JargonTerm.objects.create(
        slug=f"term-{role.pk}", term=f"Term {role.pk}", meaning="m", status="published"
    )
    make_role_play(role)
    make_question()
    make_background(role, skills=[make_skill()])
    make_passage()
    make_template()
    make_english_item()
    make_stage()
    make_fact()
    make_pay(role)
    make_org()
    make_topic()
    make_drill()
    make_scenario()
    make_minimum_wage()
    make_pay_note()
    make_rate()
    SearchSynonym.objects.create(
        slug=f"synonym-{role.pk}", typed=["sahod"], search_for=["pay"], status="published"
    )
    EnglishTest.objects.create(
        slug=f"test-{role.pk}",
        name="A test",
        organisation="Org",
        url="https://example.org/",
        measures="m",
        source="s (2025)",
        status="published",
    )
    return role


def make_more_content():
    for _ in range(15):
        make_content()


@pytest.fixture(scope="session")
def built_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """make_content(), then fifteen more of it: built once per run (each is a few hundred ORM
    saves with their history and search entries), copied in by each test that asks."""

    def build():
        with django_db_blocker.unblock():
            some = snapshots.capture(make_content)
            return some, snapshots.capture(make_more_content, on=some)

    return snapshots.once_per_run(tmp_path_factory, "admin-content", build)


@pytest.fixture
def content(db, built_content):
    return snapshots.restore(built_content[0])


@pytest.fixture
def grow(built_content):
    """Adds what make_more_content() adds."""
    return lambda: snapshots.restore(built_content[1])


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
def test_changelist_add_and_change_forms_render(admin_client, content, model, admin_user):
    assert admin_client.get(admin_url(model)).status_code == 200
    assert admin_client.get(admin_url(model, "?q=role")).status_code == 200
    assert admin_client.get(admin_url(model, "add/")).status_code == 200
    obj = model.objects.first()
    assert admin_client.get(admin_url(model, f"{obj.pk}/change/")).status_code == 200


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
def test_changelists_run_a_fixed_number_of_queries(
    admin_client, content, grow, model, assert_fixed_queries
):
    assert_fixed_queries(admin_client, admin_url(model), grow, most=12)


@pytest.mark.parametrize("model", CONTENT_MODELS, ids=lambda m: m.__name__)
def test_change_forms_do_not_grow_with_the_amount_of_content(
    admin_client, content, grow, model, assert_fixed_queries
):
    obj = model.objects.order_by("pk").first()
    assert_fixed_queries(admin_client, admin_url(model, f"{obj.pk}/change/"), grow, most=25)


def test_role_change_form_has_skill_and_step_inlines(admin_client, content):
    html = admin_client.get(admin_url(type(content), f"{content.pk}/change/")).content.decode()
    assert "role_skills-TOTAL_FORMS" in html
    assert "steps_out-TOTAL_FORMS" in html


def test_publish_action(admin_client):
    from careers.roles.models import Role

    role = make_full_role(status="draft")
    response = admin_client.post(
        "/admin/roles/role/", {"action": "publish", "_selected_action": [role.pk]}, follow=True
    )
    assert response.status_code == 200
    role.refresh_from_db()
    assert role.status == "published"
    assert Role.objects.published().filter(pk=role.pk).exists()


def test_autocomplete_endpoint_answers(admin_client, content):
    response = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "roles", "model_name": "role", "field_name": "metrics", "term": "Met"},
    )
    assert response.status_code == 200
    assert response.json()["results"]
