"""Limits on what one client can write: every form a visitor posts, password tries (per
address, and per account across addresses) and password-reset mails. Counted in the shared
cache (django-ratelimit), so all app servers share the count.

Whose count: the account's when signed in, else the browser session's, and the client address
only for traffic without a session (a first write, a bot that keeps no cookies) and for logins.
Many mobile users share one address (carrier-grade NAT), so a group's per-address ceiling is
its own, much higher rate, `RATE_LIMITS[group + "-address"]`: thirty people behind one address
doing normal work never see a 429. An app's view calls `limited(request, "its-group")` and gets
this for free; what cookieless clients can store is bounded separately (careers.common.limits).

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


USERNAME_MOST = 150  # Django's User.username max_length; axes stores up to 255 characters


def login_username(request, credentials=None) -> str:
    """The username a login attempt names, as django-axes records and counts it
    (AXES_USERNAME_CALLABLE): lower-cased, as usernames are unique ignoring case, and cut to
    the longest a username can be, so a 300-character name is one more failed login rather
    than a database error."""
    source = credentials if credentials else getattr(request, "POST", {})
    name = source.get(settings.AXES_USERNAME_FORM_FIELD) or ""
    return str(name)[:USERNAME_MOST].lower()


def requester(request) -> str:
    """Who is asking, for counting: the account, else a live browser session, else ""."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return f"user:{user.pk}"
    session = getattr(request, "session", None)
    if session is None or not session.session_key:
        return ""
    session.get("_")  # loads it: a made-up or expired cookie's key is then None
    return f"session:{session.session_key}" if session.session_key else ""


def limited(request, group: str, key=None, increment=True) -> int | None:
    """Seconds until `group`'s limit for this client resets when it is exceeded, else None.
    `key` None counts per requester (above); "ip" or a callable as django-ratelimit takes them.
    Counting failures (a cache outage) are None too: fail open."""
    rates = settings.RATE_LIMITS
    rate = rates[group]
    if key is None:
        if who := requester(request):
            key = lambda group, request: who  # noqa: E731
        else:
            key, rate = "ip", rates.get(f"{group}-address", rate)
    try:
        usage = get_usage(request, group=group, key=key, rate=rate, increment=increment)
    except Exception:  # the cache is down or unreachable
        log.warning("rate limit %s skipped: the cache did not answer", group, exc_info=True)
        return None
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


class Limited(Exception):
    """Raised where a limit is met deep inside a view (creating an owner): the middleware
    answers with the 429 page, and the view's transaction saved nothing."""

    def __init__(self, retry_after: int):
        super().__init__(retry_after)
        self.retry_after = retry_after


def too_many(request, retry_after: int):
    response = render(request, "429.html", {"retry_after": retry_after}, status=429)
    response["Retry-After"] = str(retry_after)
    return response


def _account_key(group, request) -> str:
    return "account:" + login_username(request)


def count_failed_login(sender, credentials, request=None, **kwargs) -> None:
    """user_login_failed: one more failure for the account named, from whatever address
    (password spraying spreads its tries over many addresses; axes counts per address)."""
    name = login_username(request, credentials) if request is not None else ""
    if name:  # the name tried (a wrong current password on /accounts/password_change/ too)
        limited(request, "login-account", key=lambda group, r: "account:" + name)


class RateLimitMiddleware:
    """Every unsafe request outside admin counts against its requester's write limit; a login
    attempt also counts against its address's login limit and is refused while the account it
    names has had too many failed logins lately."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in UNSAFE and not request.path.startswith("/admin/"):
            checks = [("write", None, True)]
            if request.path == settings.LOGIN_URL:
                checks += [("login", "ip", True), ("login-account", _account_key, False)]
            for group, key, increment in checks:
                if (wait := limited(request, group, key, increment)) is not None:
                    return too_many(request, wait)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Limited):
            return too_many(request, exception.retry_after)
        return None
