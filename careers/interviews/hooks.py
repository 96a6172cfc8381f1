"""How interview practice plugs into lower apps: the role page, /me/, the login merge, and
the question bank's content spec."""

from functools import partial

from django.db.models import Avg, Count, Q
from django.urls import reverse

from careers.common import hooks
from careers.common.compiled import Compiled
from careers.common.hooks import (
    JourneyLink,
    Milestone,
    NavEntry,
    SearchEntry,
    SearchSource,
    Section,
)
from careers.common.journey import Progress, count_of, counted
from careers.common.models import Status
from careers.common.repetition import BOXES, WEAK_RATING
from careers.common.search_text import plain
from careers.interviews.content import QUESTIONS
from careers.interviews.feedback import RECENT_ANSWERS, patterns
from careers.interviews.models import (
    Category,
    PracticeItem,
    PracticeSession,
    Question,
    QuestionProgress,
    RubricScore,
)
from careers.interviews.practice import CATEGORY_ADVICE
from careers.seekers.merging import merge_rows

hooks.content(QUESTIONS)
hooks.nav(NavEntry("Interview practice", "interviews:list", order=60))
hooks.public_params("role", "category", "difficulty")
hooks.owner_cap(PracticeSession, 300, "practice sessions")

ROLE_PAGE_QUESTIONS = 3
ROLE_PAGE_CANDIDATES = 24  # read a few more in the same query, to show a mix of categories
WEAK_CRITERION_BELOW = 3.0


@hooks.role_section
def role_questions(request, role):
    """A few questions for the role page (one query): the role's own first, varied categories."""
    candidates = (
        Question.objects.published()
        .for_role(role)
        .aimed_at(role)
        .order_by("-for_this_role", "?")[:ROLE_PAGE_CANDIDATES]
    )
    picked, seen = [], set()
    for question in candidates:
        if question.category not in seen:
            picked.append(question)
            seen.add(question.category)
        if len(picked) == ROLE_PAGE_QUESTIONS:
            break
    if not picked:
        return None
    return Section(
        "interviews/_role_section.html",
        {"role": role, "questions": picked},
        toc=("interview-questions", "Interview questions"),
    )


# /me/'s practice history and weak areas: sessions, by category, questions to see again,
# weak criteria, recent answers. Compiled once a process (common.compiled): on every /me/.
_PRACTICE = (
    Compiled(
        lambda owner_id: (
            PracticeSession.objects.filter(owner_id=owner_id)
            .select_related("role")
            .annotate(
                rated=Count("items", filter=Q(items__rating__isnull=False)),
                average=Avg("items__rating"),
            )[:6]
        )
    ),
    Compiled(
        lambda owner_id: (
            _progress(owner_id)
            .values("question__category")
            .annotate(rated=Count("id"), weak=Count("id", filter=Q(box=1)))
            .order_by()
        )
    ),
    Compiled(
        lambda owner_id: (
            _progress(owner_id).filter(box=1).select_related("question").order_by("last_seen")[:5]
        )
    ),
    Compiled(
        lambda owner_id: (
            RubricScore.objects.filter(item__session__owner_id=owner_id)
            .values("rubric_line__criterion")
            .annotate(average=Avg("score"), times=Count("id"))
            .filter(average__lt=WEAK_CRITERION_BELOW)
            .order_by("average", "rubric_line__criterion")[:5]
        )
    ),
    Compiled(
        lambda owner_id: (
            PracticeItem.objects.filter(session__owner_id=owner_id, feedback__state="ok")
            .select_related("question")
            .order_by("-session__created_at", "-position")[:RECENT_ANSWERS]
        )
    ),
)


def _progress(owner_id):
    return QuestionProgress.objects.filter(owner_id=owner_id, question__status=Status.PUBLISHED)


@hooks.me_section
def my_practice(request, owner):
    """Practice history and weak areas (read with the other apps', however much was practised)."""
    if owner is None:
        return Section("interviews/_me_section.html", {"sessions": []})
    reads = tuple(query.queryset(owner.pk) for query in _PRACTICE)
    return hooks.Reads(reads, _practice_section)


def _practice_section(sessions, by_category, again, criteria, recent):
    if not sessions:
        return Section("interviews/_me_section.html", {"sessions": []})
    weak_areas = sorted(
        (
            {
                "label": Category(row["question__category"]).label,
                "weak": row["weak"],
                "rated": row["rated"],
                "advice": CATEGORY_ADVICE[row["question__category"]],
            }
            for row in by_category
            if row["weak"]
        ),
        key=lambda area: (-area["weak"] / area["rated"], area["label"]),
    )
    context = {
        "sessions": sessions,
        "feedback": patterns([(item.question, item.feedback) for item in recent]),
        "weak_areas": weak_areas,
        "again": again,
        "weak_criteria": criteria,
        "boxes": BOXES,
        "weak_rating": WEAK_RATING,
    }
    return Section("interviews/_me_section.html", context)


@hooks.merge
def merge_practice(source, target):
    """Sessions move as they are; a question both sides rated is combined (combined_progress)."""
    PracticeSession.objects.filter(owner=source).update(owner=target)
    merge_rows(
        QuestionProgress.objects, source, target, key=["question_id"], combine=combined_progress
    )


def combined_progress(kept, mine) -> list[str]:
    """Keep the weaker (lower) box, add up the times rated and keep the latest date, so
    nothing practised is lost."""
    kept.box = min(kept.box, mine.box)
    kept.times += mine.times
    kept.last_seen = max(kept.last_seen, mine.last_seen)
    return ["box", "times", "last_seen"]


@hooks.plan_milestones
def practice_milestones(owner, steps):
    """Interview practice for each next role, with what has been practised (one read)."""
    roles = {step.to_role.pk: (index, step.to_role) for index, step in enumerate(steps)}
    rated = (
        PracticeSession.objects.filter(owner=owner, role__in=list(roles))
        .values("role")
        .annotate(n=Count("items", filter=Q(items__rating__isnull=False)))
        .values_list("role", "n")
    )
    return hooks.Reads((rated,), partial(_practice_milestones, roles))


def _practice_milestones(roles, rated):
    rated = dict(rated)
    base = reverse("interviews:practice")
    return [
        Milestone(
            f"interview:{role.slug}",
            "Interview",
            f"Practise the interview questions for {role.name}.",
            f"{base}?role={role.slug}",
            index,
            order=80,
            progress=f"{rated[pk]} questions practised" if rated.get(pk) else "Not started",
        )
        for pk, (index, role) in roles.items()
    ]


# How many answers the job seeker has rated so far (the home page's journey).
RATED = Progress(
    lambda owner_id: count_of(
        PracticeItem.objects.filter(session__owner_id=owner_id, rating__isnull=False)
    ),
    lambda n: counted(n, "practice answer", "rated"),
)


@hooks.journey
def practise_interviews():
    return [
        JourneyLink(
            "interviews",
            "Practise interview questions",
            reverse("interviews:practice"),
            RATED,
            10,
        ),
        JourneyLink("interviews", "Browse the question bank", reverse("interviews:list"), order=20),
    ]


# Site search: what it indexes of this app (drafts are never indexed).
def _question(question):
    return SearchEntry(
        question.get_absolute_url(),
        question.text,
        body=plain(question.looking_for, question.tips),
    )


hooks.search_source(SearchSource(Question, "question", "Interview question", _question))
