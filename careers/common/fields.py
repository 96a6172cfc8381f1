"""Model fields several areas share."""

from django.contrib.postgres.fields import ArrayField
from django.db import models


def phrase_list(help_text: str) -> ArrayField:
    """Short phrases edited as one comma-separated line in admin (aliases, other titles)."""
    return ArrayField(
        models.CharField(max_length=80), blank=True, default=list, help_text=help_text
    )
