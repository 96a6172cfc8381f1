"""Admin CSV/JSON import and export (django-import-export), built from the model's content spec.

A CSV row has the same columns as a YAML record: related rows by slug, lists as "a|b", a
question's scorecard as JSON. Every row is validated like the admin form would (constraints
included), and an import with any invalid row writes nothing.
"""

from functools import cache

from django.core.exceptions import ValidationError
from import_export import fields, resources

from careers.common import hooks
from careers.common.content_spec import ContentSpec
from careers.common.publishing import enforce_publish_rule


class SpecField(fields.Field):
    def __init__(self, column) -> None:
        super().__init__(attribute=column.name, column_name=column.name)
        self.column = column

    def clean(self, row, **kwargs):
        return self.column.from_cell(row.get(self.column_name))

    def get_value(self, instance):
        if instance.pk is None and self.column.deferred:
            return self.column.default()  # no relations before the row exists
        try:
            return self.column.get(instance)
        except AttributeError:  # a foreign key not set yet
            return None

    def export(self, instance, **kwargs):
        value = self.get_value(instance)
        return "" if value is None else self.column.to_cell(value)


class ContentResource(resources.ModelResource):
    spec: ContentSpec

    class Meta:
        clean_model_instances = True  # full_clean(): the same checks as the admin form
        skip_unchanged = False

    def get_instance(self, instance_loader, row):
        try:
            record = {name: self.fields[name].clean(row) for name in self.spec.key}
            return self.spec.find(record)
        except (KeyError, ValueError):
            return None  # reported when the row's own columns are checked

    def _write(self, instance, row, *, deferred: bool) -> None:
        errors = {}
        for column in self.spec.columns:
            if column.deferred != deferred or column.name not in row:
                continue
            try:
                column.set(instance, self.fields[column.name].clean(row))
            except ValueError as exc:
                # keyed by the model field, so full_clean() doesn't report it a second time
                errors[column.attr] = ValidationError(str(exc), code="invalid")
        if errors:
            raise ValidationError(errors)

    def import_instance(self, instance, row, **kwargs):
        self._write(instance, row, deferred=False)

    def save_m2m(self, instance, row, **kwargs):
        if not kwargs.get("dry_run") or self._is_using_transactions(kwargs):
            self._write(instance, row, deferred=True)

    def before_save_instance(self, instance, row, **kwargs):
        enforce_publish_rule(kwargs.get("user"), instance)


@cache
def content_resource(model) -> type[ContentResource]:
    spec = hooks.content_spec_for(model)
    if spec is None:
        raise LookupError(f"{model.__name__} has no content spec (register it in hooks.py)")
    declared = {column.name: SpecField(column) for column in spec.columns}
    meta = type(
        "Meta",
        (ContentResource.Meta,),
        {"model": model, "fields": list(declared), "import_id_fields": list(spec.key)},
    )
    return type(
        f"{model.__name__}Resource", (ContentResource,), {**declared, "spec": spec, "Meta": meta}
    )
