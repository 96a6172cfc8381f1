"""Seed questions: every content/questions-*.yaml loads, idempotently, with scorecards."""

import pytest

from careers.content.loader import load_all
from careers.interviews.models import Category, Question, RubricLine
from careers.roles.models import Role
from tests.factories import make_role

pytestmark = pytest.mark.django_db

GENERAL = """
- slug: tell-me-about-yourself
  text: Tell me about yourself.
  category: background
  difficulty: easy
  looking_for: |
    A short, relevant story.
  tips: Keep it to a minute.
  sample_answer: |
    **Present, past, future.**
  follow_ups:
    - Why did you leave your last job?
    - Where do you see yourself in two years?
"""

ROLES = """
- slug: double-charge
  text: A customer was charged twice. Handle the call.
  category: role_play
  roles: [csr]
  difficulty: medium
  looking_for: Calm, clear steps.
  tips: Verify first.
  sample_answer: Thank you for calling...
  follow_ups: []
  rubric:
    - criterion: Greeting
      description: Greets and gives their name.
    - criterion: Verification
      description: Checks identity before the account.
    - criterion: Closing
      description: Summarises and thanks.
"""


@pytest.fixture
def seed_dir(tmp_path):
    make_role(slug="csr")
    (tmp_path / "questions-general.yaml").write_text(GENERAL)
    (tmp_path / "questions-roles.yaml").write_text(ROLES)
    return tmp_path


def test_every_questions_file_loads(seed_dir):
    results = load_all(seed_dir)
    assert sum(r.created for r in results) == 2
    general = Question.objects.get(slug="tell-me-about-yourself")
    assert general.is_published and general.category == "background"
    assert general.follow_ups == [
        "Why did you leave your last job?",
        "Where do you see yourself in two years?",
    ]
    assert not general.roles.exists()
    role_play = Question.objects.get(slug="double-charge")
    assert [r.slug for r in role_play.roles.all()] == ["csr"]
    assert [(line.order, line.criterion) for line in role_play.rubric_lines.all()] == [
        (1, "Greeting"),
        (2, "Verification"),
        (3, "Closing"),
    ]


def test_loading_twice_changes_nothing_and_keeps_staff_edits(seed_dir):
    load_all(seed_dir)
    question = Question.objects.get(slug="double-charge")
    question.text = "Edited by staff"
    question.save()
    question.rubric_lines.filter(criterion="Closing").delete()
    results = load_all(seed_dir)
    assert sum(r.created for r in results) == 0
    question.refresh_from_db()
    assert question.text == "Edited by staff"
    assert RubricLine.objects.count() == 2


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (GENERAL.replace("category: background", "category: astrology"), "astrology"),
        (GENERAL.replace("difficulty: easy", "difficulty: brutal"), "brutal"),
        (GENERAL + "  rubric: [{criterion: Greeting}]\n", "only role_play questions"),
        (GENERAL + "  roles: [no-such-role]\n", "no-such-role"),
        (GENERAL + "  colour: red\n", "unknown field"),
        (ROLES.replace("- criterion: Closing", "- description: no criterion"), "criterion"),
    ],
)
def test_bad_content_is_reported_and_nothing_is_written(seed_dir, bad, message):
    (seed_dir / "questions-general.yaml").write_text(bad)
    with pytest.raises(ValueError, match=message):
        load_all(seed_dir)
    assert not Question.objects.exists()


def test_the_real_seed_questions_load(seed):
    questions = Question.objects.published()
    assert questions.count() >= 80
    assert set(questions.values_list("category", flat=True)) == set(Category.values)
    for question in questions.filter(category=Category.ROLE_PLAY):
        assert question.rubric_lines.count() >= 3, question.slug
    for question in questions:
        assert question.looking_for.strip() and question.sample_answer.strip(), question.slug
    # every role has questions aimed at it, besides the all-roles ones
    for role in Role.objects.published():
        assert questions.filter(roles=role).exists(), role.slug


def test_every_seed_question_has_talking_points_its_sample_answer_shows(seed):
    from careers.interviews.feedback import Line, Point, covered, uncovered_points

    questions = Question.objects.prefetch_related("talking_points", "rubric_lines")
    for question in questions:
        points = [Point(tp.point, tuple(tp.phrases)) for tp in question.talking_points.all()]
        assert 3 <= len(points) <= 5, question.slug
        assert uncovered_points(question.sample_answer, points) == [], question.slug
        if question.is_role_play:
            lines = [Line(ln.criterion, tuple(ln.evidence)) for ln in question.rubric_lines.all()]
            assert lines and all(line.evidence for line in lines), question.slug
            found, _ = covered(
                question.sample_answer, [Point(ln.criterion, ln.evidence) for ln in lines]
            )
            assert all(found), (question.slug, found)
