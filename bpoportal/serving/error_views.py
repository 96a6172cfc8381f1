"""The 400, 403 and 500 views: Django's own, after setting aside a body that cannot be read.

Django's error views take the CSRF token, which parses request.POST again. A form body that
Django refuses to parse (posted with `charset=utf-16`, a broken multipart boundary) then raises
a second time inside the error view, and a 400 becomes a 500. Such a body is treated as empty:
the error page needs nothing from it.
"""

from django.http import QueryDict
from django.shortcuts import render
from django.utils.datastructures import MultiValueDict
from django.views import defaults


def forget_unreadable_body(request) -> None:
    try:
        request.POST  # noqa: B018 (parsing is the point)
    except Exception:  # BadRequest, UnicodeDecodeError, MultiPartParserError, …
        request._post, request._files = QueryDict(), MultiValueDict()


def bad_request(request, exception):
    """Django's 400 page; an exception with a `user_message` (an owner's cap) shows it."""
    forget_unreadable_body(request)
    if message := getattr(exception, "user_message", ""):
        return render(request, "400.html", {"message": message}, status=400)
    return defaults.bad_request(request, exception)


def permission_denied(request, exception):
    forget_unreadable_body(request)
    return defaults.permission_denied(request, exception)
