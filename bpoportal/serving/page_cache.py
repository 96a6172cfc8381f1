"""Whole public pages from the shared cache, for visitors who carry no session.

A page is stored only when nothing in it can belong to one visitor: a GET answered 200 to a
request without a session (no cookie but the CSRF one), with only the query parameters public
pages read (each app declares its own with `hooks.public_params`, so a made-up parameter cannot
fill the cache) and only values the page itself offers (`offers_its_values`: a made-up
`?office=zzz` answered with every role is not stored either), that sets no cookie (a page
with a form token always sets the CSRF cookie), was not marked private
(`privacy.mark_private`: a drill token, a job seeker's data, their answers) nor uncacheable
by Django itself (the login page's `never_cache`), and made no database write while it was
built. It is stored compressed or not, as asked, with the content version
it was built from, and served only while that version is current; so a staff change shows on
the next request.

While the database is unreachable (see bpoportal.serving.outage) a stored page is also the
answer for visitors who do carry a session, instead of the 503 page.
"""

import gzip
import hashlib
import html
import re
from urllib.parse import parse_qsl, quote_plus

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip

from bpoportal.serving import content_version
from bpoportal.serving.outage import DATABASE_DOWN
from bpoportal.serving.privacy import PRIVATE
from careers.common import hooks

PAGE_SECONDS = 60 * 60  # a bound on memory for pages nobody asks for again
MAX_QUERY = 256  # longer query strings are not worth a cache entry
SKIP_PREFIXES = ("/admin/", "/static/", "/healthz")
UNCACHEABLE = ("no-store", "no-cache", "private", "max-age=0")
HIT_HEADER = "X-Page-Cache"


def page_key(request, kind: str = "page") -> str | None:
    """The cache key of this request's public page, or None if it has none. Another `kind`
    (a shared body: bpoportal.serving.visitor_parts) is one key for any Accept-Encoding."""
    if request.method != "GET" or request.path.startswith(SKIP_PREFIXES):
        return None
    query = request.META.get("QUERY_STRING", "")
    # Only the parameters public pages read (each app declares its own through hooks).
    public = hooks.public_param_names()
    if len(query) > MAX_QUERY or any(
        name not in public for name, _ in parse_qsl(query, keep_blank_values=True)
    ):
        return None
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None  # SecurityMiddleware redirects it
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    gzip = "gz" if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "id"
    where = f"{request.scheme}://{host}{request.path}?{query}|{gzip if kind == 'page' else ''}"
    return f"{kind}:" + hashlib.sha256(where.encode()).hexdigest()[:40]


def without_session(request) -> bool:
    return all(name == settings.CSRF_COOKIE_NAME for name in request.COOKIES)


def lookup(key: str) -> tuple[HttpResponse | None, str | None]:
    """The stored page if it was built from the current content version, and that version."""
    content_version.settle()
    got = cache.get_many([content_version.VERSION_KEY, key])
    current = content_version.version(got.get(content_version.VERSION_KEY))
    stored = got.get(key)
    if current is None or stored is None or stored[0] != current:
        return None, current
    _, status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response.headers[name] = value
    response.headers[HIT_HEADER] = "hit"
    return response, current


NUMBERED = ("page", "p")  # page numbers: offered as the neighbours' links


def _offered(page: str, name: str, value: str) -> bool:
    """Does the page offer `name=value`: an option of a select, a radio button or checkbox, or
    a link carrying it? A filter the view ignored (an unknown value) is offered nowhere."""
    shown = re.escape(html.escape(value))
    linked = re.escape(html.escape(quote_plus(value)))
    return bool(
        re.search(rf'<option value="{shown}"', page)
        or re.search(rf'type="(?:radio|checkbox)" name="{re.escape(name)}" value="{shown}"', page)
        or re.search(rf'href="[^"]*[?&;]{re.escape(name)}={linked}(?:[&"#])', page)
    )


def offers_its_values(request, response) -> bool:
    """Every public parameter's value is one the page offers (an empty one too: a GET form
    sends its blank fields). Made-up values would otherwise make one entry each, without end.
    Checked once, when a page is stored; new apps' filters need nothing of their own."""
    values = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
    if not values:
        return True
    content = response.content
    if response.get("Content-Encoding") == "gzip":
        content = gzip.decompress(content)
    page = content.decode(response.charset or "utf-8", errors="replace")
    for name, value in values:
        if value == "":
            continue
        if name in NUMBERED:
            if not (value.isascii() and value.isdecimal() and len(value) <= 4):
                return False
            number = int(value)
            if str(number) != value:
                return False  # 02 is the same page as 2
            if "html" not in response.get("Content-Type", ""):
                continue  # a sitemap's pages: beyond the last one is a 404
            if number > 1 and not any(
                _offered(page, name, str(n)) for n in (number - 1, number + 1)
            ):
                return False
        elif not _offered(page, name, value):
            return False
    return True


def storable(request, response) -> bool:
    cache_control = response.headers.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, PRIVATE, False)
        and not content_version.wrote_during_request()
        and not any(word in cache_control for word in UNCACHEABLE)
        and offers_its_values(request, response)
    )


def store(key: str, current: str, response) -> None:
    headers = [(k, v) for k, v in response.headers.items() if k.lower() != "set-cookie"]
    cache.set(key, (current, response.status_code, headers, response.content), PAGE_SECONDS)


class PageCacheMiddleware:
    """First in MIDDLEWARE: a stored page is the whole response, compressed (GZipMiddleware
    is inside) and with every header, so a hit runs no other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE:
            return self.get_response(request)
        key = page_key(request)
        public = key is not None and without_session(request)
        current = None
        if public:
            hit, current = lookup(key)
            if hit is not None:
                return hit
        content_version.start_request()
        response = self.get_response(request)
        if public and current is not None and storable(request, response):
            store(key, current, response)
        elif key is not None and getattr(request, DATABASE_DOWN, False):
            hit, _ = lookup(key)
            if hit is not None:  # the public page beats an error page
                return hit
        return response
