"""The owner of a job seeker's progress: an account, or a browser session before sign-up."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

EXPIRE_DAYS = 30  # what the pages promise for progress kept in a browser


class Owner(models.Model):
    """Every progress row (checklist ticks, saved ads, practice answers) points at one Owner.

    Before sign-up an Owner is found through a random token kept in the browser session; on
    login that Owner's rows move to the account's Owner (see careers.seekers.merge).
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="progress_owner",
    )
    session_token = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    # When the job seeker last used the portal (kept to the hour): anonymous progress is
    # deleted EXPIRE_DAYS after it (`manage.py purge_expired`).
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [
            models.Index(
                fields=["last_seen"],
                condition=Q(user__isnull=True),
                name="owner_anonymous_last_seen_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(user__isnull=False) | Q(session_token__isnull=False),
                name="owner_has_user_or_session",
            ),
        ]

    def __str__(self):
        return f"account {self.user}" if self.user_id else f"session {self.session_token}"

    @staticmethod
    def new_token() -> uuid.UUID:
        return uuid.uuid4()
