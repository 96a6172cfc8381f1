from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.views.decorators.http import require_POST

from bpoportal.serving.visitor_parts import shared_body
from careers.common import hooks
from careers.common.limits import at_cap, over_text_budget
from careers.common.repetition import BOXES
from careers.interviews.feedback import segments, spoken
from careers.interviews.forms import (
    SIZE_CHOICES,
    AnswerForm,
    PracticeForm,
    QuestionFilterForm,
    RatingForm,
)
from careers.interviews.models import (
    Category,
    PracticeItem,
    PracticeSession,
    Question,
    RubricScore,
)
from careers.interviews.practice import (
    overall_from_scores,
    question_pool,
    rate_item,
    save_answer,
    start_session,
    summarize,
)
from careers.roles.models import Role
from careers.seekers.owner import current_owner, get_owned_or_404

PER_PAGE = 20
ANSWER_BYTES = 2_000_000  # one owner's written answers together: some 400 full answers
MAX_ID_DIGITS = 18  # a longer number cannot be a bigint id: a 404, not a database error
# How long to aim for (the optional timer): a role-play runs longer than a short answer.
TIMERS = {
    Category.ROLE_PLAY: (180, "three minutes"),
    Category.BACKGROUND: (90, "a minute and a half"),
}
DEFAULT_TIMER = (120, "two minutes")


@shared_body
def question_list(request):
    roles = list(Role.objects.published().only("pk", "slug", "name"))
    form = QuestionFilterForm(request.GET or None, roles=roles)
    filters = form.filters() if form.is_bound else {}
    questions = Question.objects.published().ordered()
    if "role" in filters:
        questions = questions.for_role(filters["role"])
    if "category" in filters:
        questions = questions.filter(category=filters["category"])
    if "difficulty" in filters:
        questions = questions.filter(difficulty=filters["difficulty"])
    page = Paginator(questions, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "filters": filters,
        "bad_filter": list(form.errors) if form.is_bound else [],
    }
    return render(request, "interviews/question_list.html", context)


@shared_body
def question_detail(request, key):
    questions = Question.objects.visible_to(request.user)
    question = questions.filter(slug=key).first()
    if question is None:
        if not key.isdigit() or len(key) > MAX_ID_DIGITS:
            raise Http404("No such question.")
        # /interviews/<id>/ works too, and points to the one address with the slug.
        return redirect(get_object_or_404(questions, pk=int(key)), permanent=True)
    context = {
        "question": question,
        "roles": question.roles.published(),
        "rubric": question.rubric_lines.all() if question.is_role_play else [],
        "talking_points": question.talking_points.all(),
    }
    return render(request, "interviews/question_detail.html", context)


def _widen_hint(choice: dict) -> str:
    """How to get more questions: fewer restrictions on role or kind of question."""
    ways = []
    if choice["categories"]:
        ways.append("tick more kinds of question")
    if choice["role"]:
        ways.append("choose “Any role”")
    return f" To get more, {' or '.join(ways)}." if ways else ""


def practice_start(request):
    if request.method == "POST":
        form = PracticeForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            pool = question_pool(data["role"], data["categories"])
            refused = at_cap(current_owner(request), PracticeSession)
            if refused:
                form.add_error(None, refused)
            elif pool.exists():
                with transaction.atomic():
                    owner = current_owner(request, create=True)
                    session = start_session(
                        owner, role=data["role"], categories=data["categories"], size=data["size"]
                    )
                if session.size < data["size"]:
                    messages.info(
                        request,
                        f"We only have {session.size} question{pluralize(session.size)} for "
                        f"that choice so far, so this session has {session.size}."
                        + _widen_hint(data),
                    )
                return redirect(session)
            else:
                form.add_error(
                    None, "We have no questions for that choice yet." + _widen_hint(data)
                )
    else:
        # Links from a role or a question pre-select it; an unknown value just selects nothing.
        initial = {
            "role": request.GET.get("role", ""),
            "categories": request.GET.getlist("category"),
        }
        form = PracticeForm(initial=initial)
    owner = current_owner(request)
    unfinished = []
    if owner is not None:
        unfinished = (
            PracticeSession.objects.filter(owner=owner, finished_at__isnull=True)
            .select_related("role")
            .annotate(rated=Count("items", filter=Q(items__rating__isnull=False)))[:5]
        )
    context = {"form": form, "unfinished": unfinished, "boxes": BOXES}
    return render(request, "interviews/practice_start.html", context)


def _owned_session(request, pk) -> PracticeSession:
    """Every lookup of a practice session goes through the one ownership check."""
    return get_owned_or_404(request, PracticeSession.objects.select_related("role"), pk=pk)


def _session_items(session):
    return list(session.items.select_related("question"))


def session_resume(request, pk):
    """The session's own address: carries on at the first question not yet rated."""
    session = _owned_session(request, pk)
    item = session.items.filter(rating__isnull=True).first()
    return redirect(item or reverse("interviews:summary", args=[session.pk]))


