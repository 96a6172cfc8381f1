"""Publishable content: the draft/published rule every curated model follows."""

from django.db import models
from simple_history.models import HistoricalRecords


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

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED


def is_publishable(model) -> bool:
    return issubclass(model, Publishable)
