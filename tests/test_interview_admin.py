"""Curating the question bank in admin; practice answers have no admin at all (they are private)."""

import pytest

from careers.interviews.models import Question
from tests.factories import make_role
from tests.interview_factories import make_question, make_role_play

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/interviews/question/"


@pytest.fixture
def question():
    return make_role_play(make_role(name="Team Leader"), slug="angry-caller")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=charged",
        "?status__exact=draft",
        "?category__exact=role_play",
        "?difficulty__exact=hard",
        "?roles__id__exact=1",
        "?o=1",
    ],
)
def test_changelist_search_and_filters(admin_client, question, query):
    assert admin_client.get(CHANGELIST + query).status_code == 200


def test_changelist_shows_roles_or_all_roles(admin_client, question):
    make_question(text="Why BPO?")
    html = admin_client.get(CHANGELIST).content.decode()
    assert "Team Leader" in html and "All roles" in html


def test_add_and_change_forms_render_with_the_scorecard_inline(admin_client, question):
    assert admin_client.get(CHANGELIST + "add/").status_code == 200
    html = admin_client.get(f"{CHANGELIST}{question.pk}/change/").content.decode()
    assert "rubric_lines-TOTAL_FORMS" in html
    assert "What would you do differently?</textarea>" in html  # follow-ups, one a line


def test_changelist_runs_a_fixed_number_of_queries(admin_client, question, assert_fixed_queries):
    def grow():
        for _ in range(20):
            make_role_play(make_role(), make_role())

    assert_fixed_queries(admin_client, CHANGELIST, grow, most=12)


def form_data(**kw):
    data = {
        "text": "A caller wants a refund you cannot give. Handle the call.",
        "slug": "refund-refused",
        "status": "draft",
        "category": "role_play",
        "difficulty": "hard",
        "looking_for": "Calm, clear *no*, and an alternative.",
        "tips": "",
        "sample_answer": "",
        "follow_ups": "What if they ask for your manager?\n\n  Would you bend the policy, once?  ",
        "talking_points-TOTAL_FORMS": "0",
        "talking_points-INITIAL_FORMS": "0",
        "rubric_lines-TOTAL_FORMS": "2",
        "rubric_lines-INITIAL_FORMS": "0",
        "rubric_lines-MIN_NUM_FORMS": "0",
        "rubric_lines-MAX_NUM_FORMS": "1000",
        "rubric_lines-0-order": "1",
        "rubric_lines-0-criterion": "Empathy",
        "rubric_lines-0-description": "Acknowledges the frustration.",
        "rubric_lines-1-order": "2",
        "rubric_lines-1-criterion": "Closing",
        "rubric_lines-1-description": "",
    }
    return {**data, **kw}


def test_staff_add_a_question_with_follow_ups_roles_and_a_scorecard(admin_client):
    role = make_role()
    response = admin_client.post(CHANGELIST + "add/", form_data(roles=[role.pk]))
    assert response.status_code == 302, response.content.decode()[:2000]
    question = Question.objects.get(slug="refund-refused")
    assert question.follow_ups == [
        "What if they ask for your manager?",
        "Would you bend the policy, once?",
    ]
    assert list(question.roles.all()) == [role]
    assert [line.criterion for line in question.rubric_lines.all()] == ["Empathy", "Closing"]


def test_the_practice_slug_is_reserved(admin_client):
    response = admin_client.post(CHANGELIST + "add/", form_data(slug="practice"))
    assert response.status_code == 200
    assert "is used by another page" in response.content.decode()
    assert not Question.objects.exists()


def test_publish_action(admin_client):
    draft = make_question(status="draft")
    admin_client.post(CHANGELIST, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.is_published


def test_roles_autocomplete(admin_client, question):
    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "interviews",
            "model_name": "question",
            "field_name": "roles",
            "term": "Team",
        },
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["Team Leader"]


@pytest.mark.parametrize("model", ["practicesession", "practiceitem", "questionprogress"])
def test_practice_answers_are_not_in_admin(admin_client, model):
    assert admin_client.get(f"/admin/interviews/{model}/").status_code == 404


def test_talking_points_are_edited_inline_and_a_sample_that_misses_one_is_named(admin_client):
    from careers.interviews.models import TalkingPoint
    from tests.admin_forms import add_inline_row, change_form_data

    question = make_question(sample_answer="I checked the account. I apologise for the wait.")
    url = f"/admin/interviews/question/{question.pk}/change/"
    data = change_form_data(admin_client.get(url))
    add_inline_row(data, "talking_points", order=1, point="Says sorry", phrases="apologise")
    add_inline_row(data, "talking_points", order=2, point="Gives a number", phrases="percent,%")
    response = admin_client.post(url, data, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "does not show these talking points: Gives a number." in html
    assert "Says sorry" not in html.split("does not show")[1].split(".")[0]
    assert list(TalkingPoint.objects.values_list("point", "phrases")) == [
        ("Says sorry", ["apologise"]),
        ("Gives a number", ["percent", "%"]),
    ]
