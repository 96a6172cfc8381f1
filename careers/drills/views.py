"""The drills: /drills/ (where you stand), /drills/typing/, /drills/accuracy/, /drills/english/.

Each test page carries a signed token with the server's time; the POST scores against that
clock, saves the result for the current owner in one transaction, and redirects to the result's
own page (POST/redirect/GET). A bad, replayed or expired token is a 400 with a message.
"""

import secrets

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Abs
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from bpoportal.serving.privacy import mark_private
from bpoportal.serving.visitor_parts import shared_body
from careers.common.limits import at_cap
from careers.common.paging import first_of, page_of, total_of
from careers.drills import accuracy, english, scoring, tokens
from careers.drills.forms import (
    ANSWERS,
    AccuracyForm,
    EnglishStartForm,
    TypingForm,
    english_choices,
)
from careers.drills.models import (
    AccuracyResult,
    EnglishSession,
    EnglishTest,
    Passage,
    RecordTemplate,
    TypingResult,
)
from careers.drills.standing import typing_ask, typing_roles
from careers.seekers.owner import current_owner, get_owned_or_404

TYPING_ROLES_PER_PAGE = 30
TYPING_ROLES_ON_A_RESULT = 8  # those nearest the result's speed; /drills/ lists them all


@shared_body
def index(request):
    """The drills and the roles' typing speeds; where this job seeker stands is in visitor
    parts (drills.hooks)."""
    page = page_of(request, typing_roles(), TYPING_ROLES_PER_PAGE)
    context = {"page": page, "typing": [typing_ask(role) for role in page.object_list]}
    return render(request, "drills/index.html", context)


def _next_passage(request):
    """The passage asked for (?passage=slug), else the next one in turn for this browser."""
    passages = Passage.objects.published()
    wanted = request.GET.get("passage")
    if wanted:
        return passages.filter(slug=wanted).first()
    ids = list(passages.values_list("pk", flat=True))
    if not ids:
        return None
    owner = current_owner(request)
    done = TypingResult.objects.filter(owner=owner).count() if owner else 0
    return passages.get(pk=ids[done % len(ids)])


def typing(request):
    if request.method == "POST":
        return _score_typing(request)
    passage = _next_passage(request)
    if passage is None:
        return render(request, "drills/typing.html", {"missing": True}, status=404)
    form = TypingForm(
        initial={"token": _token(request, "typing", passage.pk), "passage": passage.slug}
    )
    return render(request, "drills/typing.html", {"passage": passage, "form": form})


def _token(request, kind: str, subject: int) -> str:
    """A one-use test token: the page that carries it is never cached, anywhere."""
    mark_private(request)
    return tokens.issue(kind, subject)


def _typing_error(request, passage, form, message):
    form.add_error(None, message)
    context = {"passage": passage, "form": form, "retry": True}
    return render(request, "drills/typing.html", context, status=400)


def _score_typing(request):
    form = TypingForm(request.POST)
    passage = Passage.objects.published().filter(slug=request.POST.get("passage", "")).first()
    if passage is None:
        return render(request, "drills/typing.html", {"missing": True}, status=400)
    if not form.is_valid():
        if "token" in form.errors or "first_key" in form.errors:
            form.add_error(None, "This test page was changed or is incomplete.")
        return render(request, "drills/typing.html", {"passage": passage, "form": form}, status=400)
    try:
        nonce, elapsed = tokens.read(form.cleaned_data["token"], "typing", passage.pk)
    except tokens.TokenError as exc:
        return _typing_error(request, passage, form, str(exc))
    seconds = tokens.typing_seconds(elapsed, form.cleaned_data["first_key"])
    target = passage.typed_form
    typed = scoring.clean(form.cleaned_data["typed"]).rstrip()
    if not typed.strip():
        return _typing_error(request, passage, form, "Type the passage in the box first.")
    limit = len(target) + scoring.TYPED_SLACK
    if len(typed) > limit:
        typed = typed[:limit]
        messages.info(request, f"We scored the first {limit} characters; the rest was left out.")
    result = scoring.score(typed, target, seconds)
    refused = at_cap(current_owner(request), TypingResult)
    if refused:
        return _typing_error(request, passage, form, refused)
    try:
        with transaction.atomic():
            saved = TypingResult.objects.create(
                owner=current_owner(request, create=True),
                passage=passage,
                nonce=nonce,
                passage_text=target,
                typed=typed,
                seconds=seconds,
                typed_chars=result.typed_chars,
                errors=result.errors,
                gross_wpm=result.gross_wpm,
                net_wpm=result.net_wpm,
                accuracy=result.accuracy,
                plausible=result.plausible,
            )
    except IntegrityError:
        return _typing_error(request, passage, form, "This test was already submitted.")
    return redirect("drills:typing_result", pk=saved.pk)


