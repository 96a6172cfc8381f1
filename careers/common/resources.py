"""CSV/JSON import and export for every curated model (django-import-export), one way for all.

Rows are matched by slug (or by the model's natural key, e.g. a career step's two roles);
related rows are named by their slugs, lists are joined with "|". Every row is validated like
the admin form would (constraints included), and an import with any invalid row writes nothing.
"""

from functools import cache

from django.contrib.postgres.fields import ArrayField
from django.db import models
from import_export import fields, resources, widgets

SEPARATOR = "|"


class ListWidget(widgets.SimpleArrayWidget):
    """A list column: "a|b" in CSV, a real list (or that string) in JSON."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, list):
            return [str(item) for item in value]
        return super().clean(value, row=row, **kwargs)


def _has_slug(model) -> bool:
    return any(f.name == "slug" for f in model._meta.fields)


def natural_key(model) -> list[str]:
    if _has_slug(model):
        return ["slug"]
    for constraint in model._meta.constraints:
        if isinstance(constraint, models.UniqueConstraint) and constraint.condition is None:
            return list(constraint.fields)
    return ["id"]


@cache
def content_resource(model) -> type[resources.ModelResource]:
    declared = {}
    for field in model._meta.get_fields():
        if field.auto_created or (not field.concrete and not field.many_to_many):
            continue
        related = field.related_model
        if field.many_to_many and related is not None and _has_slug(related):
            widget = widgets.ManyToManyWidget(related, field="slug", separator=SEPARATOR)
        elif field.many_to_one and _has_slug(related):
            widget = widgets.ForeignKeyWidget(related, field="slug")
        elif isinstance(field, ArrayField):
            widget = ListWidget(separator=SEPARATOR)
        else:
            continue
        declared[field.name] = fields.Field(
            attribute=field.name, column_name=field.name, widget=widget
        )
    skipped = [
        f.name
        for f in model._meta.get_fields()
        if f.many_to_many and not f.auto_created and not _has_slug(f.related_model)
    ]
    meta = type(
        "Meta",
        (),
        {
            "model": model,
            "import_id_fields": natural_key(model),
            "exclude": ["id", "created_at", "updated_at", *skipped],
            "skip_unchanged": True,
            "report_skipped": True,
            "clean_model_instances": True,  # full_clean(): the same checks as the admin form
        },
    )
    return type(f"{model.__name__}Resource", (resources.ModelResource,), {**declared, "Meta": meta})
