"""Running a session: start it, take a reply and answer it, end it and score it. Each step is
one transaction with a fixed number of queries, whatever the scenario's size."""

from django.db import transaction
from django.db.models import F

from careers.mockcalls import conversation, timing
from careers.mockcalls.models import (
    Behaviour,
    Branch,
    EndedBy,
    Message,
    MockSession,
    State,
    Who,
)

MAX_REPLIES = 30  # a customer who has not been helped by then hangs up
GOODBYE = "I've been at this for a long time. I'll try again later. Goodbye."


@transaction.atomic
def start(owner, scenario) -> MockSession:
    now = timing.now()
    session = MockSession.objects.create(
        owner=owner,
        scenario=scenario,
        title=scenario.title,
        channel=scenario.channel,
        started_at=now,
        first_response_target=scenario.first_response_seconds,
        handle_target=scenario.handle_seconds,
    )
    Message.objects.create(
        session=session, position=1, who=Who.CUSTOMER, text=scenario.opening, sent_at=now
    )
    return session


def _points(scenario) -> list:
    behaviours = Behaviour.objects.published().values_list("slug", "phrases")
    lines = scenario.lines.values_list("behaviour__slug", "phrases")
    return conversation.vocabulary(
        list(behaviours), list(lines), account=scenario.account_words, topic=scenario.topic_words
    )


def _rules(scenario, step: str) -> list[conversation.Rule]:
    rows = Branch.objects.filter(scenario=scenario, from_step=step).values_list(
        "behaviour__slug", "shown", "line", "to_step", "ends"
    )
    return [conversation.Rule(*row) for row in rows.order_by("order", "id")]


@transaction.atomic
def reply(session: MockSession, text: str, *, spoken: bool = False) -> conversation.Turn:
    """Record the agent's reply and the customer's answer, with the server's times."""
    session = (
        MockSession.objects.select_for_update(of=("self",))
        .select_related("scenario")
        .get(pk=session.pk)
    )
    if not session.is_open or session.scenario is None:
        raise ValueError("This contact has ended.")
    scenario = session.scenario
    now = timing.now()
    detected = conversation.detect(text, _points(scenario))
    turn = conversation.react(
        session.step,
        _rules(scenario, session.step),
        detected,
        confused=scenario.confused_line,
        rude=scenario.rude_line,
    )
    replies = session.replies + 1
    ends = turn.ends or replies >= MAX_REPLIES
    line = turn.line if turn.ends or replies < MAX_REPLIES else GOODBYE
    position = 2 * replies  # customer, agent, customer…: the opening is 1
    Message.objects.bulk_create(
        [
            Message(session=session, position=position, who=Who.AGENT, text=text, sent_at=now,
                    spoken=spoken, detected=detected),
            Message(session=session, position=position + 1, who=Who.CUSTOMER, text=line,
                    sent_at=now),
        ]
    )  # fmt: skip
    changes = {"replies": F("replies") + 1, "step": turn.step}
    if session.first_response_at is None:
        changes["first_response_at"] = now
    if ends:
        by = EndedBy.CUSTOMER if turn.ends else EndedBy.LIMIT
        changes.update(state=State.ENDED, ended_at=now, ended_by=by)
        changes["scorecard"] = _scorecard(session)  # the reply is saved: it counts
    MockSession.objects.filter(pk=session.pk).update(**changes)
    return conversation.Turn(line, turn.step, ends, turn.kind)


def _scorecard(session) -> list[dict]:
    agent = session.messages.filter(who=Who.AGENT).order_by("position")
    replies = list(agent.values_list("text", "detected"))
    lines = session.scenario.lines.values_list(
        "behaviour__slug", "behaviour__name", "behaviour__avoid"
    )
    return conversation.scorecard(replies, list(lines))


@transaction.atomic
def end(session: MockSession) -> None:
    """The agent ends the contact (hangs up, closes the chat)."""
    session = (
        MockSession.objects.select_for_update(of=("self",))
        .select_related("scenario")
        .get(pk=session.pk)
    )
    if not session.is_open:
        return
    card = _scorecard(session) if session.scenario is not None else []
    MockSession.objects.filter(pk=session.pk).update(
        state=State.ENDED, ended_at=timing.now(), ended_by=EndedBy.AGENT, scorecard=card
    )
