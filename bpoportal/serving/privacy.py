"""Headers every response gets: a Permissions-Policy denying browser features the portal never
uses, and `Cache-Control: no-store` on any page that shows a job seeker's own data, so a
shared computer's browser cache or a proxy never keeps it."""

from functools import wraps

from django.utils.cache import patch_cache_control

# Features the portal does not use (no camera, location, payments…); the microphone only on
# the pages that record (speaking practice), which ask for it with `permissions_policy`.
FEATURES = (
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "serial",
    "usb",
    "xr-spatial-tracking",
)


def permissions_policy(allow_self: tuple[str, ...] = ()) -> str:
    """Every feature denied but those in `allow_self`, which this origin's pages may use."""
    return ", ".join(
        f"{feature}=(self)" if feature in allow_self else f"{feature}=()" for feature in FEATURES
    )


PERMISSIONS_POLICY = permissions_policy()
PRIVATE = "_shows_private_data"


def mark_private(request) -> None:
    """The one way to keep a page out of every cache (the page cache, the browser's, a proxy's):
    called wherever a job seeker's own data is read for a page (careers.seekers.owner does it
    for every owner lookup), or for a whole view with `@private_page`."""
    setattr(request, PRIVATE, True)


def private_page(view):
    """A view whose every answer is `no-store, private` (see mark_private)."""

    @wraps(view)
    def marked(request, *args, **kwargs):
        mark_private(request)
        return view(request, *args, **kwargs)

    return marked


class PrivacyHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if (
            getattr(request, PRIVATE, False)
            or (user is not None and user.is_authenticated)
            # A page answering a form shows what was sent in it (a pasted job ad, an answer).
            or request.method not in ("GET", "HEAD", "OPTIONS")
        ):
            patch_cache_control(response, no_store=True, private=True)
        return response


class DropNulCharactersMiddleware:
    """No text a visitor sends may hold a NUL character: PostgreSQL refuses to store or even
    compare it, so a view that looks a value up would fail. Removed here, once, for every view
    (forms reject it too, but not every value goes through a form)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key + value for key, value in request.COOKIES.items()):
            request.COOKIES = {k: v for k, v in request.COOKIES.items() if "\x00" not in k + v}
        for attr in ("GET", "POST"):
            data = getattr(request, attr)
            if any(
                "\x00" in key or any("\x00" in v for v in values) for key, values in data.lists()
            ):
                clean = data.copy()
                clean.clear()
                for key, values in data.lists():
                    clean.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
                clean._mutable = False
                setattr(request, attr, clean)
        return self.get_response(request)
