"""Finding the current owner, and the one ownership check every view uses.

No view looks up a job seeker's data without going through `get_owned_or_404`, so changing an
id in a URL can never reach somebody else's progress: it is a 404, like a row that doesn't exist.
"""

import datetime
import uuid

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from bpoportal.serving.privacy import mark_private
from bpoportal.serving.ratelimits import Limited, limited
from careers.common.compiled import Compiled
from careers.seekers.models import Owner

SESSION_KEY = "progress_owner_token"
PENDING_KEY = "progress_waiting_for_a_decision"  # after login: add to the account or discard?
SEEN_EVERY = datetime.timedelta(hours=1)
_CACHE = "_progress_owner"  # request attribute: (user id, owner), looked up once per request
# A session's owner, on every page that shows progress: compiled once (common.compiled).
_BY_TOKEN = Compiled(
    lambda token: Owner.objects.filter(session_token=token), stand_in=uuid.UUID(int=0)
)


def _find_owner(request) -> Owner | None:
    user = request.user
    if user.is_authenticated:
        # The login backend (seekers/backends.py) joins the owner to the user's own query. Use
        # that once only: after a merge or a new owner the relation's cached value is stale.
        joined = user._meta.get_field("progress_owner")
        if joined.is_cached(user):
            owner = joined.get_cached_value(user)
            joined.delete_cached_value(user)
            return owner
        return Owner.objects.filter(user=user).first()
    token = request.session.get(SESSION_KEY)
    return _BY_TOKEN.first(uuid.UUID(token)) if token else None


def current_owner(request, *, create: bool = False) -> Owner | None:
    """The Owner of this request's progress (one query a request); create=True makes one."""
    cached = getattr(request, _CACHE, None)
    if cached is not None and cached[0] == request.user.pk:
        owner = cached[1]
    else:
        owner = _find_owner(request)
    if owner is None and create:
        if request.user.is_authenticated:
            owner = Owner.objects.get_or_create(user=request.user)[0]
        else:
            # Each anonymous owner is a row that lasts 30 days: a client that keeps no cookies
            # would make one per write. A ceiling per address and hour bounds them, high enough
            # for everyone behind a mobile carrier's shared address.
            if (wait := limited(request, "owners-address", key="ip")) is not None:
                raise Limited(wait)
            owner = Owner.objects.create(session_token=Owner.new_token())
            request.session[SESSION_KEY] = str(owner.session_token)
    setattr(request, _CACHE, (request.user.pk, owner))
    if owner is not None:
        mark_private(request)  # this page may show their progress: never cache it
        _seen(request, owner)
    return owner


def _seen(request, owner: Owner) -> None:
    """Record activity, at most once an hour: the 30-day expiry counts from the last visit,
    for the stored progress and for the browser's session cookie alike."""
    now = timezone.now()
    if now - owner.last_seen > SEEN_EVERY:
        Owner.objects.filter(pk=owner.pk).update(last_seen=now)
        owner.last_seen = now
        request.session.modified = True  # sent again, with a new 30-day expiry


def forget_owner(request) -> None:
    """After login, logout or deleting progress, look the owner up afresh."""
    if hasattr(request, _CACHE):
        delattr(request, _CACHE)


def get_owned_or_404(request, queryset, **lookup):
    """Get one row of `queryset` that belongs to the current owner, or raise 404."""
    owner = current_owner(request)
    if owner is None:
        raise Http404("Nothing saved yet.")
    return get_object_or_404(queryset, owner=owner, **lookup)


def pending_progress(request) -> Owner | None:
    """Progress this browser kept before a login, waiting for its owner's decision."""
    token = request.session.get(PENDING_KEY) if request.user.is_authenticated else None
    if not token:
        return None
    return Owner.objects.filter(session_token=token, user__isnull=True).first()


def describe_progress(owner: Owner) -> list[str]:
    """What an owner keeps, as "3 practice sessions": every model that points at owners."""
    from django.apps import apps

    parts = []
    for model in apps.get_models():
        for field in model._meta.fields:
            if field.is_relation and field.related_model is Owner and model is not Owner:
                count = model.objects.filter(**{field.name: owner}).count()
                if count:
                    name = (
                        model._meta.verbose_name if count == 1 else model._meta.verbose_name_plural
                    )
                    parts.append(f"{count} {name}")
    return parts
