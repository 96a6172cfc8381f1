"""Finding the current owner, the one ownership check every view uses, and the login merge.

No view looks up a job seeker's data without going through `get_owned_or_404`, so changing an
id in a URL can never reach somebody else's progress: it is a 404, like a row that doesn't exist.
"""

from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404

from careers.common import hooks
from careers.seekers.models import Owner

SESSION_KEY = "progress_owner_token"
_CACHE = "_progress_owner"  # request attribute: (user id, owner), looked up once per request


def _find_owner(request) -> Owner | None:
    if request.user.is_authenticated:
        return Owner.objects.filter(user=request.user).first()
    token = request.session.get(SESSION_KEY)
    return Owner.objects.filter(session_token=token).first() if token else None


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
            owner = Owner.objects.create(session_token=Owner.new_token())
            request.session[SESSION_KEY] = str(owner.session_token)
    setattr(request, _CACHE, (request.user.pk, owner))
    return owner


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


@transaction.atomic
def merge_owner_into(source: Owner, target: Owner) -> None:
    """Move a browser session's progress into an account: every app's `hooks.merge` function
    moves its own rows, combining rows both sides have, so neither side loses anything."""
    for merge in hooks.merge:
        merge(source, target)
    source.delete()


def joined_note(kept: str, other: str, max_length: int) -> str:
    """Two notes on the same item, after a merge: both kept, joined, within the field's size."""
    if not other or other == kept:
        return kept
    return " / ".join(n for n in (kept, other) if n)[:max_length]
