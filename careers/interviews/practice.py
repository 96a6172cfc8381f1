"""Practice sessions: choosing questions with Leitner boxes, recording ratings, summing up.

The repetition rule is shared with the drills: see careers.common.repetition.
"""

import random
from dataclasses import dataclass, field
from statistics import mean

from django.db import transaction
from django.utils import timezone

from careers.common.repetition import WEAK_RATING, due_first, next_box
from careers.interviews.feedback import Line, Point, analyse
from careers.interviews.models import (
    Category,
    PracticeItem,
    PracticeSession,
    Question,
    QuestionProgress,
    RubricScore,
)

WORK_ON_BELOW = 3.5  # a category whose average is under this is something to work on

CATEGORY_ADVICE = {
    Category.BACKGROUND: (
        "Prepare a 60-second story of who you are, why BPO and why this role. Practise it out "
        "loud until it sounds natural rather than memorised."
    ),
    Category.BEHAVIOURAL: (
        "Answer with STAR: the Situation, your Task, the Action you took, and the Result. Pick "
        "real examples from work, school or volunteering, and end with a number if you can."
    ),
    Category.SITUATIONAL: (
        "Walk through what you would do, step by step: listen, check the facts, follow the "
        "process, escalate when you should, and follow up. Say why at each step."
    ),
    Category.TECHNICAL: (
        "Explain your troubleshooting or processing steps in order, and say how you would check "
        "that the fix worked. Revise the basics the role lists under skills."
    ),
    Category.ROLE_PLAY: (
        "Follow the call flow a QA scorecard checks: greet, verify, listen and acknowledge the "
        "feeling, solve or set a clear next step, then close politely. Practise out loud."
    ),
    Category.LANGUAGE: (
        "Speak slowly and clearly, use short sentences and avoid filler words. Record yourself "
        "and listen back, or read customer-service scripts aloud every day."
    ),
    Category.INDUSTRY: (
        "Learn what BPO is, the company's clients and services, and the KPIs the role is "
        "measured on (AHT, CSAT, FCR). Read the company's website before the interview."
    ),
}


def question_pool(role=None, categories=()):
    """Published questions that suit this role (or any role) in these categories (or all)."""
    pool = Question.objects.published()
    if role is not None:
        pool = pool.for_role(role)
    if categories:
        pool = pool.filter(category__in=categories)
    return pool


def pick_questions(owner, pool, size: int, rng=None) -> list[Question]:
    """Up to `size` questions from the pool, in repetition order (one query)."""
    rng = rng or random.Random()
    return due_first(pool, QuestionProgress.objects.filter(owner=owner), "question", size, rng)


@transaction.atomic
def start_session(owner, *, role, categories, size, rng=None) -> PracticeSession | None:
    """A new session of up to `size` questions, or None when no question fits the choice."""
    questions = pick_questions(owner, question_pool(role, categories), size, rng)
    if not questions:
        return None
    session = PracticeSession.objects.create(
        owner=owner, role=role, categories=list(categories), size=len(questions)
    )
    PracticeItem.objects.bulk_create(
        PracticeItem(session=session, question=q, position=n)
        for n, q in enumerate(questions, start=1)
    )
    return session


@transaction.atomic
def points_of(question) -> list[Point]:
    """A question's talking points as the feedback reads them."""
    return [Point(tp.point, tuple(tp.phrases)) for tp in question.talking_points.all()]


def feedback_for(question, answer: str) -> dict:
    """The feedback on `answer`, from the question's talking points and scorecard evidence
    (two queries, or none when they are prefetched)."""
    points = points_of(question)
    lines = []
    if question.is_role_play:
        lines = [Line(ln.criterion, tuple(ln.evidence)) for ln in question.rubric_lines.all()]
    return analyse(
        answer,
        category=question.category,
        points=points,
        lines=lines,
        sample=question.sample_answer,
    )


def save_answer(item: PracticeItem, answer: str) -> None:
    """Keep the answer (or notes) with its feedback, computed once here, and reveal the tips;
    the answer stays editable afterwards (and its feedback is computed again)."""
    item.answer = answer
    item.revealed = True
    item.feedback = feedback_for(item.question, answer)
    item.save(update_fields=["answer", "revealed", "feedback"])


