"""Fast public pages for visitors with a session: one shared body, their own parts filled in.

A public page is the same for everyone but for a few parts: the header's Log in link or Log
out form (with the visitor's CSRF token), messages, and a job seeker's own progress (the home
page's journey, where they stand on a role's typing test). Templates mark those parts with
`{% visitor_part "app:name" arg=value %}` (careers.common.templatetags.visitor_parts); each
app registers the part's renderer in its own hooks.py:

    @hooks.visitor_part("drills:versus")
    def versus(request, ask):                 # -> HTML; `ask` is plain data from the page
        return visitor_parts.render(request, "drills/_versus_typing.html", {...})

A normal render calls the renderer where the tag stands. For a visitor with a session (not
staff: they preview drafts) on a view marked `@shared_body`, SharedBodyMiddleware instead:

1. takes the page's shared body from the shared cache: the page split at its parts, keyed like
   the page cache (scheme, host, path, public query) and stored with the content version it was
   built from, so a staff change shows on the next request;
2. if there is none for the current version, builds it by running the view for an anonymous
   copy of the request (no cookies, user, session or messages), where each tag leaves a marker
   (with a random nonce no content can guess) and the part's arguments instead. Only a render
   the page cache itself would store is kept: a 200 with no cookie, no CSRF token outside a
   part, nothing private, no session or message change and no database write;
3. answers with the body, each part rendered for this visitor, as the view's response would
   be: every middleware still runs on the way out (session and CSRF cookies, messages marked
   read, security headers, compression), with `Cache-Control: private` and `Vary: Cookie`.
   Most pages are compressed here instead: their text between parts was deflated once, when
   it was stored, so only the parts are compressed per request (compressing a whole 40 KB page
   took 1.4 ms, most of such a request). Pieces compressed apart come out bigger, so this is
   done only where that costs at most 3 % or 512 bytes more (a page with few parts: the
   header's two); GZipMiddleware's random padding is kept.

Visitors without a session still get whole pages from the page cache (careers.common.
page_cache), untouched. Anything else (staff, POST, private pages, an unknown query
parameter, the cache unreachable) is rendered in full, as before.
"""

import copy
import functools
import gzip
import hashlib
import logging
import re
import secrets
import struct
import zlib
from importlib import import_module

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage import default_storage
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.template import loader
from django.utils.cache import patch_cache_control, patch_vary_headers

from bpoportal.serving import content_version, page_cache
from bpoportal.serving.outage import OUTAGES, unavailable
from careers.common import hooks

log = logging.getLogger(__name__)

SHARED_BODY = "shared_body"  # view attribute set by @shared_body
_BUILDING = "_shared_body_build"  # request attribute: the anonymous copy's markers and parts
# What ties a request to one visitor: never seen by the render of a shared body.
VISITOR_META = ("HTTP_COOKIE", "HTTP_AUTHORIZATION", "CSRF_COOKIE", "CSRF_COOKIE_NEEDS_UPDATE")
PLAIN = (str, int, float, bool, type(None))
HIT = "parts"  # X-Page-Cache of a page filled in from a shared body
FORMAT = 2  # of a stored body: (headers, text chunks, parts, deflated chunks or None)
# A page is compressed in pieces if that costs at most this share or this many more bytes: on
# slow data a third of a packet is nothing, a quarter more of a small page is something.
APART_OVERHEAD = 0.03
APART_BYTES = 512


def shared_body(view):
    """Mark a view whose page is the same for every visitor but its visitor parts (its
    template shows nothing of the visitor outside `{% visitor_part %}`)."""
    setattr(view, SHARED_BODY, True)
    return view


def render(request, template_name: str, context: dict | None = None) -> str:
    """A part's HTML: its template rendered for this request (user, csrf_token, messages), or
    with none of those when the page has no request (an error page)."""
    return loader.get_template(template_name).render(context, request)


@hooks.visitor_part("common:messages")
def messages_part(request):
    """Messages left for this visitor; showing them marks them read."""
    return render(request, "common/_messages.html")


class _Build:
    """The markers a shared render leaves, and each part's name and arguments."""

    def __init__(self) -> None:
        nonce = secrets.token_hex(12)
        self.marker = f"<!--visitor-part {nonce} %d-->"
        self.split = re.compile(rf"<!--visitor-part {nonce} (\d+)-->").split
        self.parts: list[tuple[str, dict]] = []


def part(request, name: str, args: dict) -> str:
    """What `{% visitor_part name **args %}` puts on the page: the part for this request, or
    in a shared render a marker (the arguments are kept with the body, so they must be plain
    data: text, numbers, and tuples or lists of them)."""
    if name not in hooks.visitor_part.renderers:
        raise LookupError(f"no app registers the visitor part {name!r} (hooks.visitor_part)")
    renderer = hooks.visitor_part[name]
    build = getattr(request, _BUILDING, None)
    if build is None:
        return renderer(request, **args)
    if not all(_plain(value) for value in args.values()):
        raise TypeError(f"visitor part {name!r}: arguments must be plain data, not {args!r}")
    build.parts.append((name, args))
    return build.marker % (len(build.parts) - 1)


def _plain(value) -> bool:
    if isinstance(value, tuple | list):
        return all(_plain(item) for item in value)
    return isinstance(value, PLAIN)


