from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY, forget_owner, merge_owner_into


@receiver(user_logged_in)
def merge_session_progress(sender, request, user, **kwargs):
    """Django keeps session data across the key change at login, so the token is still here."""
    if request is None:
        return
    forget_owner(request)
    token = request.session.pop(SESSION_KEY, None)
    if not token:
        return
    source = Owner.objects.filter(session_token=token, user__isnull=True).first()
    if source is None:
        return
    target, _ = Owner.objects.get_or_create(user=user)
    merge_owner_into(source, target)
