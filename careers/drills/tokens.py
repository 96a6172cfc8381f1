"""Server-timed drills: a signed, single-use, expiring token is issued with the page.

The token carries which drill and which passage (or seed), a random nonce and the server's
time when the page was made; the result stores the nonce under a unique constraint, so a token
works once. `clock` is the one source of time here, so tests can move it instead of sleeping.
"""

import secrets
import time

from django.core import signing

SALT = "careers.drills.token"
MAX_AGE_SECONDS = 30 * 60


def clock() -> float:
    return time.time()


class TokenError(ValueError):
    """A token that cannot be used; the message says what to do."""


def issue(kind: str, subject: int, *, now: float | None = None) -> str:
    payload = {"k": kind, "s": subject, "n": secrets.token_hex(12), "t": now or clock()}
    return signing.dumps(payload, salt=SALT)


def read(token: str, kind: str, subject: int, *, now: float | None = None) -> tuple[str, float]:
    """The token's nonce and the seconds since it was issued, or TokenError."""
    try:
        payload = signing.loads(token or "", salt=SALT)
    except signing.BadSignature:
        raise TokenError(
            "This test page was changed or is not ours. Start the test again."
        ) from None
    if payload.get("k") != kind or payload.get("s") != subject:
        raise TokenError("This answer belongs to a different test. Start the test again.")
    elapsed = (now or clock()) - payload["t"]
    if elapsed > MAX_AGE_SECONDS:
        raise TokenError("This test was opened more than 30 minutes ago. Start a fresh one.")
    if elapsed < 0:
        raise TokenError("This test's time is not right. Start the test again.")
    return payload["n"], elapsed


def typing_seconds(elapsed: float, first_key: float | None) -> float:
    """The typing time: from the first key (as the page's script reports it) to the answer.
    The server still decides: the report can only move the start later within the time since
    the page was issued, never before it, and without a report the clock ran from the issue."""
    if first_key is None:
        return elapsed
    return elapsed - min(max(first_key, 0.0), elapsed)
