"""Limits on what one client can write: every form a visitor posts, password tries across
usernames (spraying) and password-reset mails. Counted per client address in the shared
cache (django-ratelimit), so all app servers share the count.

A write over the limit gets a friendly 429 page saying when to try again, and changes
nothing. If the cache is unreachable the limits are skipped (fail open): a Redis outage must
never turn into errors for job seekers.
"""

import logging

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.shortcuts import render
from django_ratelimit.core import get_usage

log = logging.getLogger(__name__)
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def client_ip(request) -> str:
    """The client's address, read the same way as django-axes (see TRUSTED_PROXIES)."""
    return get_client_ip_address(request) or request.META.get("REMOTE_ADDR") or "0.0.0.0"


def limited(request, group: str, key="ip", increment=True) -> int | None:
    """Seconds until `group`'s limit for this client resets when it is exceeded, else None.
    Counting failures (a cache outage) are None too: fail open."""
    try:
        usage = get_usage(
            request, group=group, key=key, rate=settings.RATE_LIMITS[group], increment=increment
        )
    except Exception:  # the cache is down or unreachable
        log.warning("rate limit %s skipped: the cache did not answer", group, exc_info=True)
        return None
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


def too_many(request, retry_after: int):
    response = render(request, "429.html", {"retry_after": retry_after}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


class RateLimitMiddleware:
    """Every unsafe request outside admin counts against the address's write limit; a login
    attempt also counts against the per-address login limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in UNSAFE and not request.path.startswith("/admin/"):
            groups = ["write"]
            if request.path == "/accounts/login/":
                groups.append("login")
            for group in groups:
                if (wait := limited(request, group)) is not None:
                    return too_many(request, wait)
        return self.get_response(request)