def typing_result(request, pk):
    result = get_owned_or_404(request, TypingResult.objects.select_related("passage"), pk=pk)
    score = scoring.score(result.typed, result.passage_text, result.seconds)
    # The roles whose typing speed is nearest this result's, easiest first (one query).
    nearest = first_of(
        typing_roles(),
        TYPING_ROLES_ON_A_RESULT,
        order_by=[Abs(F("typing_wpm") - result.net_wpm).asc(), "name"],
    )
    roles = sorted(nearest, key=lambda role: (role.typing_wpm, role.name))
    context = {
        "result": result,
        "score": score,
        "versus_section": {"typing": [typing_ask(role) for role in roles]},
        "typing_total": total_of(roles),
    }
    return render(request, "drills/typing_result.html", context)


def _templates():
    rows = RecordTemplate.objects.published().order_by("slug")
    rows = rows.values_list("label", "samples", "redraw_digits")
    return list(rows)


def accuracy_drill(request):
    if request.method == "POST":
        return _score_accuracy(request)
    seed = secrets.randbelow(2**31)
    pairs = accuracy.make_pairs(_templates(), seed)
    form = AccuracyForm(initial={"seed": seed, "token": _token(request, "accuracy", seed)})
    return _accuracy_page(request, pairs, form, status=200 if pairs else 404)


def _accuracy_page(request, pairs, form, status=400):
    context = {"pairs": pairs, "form": form, "answers": ANSWERS}
    return render(request, "drills/accuracy.html", context, status=status)


def _score_accuracy(request):
    form = AccuracyForm(request.POST)
    if not form.is_valid():
        form.add_error(None, "This drill page was changed or is incomplete.")
        return _accuracy_page(request, [], form)
    seed = form.cleaned_data["seed"]
    pairs = accuracy.make_pairs(_templates(), seed)
    try:
        nonce, seconds = tokens.read(form.cleaned_data["token"], "accuracy", seed)
        answers = form.answers(request.POST, len(pairs))
    except tokens.TokenError as exc:
        form.add_error(None, str(exc))
        return _accuracy_page(request, pairs, form)
    except ValidationError as exc:
        form.add_error(None, exc)
        return _accuracy_page(request, pairs, form)
    right = sum(1 for p, a in zip(pairs, answers, strict=True) if a and (a == "same") == p.same)
    wrong = sum(1 for a in answers if a) - right
    refused = at_cap(current_owner(request), AccuracyResult)
    if refused:
        form.add_error(None, refused)
        return _accuracy_page(request, pairs, form)
    try:
        with transaction.atomic():
            saved = AccuracyResult.objects.create(
                owner=current_owner(request, create=True),
                nonce=nonce,
                seed=seed,
                pairs=len(pairs),
                right=right,
                wrong=wrong,
                seconds=seconds,
                answers=answers,
                shown=[[p.label, p.left, p.right] for p in pairs],
            )
    except IntegrityError:
        form.add_error(None, "This drill was already submitted.")
        return _accuracy_page(request, pairs, form)
    return redirect("drills:accuracy_result", pk=saved.pk)


def accuracy_result(request, pk):
    result = get_owned_or_404(request, AccuracyResult.objects.all(), pk=pk)
    pairs = [accuracy.Pair(*shown) for shown in result.shown]
    rows = [
        {"pair": pair, "answer": answer, "right": bool(answer) and (answer == "same") == pair.same}
        for pair, answer in zip(pairs, result.answers, strict=False)
    ]
    return render(request, "drills/accuracy_result.html", {"result": result, "rows": rows})


def english_index(request):
    owner = current_owner(request)
    unfinished = (
        EnglishSession.objects.filter(owner=owner, finished_at__isnull=True)[:3] if owner else []
    )
    context = {
        "form": EnglishStartForm(initial={"area": request.GET.get("area", "")}),
        "tests": EnglishTest.objects.published(),
        "unfinished": unfinished,
    }
    return render(request, "drills/english_index.html", context)


@require_POST
def english_start(request):
    form = EnglishStartForm(request.POST)
    if not form.is_valid():
        context = {"form": form, "tests": EnglishTest.objects.published(), "unfinished": []}
        return render(request, "drills/english_index.html", context, status=400)
    refused = at_cap(current_owner(request), EnglishSession)
    if refused:
        messages.error(request, refused)
        return redirect("drills:english")
    session = english.start(current_owner(request, create=True), form.cleaned_data["area"])
    if session is None:
        messages.info(request, "There are no practice items for that area yet.")
        return redirect("drills:english")
    return redirect("drills:english_session", pk=session.pk)


def english_session(request, pk):
    session = get_owned_or_404(request, EnglishSession.objects.all(), pk=pk)
    answers = list(session.answers.select_related("item"))
    error, status = "", 200
    if request.method == "POST":
        try:
            english.submit(session, english_choices(request.POST, answers))
            return redirect("drills:english_session", pk=session.pk)
        except ValidationError as exc:
            error, status = exc.messages[0], 400
        except english.AlreadyFinished:
            error, status = "This session is already finished; start a new one.", 400
            session.refresh_from_db()
    context = {
        "session": session,
        "answers": answers,
        "scores": english.area_scores(answers) if session.finished_at else [],
        "error": error,
    }
    return render(request, "drills/english_session.html", context, status=status)
