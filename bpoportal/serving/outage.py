"""When PostgreSQL cannot be reached (a restart, a failover): a short, friendly 503 page with
Retry-After instead of a 500, and never a traceback. Nothing is half-saved: every write runs
in a transaction, so a write that fails here changed nothing, and the page says so.

Public pages still answer from the shared cache meanwhile (bpoportal.serving.page_cache), and
the portal is back by itself as soon as the database is: Django opens a fresh connection on
the next request (CONN_HEALTH_CHECKS drops a broken one first).
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.views import defaults

from bpoportal.serving.error_views import forget_unreadable_body

log = logging.getLogger(__name__)

DATABASE_DOWN = "_database_down"  # request attribute: this request met an outage
RETRY_AFTER_SECONDS = 5
OUTAGES = (OperationalError, InterfaceError)  # connection refused, lost, closed, timed out


def unavailable(request) -> HttpResponse:
    from careers.common.context_processors import menu

    setattr(request, DATABASE_DOWN, True)
    # No context processors: they might ask the database (the signed-in user) again.
    html = render_to_string(
        "503.html",
        {
            "site_name": settings.SITE_NAME,
            "menu": menu(),  # from the apps' hooks, no database
            "request": request,
            "was_write": request.method not in ("GET", "HEAD", "OPTIONS"),
            "retry_after": RETRY_AFTER_SECONDS,
        },
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response


class DatabaseOutageMiddleware:
    """Turns an outage met by a view into the 503 page (last in MIDDLEWARE, so it is asked
    first). Outages met by other middleware (saving a session) reach `server_error`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGES):
            log.warning(
                "database unreachable for %s %s: %s", request.method, request.path, exception
            )
            return unavailable(request)
        return None


def server_error(request):
    """handler500: an outage gets the 503 page, anything else Django's 500 page."""
    if isinstance(sys.exc_info()[1], OUTAGES):
        return unavailable(request)
    forget_unreadable_body(request)
    return defaults.server_error(request)
