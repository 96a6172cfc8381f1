"""Publishable content: the draft/published rule every curated model follows, and editors'
changes to live content held for review."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from simple_history.models import HistoricalRecords

from careers.common.fields import normalise_text


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


def can_preview(user, model) -> bool:
    """Draft preview is for staff who may change that model (an editor or a publisher of it),
    not for every staff account."""
    if not (user.is_active and user.is_staff):
        return False
    return user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Status.PUBLISHED)

    def visible_to(self, user):
        """What a page may show this user: staff who may change this kind of content preview
        its drafts on the real page; everyone else sees what is published."""
        return self if can_preview(user, self.model) else self.published()


class Publishable(models.Model):
    """Curated content with drafts. Subclassing it is the one way a model is publishable."""

    curated = True  # staff curate it in admin (see careers.common.permissions)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Who changed what and when, field by field, with restore (django-simple-history).
    history = HistoricalRecords(inherit=True, excluded_fields=["updated_at"])

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        """Long text is stored normalised (careers.common.fields.normalise_text), whichever
        path saves it: admin form, inline, import, seed load, restore."""
        for field in self._meta.concrete_fields:
            if isinstance(field, models.TextField):
                setattr(self, field.attname, normalise_text(getattr(self, field.attname)))
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


def is_publishable(model) -> bool:
    return issubclass(model, Publishable)


class Review(models.TextChoices):
    PENDING = "pending", "Waiting for a publisher"
    APPROVED = "approved", "Approved: live"
    REJECTED = "rejected", "Rejected"


class PendingChange(models.Model):
    """A content editor's change to live content, held for a publisher (see
    careers.common.review)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.BigIntegerField()
    object_repr = models.CharField(max_length=200)
    record = models.JSONField(help_text="The row as the change would leave it (for the diff).")
    # The admin form exactly as the editor sent it, and where: approving replays it, so every
    # field, inline and link the form holds is applied, whatever the content record covers.
    path = models.CharField(max_length=300)
    form_data = models.JSONField()
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pending_changes"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=Review.choices, default=Review.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="pending_change_status_idx")]

    def __str__(self):
        return f"{self.content_type.name}: {self.object_repr}"
