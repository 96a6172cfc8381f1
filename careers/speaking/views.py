"""Speaking practice: /speaking/ (the drills and your latest results), one page per drill
(record, send, scored at once), the result page, the recording (owner only) and spoken
interview answers.

A recording is scored inside the request and deleted straight after, unless its owner ticked
"keep my recording". Results are saved for the current owner in one transaction."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from bpoportal.serving.privacy import mark_private, permissions_policy
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


def _with_microphone(response):
    """Pages that record may use the microphone (every other page denies it)."""
    response.headers["Permissions-Policy"] = MICROPHONE
    return response


def index(request):
    owner = current_owner(request)
    latest = list(Result.objects.filter(owner=owner).select_related("drill")[:5]) if owner else []
    drills = Drill.objects.published()
    groups = [(kind, [d for d in drills if d.kind == kind]) for kind in Kind]
    context = {
        "groups": [(k, ds) for k, ds in groups if ds],
        "latest": latest,
        "pace": COMFORTABLE_WPM,
    }
    return render(request, "speaking/index.html", context)


def _drill_page(request, drill, form, status=200):
    context = {"drill": drill, "form": form, "pace": COMFORTABLE_WPM, "pace_source": PACE_SOURCE}
    return _with_microphone(render(request, "speaking/drill.html", context, status=status))


def drill(request, slug):
    drill = get_object_or_404(Drill.objects.visible_to(request.user), slug=slug)
    if request.method != "POST":
        return _drill_page(request, drill, RecordingForm())
    form = RecordingForm(request.POST, request.FILES)
    if getattr(request, "upload_too_large", False):
        form.add_error(None, "That recording is too large. Keep it under two minutes.")
        return _drill_page(request, drill, form, status=400)
    if not form.is_valid():
        return _drill_page(request, drill, form, status=400)
    refused = at_cap(current_owner(request), Result)
    if refused:
        form.add_error(None, refused)
        return _drill_page(request, drill, form, status=400)
    upload = form.cleaned_data["audio"]
    try:
        recording = audio_io.decode(upload)
        if recording.seconds > drill.seconds + 5:
            raise audio_io.AudioError(
                f"That recording is {recording.seconds:.0f} seconds long; this drill takes at "
                f"most {drill.seconds}. Record again, a little shorter."
            )
        if drill.kind in KNOWN_TEXT:
            scored = score_reading(drill.text, recording)
        else:
            scored = score_answer(recording)
    except (audio_io.AudioError, NotHeard) as problem:
        form.add_error("audio", str(problem))
        return _drill_page(request, drill, form, status=400)
    result = _save(
        request,
        drill.kind,
        drill.text,
        scored,
        drill=drill,
        upload=upload,
        keep=form.cleaned_data["keep"],
    )
    return redirect("speaking:result", pk=result.pk)


@transaction.atomic
def _save(request, kind, prompt, scored, *, drill=None, upload=None, keep=False) -> Result:
    result = Result.objects.create(
        owner=current_owner(request, create=True),
        drill=drill,
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
    if keep and upload is not None:
        upload.seek(0)
        Recording.objects.create(
            result=result,
            content_type=(upload.content_type or "audio/webm")[:60],
            data=upload.read(),
            keep_until=Recording.expiry(),
        )
    return result


def result(request, pk):
    result = get_owned_or_404(request, Result.objects.select_related("drill"), pk=pk)
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
    """The kept recording, to its owner only, never stored by a browser or proxy."""
    result = get_owned_or_404(request, Result.objects.all(), pk=pk)
    kept = get_object_or_404(Recording, result=result)
    response = HttpResponse(bytes(kept.data), content_type=kept.content_type)
    response.headers["Content-Disposition"] = "inline"
    return response


@require_POST
def forget_recording(request, pk):
    result = get_owned_or_404(request, Result.objects.all(), pk=pk)
    with transaction.atomic():
        Recording.objects.filter(result=result).delete()
    messages.success(request, "Your recording is deleted. The scores stay.")
    return redirect("speaking:result", pk=result.pk)


def spoken_answer(request, pk, position):
    """A spoken interview answer: score it, then show what we heard for the job seeker to
    correct before the written-answer feedback runs on it (the practice item's own form)."""
    session = get_owned_or_404(request, PracticeSession.objects.all(), pk=pk)
    item = get_object_or_404(session.items.select_related("question"), position=position)
    mark_private(request)
    form = RecordingForm(request.POST or None, request.FILES or None)
    context = {"item": item, "session": session, "form": form, "pace": COMFORTABLE_WPM}
    if request.method != "POST":
        return _with_microphone(render(request, "speaking/answer.html", context))
    if getattr(request, "upload_too_large", False):
        form.add_error(None, "That recording is too large. Keep it under two minutes.")
    if not form.is_valid():
        return _with_microphone(render(request, "speaking/answer.html", context, status=400))
    upload = form.cleaned_data["audio"]
    try:
        scored = score_answer(audio_io.decode(upload))
    except audio_io.AudioError as problem:
        form.add_error("audio", str(problem))
        return _with_microphone(render(request, "speaking/answer.html", context, status=400))
    result = _save(
        request,
        Kind.OPEN,
        item.question.text,
        scored,
        upload=upload,
        keep=form.cleaned_data["keep"],
    )
    context.update(
        result=result,
        heard=scored.transcript,
        answer_url=reverse("interviews:answer", args=[session.pk, item.position]),
    )
    return _with_microphone(render(request, "speaking/answer.html", context))