def overall_from_scores(scores: list[int]) -> int:
    """A role-play's overall rating: the mean of its scorecard lines, rounded half up."""
    return int(mean(scores) + 0.5)


@transaction.atomic
def rate_item(item: PracticeItem, rating: int, rubric: dict | None = None) -> None:
    """Record a 1-5 rating (and scorecard scores), move the question's box, finish the session.

    Changing a rating recomputes the box from `box_before`, so rating twice never moves a
    question twice; the times count only grows on the first rating of an item.
    """
    item = PracticeItem.objects.select_for_update().select_related("session").get(pk=item.pk)
    owner_id = item.session.owner_id
    progress = (
        QuestionProgress.objects.select_for_update()
        .filter(owner_id=owner_id, question_id=item.question_id)
        .first()
    )
    now = timezone.now()
    first_rating = item.rating is None
    # A later session may have rated the question since; then its box is newer than this item.
    latest = first_rating or progress is None or progress.last_seen <= item.rated_at
    if first_rating:
        item.box_before = progress.box if progress else None
    item.rating, item.revealed, item.rated_at = rating, True, now
    item.save(update_fields=["rating", "revealed", "rated_at", "box_before"])
    for line_id, score in (rubric or {}).items():
        RubricScore.objects.update_or_create(
            item=item, rubric_line_id=line_id, defaults={"score": score}
        )
    if latest:
        box = next_box(item.box_before, rating)
        if progress is None:
            # Another session of this owner may be rating the same question at this moment:
            # insert ON CONFLICT DO NOTHING (which waits for that one's insert), then lock the
            # row, ours or theirs, and count this rating on it.
            QuestionProgress.objects.bulk_create(
                [QuestionProgress(owner_id=owner_id, question_id=item.question_id, box=box,
                                  times=0, last_seen=now)],
                ignore_conflicts=True,
            )  # fmt: skip
            progress = QuestionProgress.objects.select_for_update().get(
                owner_id=owner_id, question_id=item.question_id
            )
        progress.box, progress.last_seen = box, now
        progress.times += int(first_rating)
        progress.save(update_fields=["box", "last_seen", "times"])
    session = item.session
    if session.finished_at is None and not session.items.filter(rating__isnull=True).exists():
        session.finished_at = now
        session.save(update_fields=["finished_at"])


@dataclass
class CategoryResult:
    category: Category
    ratings: list[int] = field(default_factory=list)

    @property
    def average(self) -> float:
        return round(mean(self.ratings), 1)

    @property
    def work_on(self) -> bool:
        return self.average < WORK_ON_BELOW

    @property
    def advice(self) -> str:
        return CATEGORY_ADVICE[self.category]


@dataclass
class Summary:
    rated: int
    total: int
    average: float | None
    by_category: list[CategoryResult]
    weak_items: list[PracticeItem]
    weak_lines: list[tuple[PracticeItem, RubricScore]]

    @property
    def remaining(self) -> int:
        return self.total - self.rated

    @property
    def work_on(self) -> list[CategoryResult]:
        return [c for c in self.by_category if c.work_on]


def summarize(items: list[PracticeItem]) -> Summary:
    """Ratings by category (weakest first) and what to work on; items come with their question
    and rubric scores (with rubric_line) already loaded."""
    rated = [item for item in items if item.is_rated]
    by_category: dict[str, CategoryResult] = {}
    for item in rated:
        category = item.question.category
        by_category.setdefault(category, CategoryResult(Category(category))).ratings.append(
            item.rating
        )
    weak_lines = [
        (item, score)
        for item in rated
        for score in item.rubric_scores.all()
        if score.score <= WEAK_RATING
    ]
    return Summary(
        rated=len(rated),
        total=len(items),
        average=round(mean(i.rating for i in rated), 1) if rated else None,
        by_category=sorted(by_category.values(), key=lambda c: (c.average, c.category.label)),
        weak_items=[item for item in rated if item.rating <= WEAK_RATING],
        weak_lines=weak_lines,
    )
