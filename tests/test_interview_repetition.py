"""The spaced-repetition rule: Leitner boxes, and the order new sessions pick questions in."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from careers.common.repetition import next_box
from careers.interviews.models import QuestionProgress
from careers.interviews.practice import pick_questions, question_pool
from careers.seekers.models import Owner
from tests.interview_factories import make_question, make_questions, progress, session_of, start

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("box_before", "rating", "box_after"),
    [
        (None, 1, 1),
        (None, 2, 1),
        (None, 3, 2),  # first time: counts as if it had been in box 2
        (None, 4, 3),
        (None, 5, 3),
        (4, 1, 1),  # a low rating always sends it back to box 1
        (5, 2, 1),
        (3, 3, 3),  # 3 keeps it where it is
        (1, 3, 1),
        (1, 4, 2),  # 4 or 5 moves it up one box
        (4, 5, 5),
        (5, 5, 5),  # never past the last box
    ],
)
def test_next_box(box_before, rating, box_after):
    assert next_box(box_before, rating) == box_after


def test_low_boxes_first_then_never_seen_then_higher_boxes():
    owner = Owner.objects.create(session_token=Owner.new_token())
    now = timezone.now()
    hard_old, hard_new, unseen_a, unseen_b, box2, box3_old, box3_new, box5 = make_questions(8)
    progress(owner, hard_new, 1, last_seen=now - timedelta(days=1))
    progress(owner, hard_old, 1, last_seen=now - timedelta(days=9))
    progress(owner, box5, 5, last_seen=now - timedelta(days=30))
    progress(owner, box3_new, 3, last_seen=now - timedelta(days=1))
    progress(owner, box3_old, 3, last_seen=now - timedelta(days=5))
    progress(owner, box2, 2, last_seen=now)
    # Someone else's boxes never change this owner's order.
    other = Owner.objects.create(session_token=Owner.new_token())
    progress(other, unseen_a, 5)
    progress(other, box5, 1)

    for seed in range(5):  # ties (the never-seen ones) are shuffled; the groups never are
        picked = pick_questions(owner, question_pool(), 10, random.Random(seed))
        assert picked[:2] == [hard_old, hard_new]
        assert set(picked[2:4]) == {unseen_a, unseen_b}
        assert picked[4:] == [box2, box3_old, box3_new, box5]

    assert pick_questions(owner, question_pool(), 3)[:2] == [hard_old, hard_new]


def answer_all(client, session, ratings: dict):
    for item in session.items.select_related("question"):
        rating = ratings[item.question.slug]
        client.post(f"/interviews/practice/{session.pk}/{item.position}/rate/", {"rating": rating})


def test_a_later_session_follows_the_rule(client):
    make_questions(5)
    first = session_of(start(client, size=3))
    a, b, c = [item.question for item in first.items.all()]
    answer_all(client, first, {a.slug: 1, b.slug: 5, c.slug: 3})
    owner = first.owner
    assert {p.question_id: p.box for p in QuestionProgress.objects.filter(owner=owner)} == {
        a.pk: 1,
        b.pk: 3,
        c.pk: 2,
    }

    second = session_of(start(client, size=5))
    order = [item.question for item in second.items.all()]
    assert order[0] == a  # rated 1: back first
    assert set(order[1:3]) == set(question_pool()) - {a, b, c}  # then never seen
    assert order[3:] == [c, b]  # then box 2 before box 3


def test_changing_a_rating_recomputes_the_box_instead_of_moving_it_twice(client):
    question = make_question()
    session = session_of(start(client))
    url = f"/interviews/practice/{session.pk}/1/rate/"
    for rating, box in [(5, 3), (5, 3), (2, 1), (4, 3)]:
        client.post(url, {"rating": rating})
        state = QuestionProgress.objects.get(question=question)
        assert (state.box, state.times) == (box, 1), rating

    # In a later session it moves on from where it is, and counts a second time.
    later = session_of(start(client))
    client.post(f"/interviews/practice/{later.pk}/1/rate/", {"rating": 4})
    state = QuestionProgress.objects.get(question=question)
    assert (state.box, state.times) == (4, 2)

    # Re-rating the older session no longer moves the box: the later rating is newer.
    client.post(url, {"rating": 1})
    state.refresh_from_db()
    assert (state.box, state.times) == (4, 2)


def test_progress_belongs_to_each_owner(client, alice):
    question = make_question()
    other = type(client)()
    other.force_login(alice)
    mine = session_of(start(client))
    theirs = session_of(start(other))
    client.post(f"/interviews/practice/{mine.pk}/1/rate/", {"rating": 1})
    other.post(f"/interviews/practice/{theirs.pk}/1/rate/", {"rating": 5})
    boxes = dict(QuestionProgress.objects.filter(question=question).values_list("owner", "box"))
    assert boxes == {mine.owner_id: 1, theirs.owner_id: 3}
