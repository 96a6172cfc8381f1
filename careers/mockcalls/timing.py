"""Timings: the server's clock only, and what employers expect, with sources.

The clock is the typing drill's (`careers.drills.tokens.clock`), read at call time, so tests
move one clock for every server-timed practice. A browser's own times, if a form sends any, are
never read."""

import datetime

from careers.drills import tokens


def now() -> datetime.datetime:
    return datetime.datetime.fromtimestamp(tokens.clock(), tz=datetime.UTC)


# What employers and the industry expect, by channel. Each figure names its source and year; a
# scenario's own targets are shown as the scenario's, never as an industry figure.
EXPECTED = {
    "chat": {
        "first": (
            40,
            "about 40 seconds or less for a first live-chat reply is strong performance "
            "(Lorikeet, “First Response Time Benchmarks for Customer Service in 2026”, "
            "February 2026, citing Zendesk research)",
        ),
        "handle": None,
    },
    # No source we trust gives an email reply or handle time yet: only the scenario's own.
    "email": {"first": None, "handle": None},
    "call": {
        "first": None,
        "handle": (
            360,
            "an average telephone handle time is between 4 and 6 minutes, depending on how "
            "complex the query is (Pegamento, “What is a good handling time for customer "
            "contact?”, 2025)",
        ),
    },
}


def spoken(seconds: float | None) -> str:
    if seconds is None:
        return "not measured"
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest:02d} s"


def compared(session) -> list[dict]:
    """The session's first response and handle time against the scenario's own targets and,
    where a source gives one, what the industry expects."""
    expected = EXPECTED.get(session.channel, {})
    rows = []
    for key, label, measured, target in (
        ("first", "First response", session.first_response_seconds, session.first_response_target),
        ("handle", "Handle time", session.handle_seconds, session.handle_target),
    ):
        industry = expected.get(key)
        rows.append(
            {
                "label": label,
                "measured": spoken(measured),
                "target": spoken(target),
                "within": measured is not None and measured <= target,
                "industry": industry[1] if industry else "",
            }
        )
    return rows
