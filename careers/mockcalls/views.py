"""Mock customer chats and calls: /mock-call/ (the scenarios and your latest), a scenario's brief
(start it), the session (the transcript and the reply box: typed, or spoken in call mode), the
end of the contact, and the scorecard (evidence, timings, the transcript, confirm or correct).

Every write is a POST in one transaction, then a redirect (POST/redirect/GET); a reply sent by
the chat script asks for JSON instead and gets the new messages to append. Times come from the
server only (careers.mockcalls.timing)."""

from django.contrib import messages
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from bpoportal.serving.ratelimits import limited, too_many
from careers.common.limits import at_cap, over_text_budget
from careers.mockcalls import play, timing
from careers.mockcalls.forms import ChecksForm, ReplyForm, SpokenReplyForm
from careers.mockcalls.models import Channel, Message, MockSession, Scenario, Track, Who
from careers.seekers.owner import current_owner, get_owned_or_404
from careers.speaking import audio as audio_io
from careers.speaking.scoring import NotHeard, score_answer
from careers.speaking.views import MICROPHONE, TOO_LARGE

SPOKEN_SECONDS = 60  # the longest spoken reply
# One owner's replies together, as for written interview answers: some 13,000 replies of 150
# characters, where the session cap alone allows 200 x 30 replies of up to 1,000 characters.
REPLY_BYTES = 2_000_000
ENDED = "This contact has ended. Your scorecard is below."


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def index(request):
    owner = current_owner(request)
    latest = list(MockSession.objects.filter(owner=owner)[:5]) if owner else []
    scenarios = list(Scenario.objects.published())
    groups = [(track, [s for s in scenarios if s.track == track]) for track in Track]
    context = {"groups": [(t, listed) for t, listed in groups if listed], "latest": latest}
    return render(request, "mockcalls/index.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
def scenario(request, slug):
    scenario = get_object_or_404(Scenario.objects.visible_to(request.user), slug=slug)
    if request.method == "POST":
        refused = at_cap(current_owner(request), MockSession)
        if refused:
            messages.error(request, refused)
            return redirect("mockcalls:scenario", slug=slug)
        session = play.start(current_owner(request, create=True), scenario)
        return redirect(session)
    lines = list(scenario.lines.select_related("behaviour"))
    context = {"scenario": scenario, "lines": lines, "expected": timing.EXPECTED[scenario.channel]}
    return render(request, "mockcalls/scenario.html", context)


def _session(request, pk):
    return get_owned_or_404(request, MockSession.objects.select_related("scenario"), pk=pk)


def _heard_key(session) -> str:
    """Where a spoken reply waits, in the browser's session, for its words to be checked."""
    return f"mockcall-heard-{session.pk}"


def _page(request, session, *, form=None, spoken_form=None, status=200):
    call = session.channel == Channel.CALL
    heard = request.session.get(_heard_key(session)) if call else None
    context = {
        "session": session,
        "scenario": session.scenario,
        "transcript": list(session.messages.all()),
        "form": form or ReplyForm(initial={"text": heard} if heard else None),
        "heard": heard,
        "spoken_form": (spoken_form or SpokenReplyForm()) if call else None,
        "seconds": SPOKEN_SECONDS,
    }
    response = render(request, "mockcalls/session.html", context, status=status)
    if call:  # a call page records (every other page denies the microphone)
        response.headers["Permissions-Policy"] = MICROPHONE
    return response


def session(request, pk):
    return _page(request, _session(request, pk))


def _answered(request, session, turn):
    """After a reply: the new messages as JSON for the chat script, else back to the page."""
    if _wants_json(request):
        new = list(session.messages.order_by("-position")[:2])[::-1]
        html = render_to_string("mockcalls/_messages.html", {"transcript": new}, request)
        ended = turn.ends
        url = session.get_absolute_url() + ("scorecard/" if ended else "")
        return JsonResponse({"html": html, "ended": ended, "next": url})
    if turn.ends:
        return redirect("mockcalls:scorecard", pk=session.pk)
    return redirect(session)


def _refused(request, session, message, **forms):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=400)
    return _page(request, session, status=400, **forms)


