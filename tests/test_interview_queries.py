"""Interview pages run a small, fixed number of queries however much content or practice exists."""

import pytest

from careers.interviews.models import PracticeItem, PracticeSession, RubricScore
from tests.conftest import logged_in
from tests.factories import make_full_role, make_role
from tests.interview_factories import (
    make_question,
    make_questions,
    make_role_play,
    progress,
    session_of,
    start,
)

pytestmark = pytest.mark.django_db


def grow_bank(*roles):
    def grow():
        for _ in range(15):
            make_question(*roles, make_role())
            make_role_play(*roles)
            make_question(category="technical", difficulty="hard")

    return grow


@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/interviews/", 3),
        ("/interviews/?role=csr&category=role_play&difficulty=medium", 3),
        ("/interviews/?page=2", 3),
        ("/interviews/?category=bad&page=zzz", 3),
    ],
)
def test_question_list(client, url, most, assert_fixed_queries):
    role = make_role(slug="csr")
    grow_bank(role)()
    assert_fixed_queries(client, url, grow_bank(role), most=most)


def test_question_detail(client, assert_fixed_queries):
    question = make_role_play(make_role(), make_role())

    def grow():
        for n in range(20):
            question.roles.add(make_role())
            question.rubric_lines.create(order=10 + n, criterion=f"Extra line {n}")
            question.talking_points.create(order=n, point=f"Point {n}", phrases=[f"word{n}"])

    assert_fixed_queries(client, f"/interviews/{question.slug}/", grow, most=4)


def test_role_page_adds_at_most_one_query(client, assert_fixed_queries):
    """The role page ran 6 queries before interview practice (10 with the plans and pay sections
    and the test-only plugin app's: pay reads its figures, then the floors or its reason);
    interview practice adds one."""
    role = make_full_role()
    make_question(role)

    def grow():
        grow_bank(role)()
        make_questions(10)

    assert_fixed_queries(client, f"/roles/{role.slug}/", grow, most=11)


def practised(client, rounds=1):
    """Sessions with answers, ratings and scorecard scores for this client's owner."""
    for _ in range(rounds):
        session = session_of(start(client, size=10))
        for item in session.items.select_related("question"):
            lines = item.question.rubric_lines.all()
            data = {f"line_{line.pk}": 2 for line in lines} if lines else {"rating": 2}
            client.post(f"/interviews/practice/{session.pk}/{item.position}/rate/", data)
    return session


def grow_session(session):
    """More items (with scorecards) in this session, and more practice by this owner."""

    def grow():
        last = session.items.count()
        for n, question in enumerate(make_questions(8) + [make_role_play() for _ in range(4)]):
            item = PracticeItem.objects.create(
                session=session, question=question, position=last + n + 1, rating=3
            )
            for line in question.rubric_lines.all():
                RubricScore.objects.create(item=item, rubric_line=line, score=3)
            progress(session.owner, question, box=1)
        for _ in range(5):
            PracticeSession.objects.create(owner=session.owner, size=3)

    return grow


@pytest.fixture
def session(client):
    make_questions(6)
    for _ in range(4):
        make_role_play()
    return practised(client)


def test_practice_start_page(client, session, assert_fixed_queries):
    def grow():
        for _ in range(10):
            make_role()
            PracticeSession.objects.create(owner=session.owner, size=3)

    assert_fixed_queries(client, "/interviews/practice/", grow, most=4)


def test_practice_start_page_for_a_new_visitor(client, assert_fixed_queries):
    assert_fixed_queries(client, "/interviews/practice/", grow_bank(make_role()), most=1)


@pytest.mark.parametrize("position", [1, 5])
def test_practice_item_page(client, session, position, assert_fixed_queries):
    item = session.items.select_related("question").get(position=position)
    url = f"/interviews/practice/{session.pk}/{item.position}/"
    assert_fixed_queries(client, url, grow_session(session), most=6)


def test_practice_summary(client, session, assert_fixed_queries):
    url = f"/interviews/practice/{session.pk}/summary/"
    assert_fixed_queries(client, url, grow_session(session), most=5)


def test_me_page(client, session, assert_fixed_queries):
    # /me/ also shows other areas' sections; interview practice adds four queries to it.
    assert_fixed_queries(client, "/me/", grow_session(session), most=16)


def test_me_page_for_an_account(alice, assert_fixed_queries):
    client = logged_in(alice)
    make_questions(4)
    make_role_play()
    session = practised(client)
    assert_fixed_queries(client, "/me/", grow_session(session), most=17)
