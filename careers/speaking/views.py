"""Speaking practice: /speaking/ (the drills and your latest results), one page per drill
(record, send, scored at once), the result page, the recording (owner only) and spoken
interview answers.

A recording is scored inside the request and deleted straight after, unless its owner ticked
"keep my recording". Results are saved for the current owner in one transaction, then the
browser is sent to the result's own page (POST/redirect/GET)."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from bpoportal.serving.privacy import permissions_policy
from bpoportal.serving.ratelimits import limited, too_many
from careers.common.limits import at_cap
from careers.interviews.models import PracticeSession
from careers.seekers.owner import current_owner, get_owned_or_404
from careers.speaking import audio as audio_io
from careers.speaking.forms import RecordingForm
from careers.speaking.models import KNOWN_TEXT, Drill, Kind, Recording, Result
from careers.speaking.scoring import (
    COMFORTABLE_WPM,
    PACE_SOURCE,
    NotHeard,
    score_answer,
    score_reading,
)

MICROPHONE = permissions_policy(allow_self=("microphone",))
TOO_LARGE = "That recording is too large. Keep it under two minutes."


def _with_microphone(response):
    """Pages that record may use the microphone (every other page denies it)."""
    response.headers["Permissions-Policy"] = MICROPHONE
    return response


def index(request):
    owner = current_owner(request)
    latest = list(Result.objects.filter(owner=owner).select_related("drill")[:5]) if owner else []
    drills = Drill.objects.published()
    groups = [(kind, [d for d in drills if d.kind == kind]) for kind in Kind]
    groups = [(kind, listed) for kind, listed in groups if listed]
    context = {"groups": groups, "latest": latest, "pace": COMFORTABLE_WPM}
    return render(request, "speaking/index.html", context)


def _scored(request, form, score, limit: int):
    """Score the form's recording with `score(audio)`; None (and the form's errors say why)
    when the recording is missing, too large, unreadable or empty, or its owner is at the cap."""
    if getattr(request, "upload_too_large", False):
        form.add_error(None, TOO_LARGE)
        return None
    if not form.is_valid():
        return None
    refused = at_cap(current_owner(request), Result)
    if refused:
        form.add_error(None, refused)
        return None
    try:
        recording = audio_io.decode(form.cleaned_data["audio"])
        if recording.seconds > limit + 5:
            raise audio_io.AudioError(
                f"That recording is {recording.seconds:.0f} seconds long; this takes at most "
                f"{limit}. Record again, a little shorter."
            )
        return score(recording)
    except (audio_io.AudioError, NotHeard) as problem:
        form.add_error(None, str(problem))
        return None


@require_http_methods(["GET", "HEAD", "POST"])
def drill(request, slug):
    drill = get_object_or_404(Drill.objects.visible_to(request.user), slug=slug)
    if request.method == "POST" and (wait := limited(request, "recordings")) is not None:
        return too_many(request, wait)
    form = RecordingForm(request.POST, request.FILES) if request.method == "POST" else None
    if form is not None:
        if drill.kind in KNOWN_TEXT:
            scored = _scored(request, form, lambda a: score_reading(drill.text, a), drill.seconds)
        else:
            scored = _scored(request, form, score_answer, drill.seconds)
        if scored is not None:
            result = _save(request, drill.kind, drill.text, scored, form, drill=drill)
            return redirect("speaking:result", pk=result.pk)
    context = {
        "drill": drill,
        "form": form or RecordingForm(),
        "pace": COMFORTABLE_WPM,
        "pace_source": PACE_SOURCE,
    }
    status = 400 if form is not None else 200
    return _with_microphone(render(request, "speaking/drill.html", context, status=status))


@transaction.atomic
def _save(request, kind, prompt, scored, form, *, drill=None, practice_item=None) -> Result:
    result = Result.objects.create(
        owner=current_owner(request, create=True),
        drill=drill,
        practice_item=practice_item,
        kind=kind,
        prompt=prompt,
        seconds=scored.seconds,
        speaking_seconds=scored.speaking_seconds,
        wpm=scored.wpm,
        words=[[w.text, w.heard] for w in scored.words],
        pauses=[[p.after, p.at, p.seconds] for p in scored.pauses],
        transcript=scored.transcript,
        fillers=scored.fillers,
    )
    if form.cleaned_data["keep"]:
        upload = form.cleaned_data["audio"]
        upload.seek(0)
        Recording.objects.create(
            result=result,
            content_type=upload.content_type or "",
            data=upload.read(),
            keep_until=Recording.expiry(),
        )
    return result


def result(request, pk):
    query = Result.objects.select_related("drill", "practice_item__question")
    result = get_owned_or_404(request, query, pk=pk)
    kept = Recording.objects.filter(result=result).values_list("keep_until", flat=True).first()
    context = {
        "result": result,
        "kept": kept,
        "pace": COMFORTABLE_WPM,
        "pace_source": PACE_SOURCE,
        "missed": [word.strip(".,;:!?\"'()") for word, heard in result.words if heard is False],
    }
    return render(request, "speaking/result.html", context)


def recording(request, pk):
    """The kept recording, to its owner only, never stored by a browser or proxy. Played only
    as audio: its type came from the browser that sent it."""
    result = get_owned_or_404(request, Result.objects.all(), pk=pk)
    kept = get_object_or_404(Recording, result=result)
    playable = kept.content_type.startswith("audio/")
    response = HttpResponse(
        bytes(kept.data), content_type=kept.content_type if playable else "application/octet-stream"
    )
    response.headers["Content-Disposition"] = "inline" if playable else "attachment"
    response.headers["Content-Security-Policy"] = "sandbox"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@require_POST
def forget_recording(request, pk):
    result = get_owned_or_404(request, Result.objects.all(), pk=pk)
    with transaction.atomic():
        Recording.objects.filter(result=result).delete()
    messages.success(request, "Your recording is deleted. The scores stay.")
    return redirect("speaking:result", pk=result.pk)


@require_http_methods(["GET", "HEAD", "POST"])
def spoken_answer(request, pk, position):
    """A spoken interview answer: scored, then its result page shows what we heard for the job
    seeker to correct before the written-answer feedback runs on it."""
    session = get_owned_or_404(request, PracticeSession.objects.all(), pk=pk)
    item = get_object_or_404(session.items.select_related("question"), position=position)
    if request.method == "POST" and (wait := limited(request, "recordings")) is not None:
        return too_many(request, wait)
    form = RecordingForm(request.POST, request.FILES) if request.method == "POST" else None
    if form is not None:
        scored = _scored(request, form, score_answer, 120)
        if scored is not None:
            result = _save(request, Kind.OPEN, item.question.text, scored, form, practice_item=item)
            return redirect("speaking:result", pk=result.pk)
    context = {"item": item, "session": session, "form": form or RecordingForm()}
    status = 400 if form is not None else 200
    return _with_microphone(render(request, "speaking/answer.html", context, status=status))