def _item_or_404(items, position):
    for item in items:
        if item.position == position:
            return item
    raise Http404("No such question in this session.")


def _render_item(request, session, items, item, *, answer_form=None, rating_form=None):
    question = item.question
    rubric = list(question.rubric_lines.all()) if question.is_role_play else []
    scores = {}
    if rubric and item.is_rated:
        scores = {s.rubric_line_id: s.score for s in item.rubric_scores.all()}
    timer = TIMERS.get(question.category, DEFAULT_TIMER)
    if rating_form is None:
        initial = {"rating": item.rating, **{f"line_{pk}": v for pk, v in scores.items()}}
        rating_form = RatingForm(initial=initial, rubric_lines=rubric)
    feedback = item.feedback if item.revealed else None
    evidence = {}
    if feedback and feedback.get("state") == "ok":
        evidence = {line["criterion"]: line["found"] for line in feedback["evidence"]}
    context = {
        "session": session,
        "items": items,
        "item": item,
        "question": question,
        "answer_form": answer_form or AnswerForm(initial={"answer": item.answer}),
        "rating_form": rating_form,
        # Each scorecard line with the evidence the feedback found, to confirm or correct.
        "rating_rows": [(field, evidence.get(field.label)) for field in rating_form],
        "rubric": rubric,
        "feedback": feedback,
        "spoken": spoken(feedback["seconds"]) if feedback else "",
        "answer_segments": segments(item.answer, (feedback or {}).get("highlights", [])),
        "answer_sections": hooks.answer_section.sections(request, item),
        # The tips show once answered, or when a rating was sent (its errors show with them).
        "show_help": item.revealed or rating_form.is_bound,
        "timer_seconds": timer[0],
        "timer_label": timer[1],
        "done": sum(other.is_rated for other in items),
        "last_to_rate": all(other.is_rated for other in items if other.pk != item.pk),
    }
    return render(request, "interviews/practice_item.html", context)


def item_page(request, pk, position):
    session = _owned_session(request, pk)
    items = _session_items(session)
    return _render_item(request, session, items, _item_or_404(items, position))


@require_POST
def item_answer(request, pk, position):
    session = _owned_session(request, pk)
    items = _session_items(session)
    item = _item_or_404(items, position)
    form = AnswerForm(request.POST)
    if form.is_valid():
        others = PracticeItem.objects.filter(session__owner=session.owner).exclude(pk=item.pk)
        answer = form.cleaned_data["answer"]
        refused = over_text_budget(
            others, "answer", answer, ANSWER_BYTES, "written answers",
            then="Make this answer shorter, or shorten an earlier one (answers stay editable).",
        )  # fmt: skip
        if refused:
            form.add_error("answer", refused)
    if not form.is_valid():
        return _refused(_render_item(request, session, items, item, answer_form=form))
    save_answer(item, form.cleaned_data["answer"])
    return redirect(f"{item.get_absolute_url()}#reveal")


def _refused(response):
    """A form that did not validate: the page again with its errors, as a 400."""
    response.status_code = 400
    return response


def _next_unrated(items, after):
    """The next question still to rate after this one (wrapping round), or None."""
    unrated = [item for item in items if not item.is_rated]
    later = [item for item in unrated if item.position > after]
    return (later or unrated or [None])[0]


@require_POST
def item_rate(request, pk, position):
    session = _owned_session(request, pk)
    items = _session_items(session)
    item = _item_or_404(items, position)
    rubric = list(item.question.rubric_lines.all()) if item.question.is_role_play else []
    form = RatingForm(request.POST, rubric_lines=rubric)
    if not form.is_valid():
        return _refused(_render_item(request, session, items, item, rating_form=form))
    if rubric:
        scores = form.scores()
        rating = overall_from_scores(list(scores.values()))
    else:
        scores, rating = None, form.cleaned_data["rating"]
    rate_item(item, rating, scores)
    item.rating = rating
    following = _next_unrated(items, after=item.position)
    return redirect(following or reverse("interviews:summary", args=[session.pk]))


def _again_size(size: int) -> int:
    """The smallest session size on offer that fits this many questions."""
    sizes = [value for value, _ in SIZE_CHOICES]
    return next((value for value in sizes if value >= size), sizes[-1])


def session_summary(request, pk):
    session = _owned_session(request, pk)
    scores = RubricScore.objects.select_related("rubric_line").order_by("rubric_line__order")
    items = list(
        session.items.select_related("question").prefetch_related(
            Prefetch("rubric_scores", queryset=scores)
        )
    )
    context = {
        "session": session,
        "items": items,
        "summary": summarize(items),
        "next_item": _next_unrated(items, after=0),
        "again_size": _again_size(session.size),
    }
    return render(request, "interviews/practice_summary.html", context)
