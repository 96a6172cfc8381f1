from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from careers.seekers.merging import merge_owner_into
from careers.seekers.models import Owner
from careers.seekers.owner import PENDING_KEY, SESSION_KEY, forget_owner

MERGE_NOW = "_merge_progress_now"  # set by sign-up: the same person, so merge without asking


@receiver(user_logged_in)
def merge_session_progress(sender, request, user, **kwargs):
    """Progress this browser kept before sign-up moves into the new account at once. On login,
    the browser may be a shared computer: the progress is held for the person to add to their
    account or discard (/me/ asks), never merged unasked.

    Django keeps session data across the key change at login, so the token is still here."""
    if request is None:
        return
    forget_owner(request)
    token = request.session.pop(SESSION_KEY, None)
    if not token:
        return
    source = Owner.objects.filter(session_token=token, user__isnull=True).first()
    if source is None:
        return
    if getattr(request, MERGE_NOW, False):
        target, _ = Owner.objects.get_or_create(user=user)
        merge_owner_into(source, target)
    else:
        request.session[PENDING_KEY] = token
