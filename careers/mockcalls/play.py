"""Running a session: start it, take a reply and answer it, end it and score it. Each step is
one transaction with a fixed number of queries, whatever the scenario's size.

A scenario's words and branches are read once per content version and process
(`content_version.memoized`), so a reply costs the session's own rows only. Two replies sent at
once (two tabs) cannot both land: the session's update names the reply count it started from,
and the second finds it changed and writes nothing."""

from dataclasses import dataclass

from django.db import transaction

from bpoportal.serving import content_version
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


class Conflict(Exception):
    """The session changed under this reply (another tab sent one first, or it ended)."""


@dataclass(frozen=True)
class Script:
    """What a scenario's replies are matched against: its words, its branches by step and its
    scorecard lines as (slug, name, avoid)."""

    points: list
    rules: dict
    lines: list


def _script(scenario) -> Script:
    behaviours = Behaviour.objects.published().values_list("slug", "phrases")
    lines = list(
        scenario.lines.values_list(
            "behaviour__slug", "phrases", "behaviour__name", "behaviour__avoid"
        )
    )
    points = conversation.vocabulary(
        list(behaviours),
        [(slug, words) for slug, words, _, _ in lines],
        account=scenario.account_words,
        topic=scenario.topic_words,
    )
    rules: dict[str, list] = {}
    rows = Branch.objects.filter(scenario=scenario).order_by("from_step", "order", "id")
    for step, *rule in rows.values_list(
        "from_step", "behaviour__slug", "shown", "line", "to_step", "ends"
    ):
        rules.setdefault(step, []).append(conversation.Rule(*rule))
    return Script(points, rules, [(slug, name, avoid) for slug, _, name, avoid in lines])


def script_of(scenario) -> Script:
    return content_version.memoized(f"mockcall:{scenario.pk}", lambda: _script(scenario))


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


@transaction.atomic
def reply(session: MockSession, text: str, *, spoken: bool = False) -> conversation.Turn:
    """Record the agent's reply and the customer's answer, with the server's times. `session`
    is as the view read it (with its scenario); Conflict if it has changed since."""
    scenario = session.scenario
    if not session.is_open or scenario is None:
        raise Conflict
    script = script_of(scenario)
    now = timing.now()
    detected = conversation.detect(text, script.points)
    turn = conversation.react(
        session.step,
        script.rules.get(session.step, []),
        detected,
        confused=scenario.confused_line,
        rude=scenario.rude_line,
    )
    replies = session.replies + 1
    ends = turn.ends or replies >= MAX_REPLIES
    line = turn.line if turn.ends or replies < MAX_REPLIES else GOODBYE
    changes = {"replies": replies, "step": turn.step}
    if session.first_response_at is None:
        changes["first_response_at"] = now
    if ends:
        by = EndedBy.CUSTOMER if turn.ends else EndedBy.LIMIT
        changes.update(state=State.ENDED, ended_at=now, ended_by=by)
    current = MockSession.objects.filter(pk=session.pk, replies=session.replies, state=State.OPEN)
    if not current.update(**changes):
        raise Conflict
    position = 2 * replies  # customer, agent, customer…: the opening is 1
    Message.objects.bulk_create(
        [
            Message(session=session, position=position, who=Who.AGENT, text=text, sent_at=now,
                    spoken=spoken, detected=detected),
            Message(session=session, position=position + 1, who=Who.CUSTOMER, text=line,
                    sent_at=now),
        ]
    )  # fmt: skip
    if ends:
        _score(session, script)  # the reply is saved: it counts
    return conversation.Turn(line, turn.step, ends, turn.kind)


def _score(session, script: Script) -> None:
    agent = session.messages.filter(who=Who.AGENT).order_by("position")
    card = conversation.scorecard(list(agent.values_list("text", "detected")), script.lines)
    MockSession.objects.filter(pk=session.pk).update(scorecard=card)


@transaction.atomic
def end(session: MockSession) -> None:
    """The agent ends the contact (hangs up, closes the chat)."""
    current = MockSession.objects.filter(pk=session.pk, state=State.OPEN)
    if not current.update(state=State.ENDED, ended_at=timing.now(), ended_by=EndedBy.AGENT):
        return
    if session.scenario is not None:
        _score(session, script_of(session.scenario))
