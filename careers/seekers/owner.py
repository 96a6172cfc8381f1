"""Finding the current owner, and the one ownership check every view uses.

No view looks up a job seeker's data without going through `get_owned_or_404`, so changing an
id in a URL can never reach somebody else's progress: it is a 404, like a row that doesn't exist.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404

from careers.seekers.models import Owner

SESSION_KEY = "progress_owner_token"


def current_owner(request, *, create: bool = False) -> Owner | None:
    """The Owner of this request's progress; with create=True, make one if there is none."""
    if request.user.is_authenticated:
        if create:
            return Owner.objects.get_or_create(user=request.user)[0]
        return Owner.objects.filter(user=request.user).first()
    token = request.session.get(SESSION_KEY)
    if token:
        owner = Owner.objects.filter(session_token=token).first()
        if owner or not create:
            return owner
    if not create:
        return None
    owner = Owner.objects.create(session_token=Owner.new_token())
    request.session[SESSION_KEY] = str(owner.session_token)
    return owner


def get_owned_or_404(request, queryset, **lookup):
    """Get one row of `queryset` that belongs to the current owner, or raise 404."""
    owner = current_owner(request)
    if owner is None:
        raise Http404("Nothing saved yet.")
    return get_object_or_404(queryset, owner=owner, **lookup)