def _anonymous_copy(request):
    """This request as a visitor without cookies would send it, marked to leave markers."""
    anonymous = copy.copy(request)
    anonymous.__dict__.pop("_cached_user", None)
    anonymous.META = {k: v for k, v in request.META.items() if k not in VISITOR_META}
    anonymous.COOKIES = {}
    anonymous.user = AnonymousUser()

    async def auser():
        return anonymous.user

    anonymous.auser = auser
    anonymous.session = import_module(settings.SESSION_ENGINE).SessionStore()
    anonymous._messages = default_storage(anonymous)
    setattr(anonymous, _BUILDING, _Build())
    return anonymous


def _build(request, view, args, kwargs):
    """The page from an anonymous render, as stored (FORMAT); False when that render is not
    for everyone; None when it failed (the view is then run as usual)."""
    anonymous = _anonymous_copy(request)
    try:
        response = view(anonymous, *args, **kwargs)
        if callable(getattr(response, "render", None)) and not response.is_rendered:
            response.render()  # a TemplateResponse
    except OUTAGES:
        raise
    except (Http404, PermissionDenied):
        return None  # the view, run for this visitor, answers
    except Exception:
        log.warning("no shared body for %s", request.path, exc_info=True)
        return None
    if (
        not page_cache.storable(anonymous, response)  # a 200, nothing private, no write…
        or anonymous.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form token outside a part
        or anonymous.session.modified
        or getattr(anonymous._messages, "_queued_messages", None)
    ):
        return False
    build = getattr(anonymous, _BUILDING)
    pieces = build.split(response.content.decode(response.charset))
    order = [int(index) for index in pieces[1::2]]
    if sorted(order) != list(range(len(build.parts))):
        log.warning("no shared body for %s: a visitor part is missing or repeated", request.path)
        return False
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in ("set-cookie", "content-length")
    ]
    chunks = pieces[0::2]
    deflated = [_deflate(chunk) for chunk in chunks]
    whole = len(zlib.compress("".join(chunks).encode(), 6))
    if sum(len(piece) for piece in deflated) - whole > max(whole * APART_OVERHEAD, APART_BYTES):
        deflated = None  # GZipMiddleware compresses the whole page
    return headers, chunks, [build.parts[index] for index in order], deflated


def _shared(request, view, args, kwargs, key: str):
    """The page's shared body for the current content version, built if need be."""
    content_version.settle()
    got = cache.get_many([content_version.VERSION_KEY, key])
    current = content_version.version(got.get(content_version.VERSION_KEY))
    if current is None:
        return None  # the cache is unreachable: render in full
    stored = got.get(key)
    if stored is not None and stored[0] == current:
        return stored[1]
    body = _build(request, view, args, kwargs)
    if body is not None:
        cache.set(key, (current, body or None), page_cache.PAGE_SECONDS)
    return body or None


def fill(request, body) -> HttpResponse:
    """The shared body with this visitor's parts."""
    headers, chunks, parts, deflated = body
    filled = [hooks.visitor_part[name](request, **args) for name, args in parts]
    html = [chunks[0]]
    for part_html, chunk in zip(filled, chunks[1:], strict=True):
        html += [part_html, chunk]
    text = "".join(html).encode()
    if deflated and re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        packed = [deflated[0]]
        for part_html, chunk in zip(filled, deflated[1:], strict=True):
            packed += [_deflate(part_html), chunk]
        response = HttpResponse(_gzip(text, packed))
        response.headers["Content-Encoding"] = "gzip"  # GZipMiddleware leaves it as it is
    else:
        response = HttpResponse(text)
    for name, value in headers:
        response.headers[name] = value
    patch_cache_control(response, private=True)
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
    response.headers[page_cache.HIT_HEADER] = HIT
    return response


def _deflate(text: str) -> bytes:
    """Raw deflate that ends on a byte boundary and leaves the stream open: pieces deflated
    apart follow one another as one stream."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(text.encode()) + packer.flush(zlib.Z_SYNC_FLUSH)


_LAST_BLOCK = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS).flush()


def _gzip(text: bytes, deflated: list[bytes]) -> bytes:
    """A gzip member of `text`, from its pieces deflated apart. As GZipMiddleware does (against
    BREACH), the header names a file of random length."""
    name = b"a" * secrets.randbelow(GZipMiddleware.max_random_bytes) + b"\0"
    header = b"\x1f\x8b\x08" + bytes([gzip.FNAME]) + b"\0\0\0\0\0\xff" + name
    trailer = struct.pack("<II", zlib.crc32(text), len(text) & 0xFFFFFFFF)
    return header + b"".join(deflated) + _LAST_BLOCK + trailer


@functools.cache
def _key_kind() -> str:
    """The key prefix of shared bodies: "body" and a stamp of the registered parts (names and
    arguments), so a body stored by a release with other parts is never filled by this one."""
    parts = sorted(
        (name, fn.__module__, fn.__qualname__, fn.__code__.co_varnames[: fn.__code__.co_argcount])
        for name, fn in hooks.visitor_part.renderers.items()
    )
    return "body" + hashlib.sha256(repr((FORMAT, parts)).encode()).hexdigest()[:8]


class SharedBodyMiddleware:
    """After sessions, authentication, CSRF and messages: it answers in the view's place, so
    their handling of the response (cookies, messages read) still runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if not settings.PAGE_CACHE or not getattr(view, SHARED_BODY, False):
            return None
        if page_cache.without_session(request):
            return None  # the page cache's visitors: whole pages
        key = page_cache.page_key(request, kind=_key_kind())
        if key is None:
            return None
        try:
            if request.user.is_staff:
                return None  # staff may preview drafts: never a shared body, either way
            body = _shared(request, view, args, kwargs, key)
            return fill(request, body) if body is not None else None
        except OUTAGES as exc:
            log.warning("database unreachable for %s %s: %s", request.method, request.path, exc)
            return unavailable(request)
