"""Model fields several areas share."""

from django.contrib.postgres.fields import ArrayField
from django.db import models


def phrase_list(help_text: str) -> ArrayField:
    """Short phrases edited as one comma-separated line in admin (aliases, other titles)."""
    return ArrayField(
        models.CharField(max_length=80), blank=True, default=list, help_text=help_text
    )


def normalise_text(value):
    """Long text (Markdown) as it is stored: Unix line endings and no trailing blank lines or
    spaces. A browser sends a textarea with CRLF line endings and YAML block text ends with a
    newline: without this, saving a form untouched or loading the seed again would look like
    an edit (in the history, a publisher's review and the seed loader alike)."""
    if not isinstance(value, str):
        return value
    return value.replace("\r\n", "\n").replace("\r", "\n").rstrip()
