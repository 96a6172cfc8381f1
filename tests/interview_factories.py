"""Factories for interview questions and practice (published by default, unique slugs)."""

from itertools import count

from django.test import Client
from django.utils import timezone

from careers.common.models import Status
from careers.interviews.models import PracticeSession, Question, QuestionProgress, RubricLine
from careers.seekers.models import Owner

_seq = count(1)

SCORECARD = [
    ("Greeting", "Greets the customer, gives their name and offers help."),
    ("Verification", "Checks the customer's identity before discussing the account."),
    ("Empathy", "Acknowledges how the customer feels, in their words."),
    ("Resolution", "Fixes the problem or sets a clear next step with a time."),
    ("Closing", "Summarises, checks nothing else is needed, thanks the customer."),
]


def make_question(*roles, rubric=(), **kw) -> Question:
    n = next(_seq)
    data = {
        "slug": f"question-{n}",
        "text": f"Tell me about a time you helped a customer ({n}).",
        "category": "behavioural",
        "difficulty": "medium",
        "looking_for": "A **real** example.",
        "tips": "Use STAR.",
        "sample_answer": "**Situation:** a billing mix-up.",
        "follow_ups": ["What would you do differently?"],
        "status": Status.PUBLISHED,
    }
    question = Question.objects.create(**{**data, **kw})
    question.roles.set(roles)
    for order, (criterion, description) in enumerate(rubric, start=1):
        RubricLine.objects.create(
            question=question, order=order, criterion=criterion, description=description
        )
    return question


def make_role_play(*roles, **kw) -> Question:
    data = {
        "category": "role_play",
        "text": "A customer calls: they were charged twice this month. Handle the call.",
    }
    return make_question(*roles, rubric=SCORECARD, **{**data, **kw})


def make_questions(amount, *roles, **kw) -> list[Question]:
    return [make_question(*roles, **kw) for _ in range(amount)]


def progress(owner, question, box, times=1, last_seen=None) -> QuestionProgress:
    return QuestionProgress.objects.create(
        owner=owner, question=question, box=box, times=times, last_seen=last_seen or timezone.now()
    )


def start(client: Client, **data):
    """POST the practice form; returns the response (302 to the session on success)."""
    form = {"size": 5, **data}
    return client.post("/interviews/practice/", form)


def session_of(response) -> PracticeSession:
    """The session a successful start redirected to."""
    pk = int(response["Location"].rstrip("/").split("/")[-1])
    return PracticeSession.objects.get(pk=pk)


def owner_of(user) -> Owner:
    return Owner.objects.get(user=user)