def _conflict(request, session):
    """The session moved on under this reply (it ended, another tab replied first, or staff
    withdrew its scenario)."""
    session.refresh_from_db(fields=["state"])
    if session.scenario is None:
        message = "This scenario is no longer available. Your transcript is kept: pick another."
        target = reverse("mockcalls:index")
    elif session.is_open:
        message = "Another reply was sent at the same moment (another tab?). Here is the chat."
        target = session.get_absolute_url()
    else:
        message, target = ENDED, f"{session.get_absolute_url()}scorecard/"
    if _wants_json(request):
        return JsonResponse({"error": message, "next": target}, status=409)
    messages.info(request, message)
    return redirect(target)


@require_POST
def reply(request, pk):
    session = _session(request, pk)
    if not session.is_open or session.scenario is None:
        return _conflict(request, session)
    form = ReplyForm(request.POST)
    if form.is_valid():
        # The job seeker's own words only: the customer's lines are our content.
        replies = Message.objects.filter(session__owner_id=session.owner_id, who=Who.AGENT)
        refused = over_text_budget(
            replies, "text", form.cleaned_data["text"], REPLY_BYTES, "mock call replies",
            then="Make this reply shorter, or end the contact to see your scorecard.",
        )  # fmt: skip
        if refused:
            form.add_error("text", refused)
    if not form.is_valid():
        return _refused(request, session, " ".join(form.errors["text"]), form=form)
    spoken = request.session.pop(_heard_key(session), None) is not None
    try:
        turn = play.reply(session, form.cleaned_data["text"], spoken=spoken)
    except play.Conflict:
        return _conflict(request, session)
    return _answered(request, session, turn)


@require_POST
def spoken(request, pk):
    """A spoken reply: transcribed on our server (the speaking engine) and put in the reply box
    to check and send. The recording is never kept."""
    session = _session(request, pk)
    if (wait := limited(request, "recordings")) is not None:
        return too_many(request, wait)
    if not session.is_open or session.scenario is None:
        return _conflict(request, session)
    form = SpokenReplyForm(request.POST, request.FILES)
    if getattr(request, "upload_too_large", False):
        form.add_error(None, TOO_LARGE)
    elif form.is_valid():
        try:
            recording = audio_io.decode(form.cleaned_data["audio"])
            if recording.seconds > SPOKEN_SECONDS + 5:
                raise audio_io.AudioError(
                    f"That recording is {recording.seconds:.0f} seconds long; a reply takes at "
                    f"most {SPOKEN_SECONDS}. Say it again, a little shorter."
                )
            heard = score_answer(recording).transcript
            if not heard:
                raise NotHeard("We heard you but could not make out the words. Type your reply.")
        except (audio_io.AudioError, NotHeard) as problem:
            form.add_error(None, str(problem))
        else:
            # The recogniser mishears ("the modem" as "the mountain"): the words go into the
            # reply box for the job seeker to check, then are sent as a reply said aloud.
            request.session[_heard_key(session)] = heard
            return redirect(f"{session.get_absolute_url()}#id_text")
    return _page(request, session, spoken_form=form, status=400)


@require_POST
def end(request, pk):
    session = _session(request, pk)
    play.end(session)
    return redirect("mockcalls:scorecard", pk=session.pk)


@require_http_methods(["GET", "HEAD", "POST"])
def scorecard(request, pk):
    session = _session(request, pk)
    if session.is_open:
        messages.info(request, "The scorecard is ready when the contact ends.")
        return redirect(session)
    initial = {}
    for slug, check in session.checks.items():
        initial[f"check-{slug}"] = check.get("verdict", "")
        initial[f"note-{slug}"] = check.get("note", "")
    posted = request.POST if request.method == "POST" else None
    form = ChecksForm(session.scorecard, posted, initial=initial)
    if posted is not None and form.is_valid():
        with transaction.atomic():
            MockSession.objects.filter(pk=session.pk).update(checks=form.checks())
        messages.success(request, "Saved: your own view of each line is kept with it.")
        return redirect("mockcalls:scorecard", pk=session.pk)
    context = {
        "session": session,
        "scenario": session.scenario,
        "form": form,
        "timings": timing.compared(session),
        "transcript": list(session.messages.all()),
    }
    return render(request, "mockcalls/scorecard.html", context, status=400 if form.errors else 200)
