"""How a model is written to and read from content: one definition per model, owned by its app.

A `ContentSpec` lists a model's columns. The same columns give the record shape of the seed and
exported YAML packs (careers.content) and the rows of admin CSV/JSON import and export
(`ContentResource` below), so the two cannot drift apart. Related rows are named by their slugs;
lists are YAML lists, or "a|b" in a CSV cell.

An app declares its specs in its `content.py` and registers them in its `hooks.py`
(`hooks.content(SPEC)`); a higher app adds columns to a lower app's spec with
`hooks.content_columns(Model, column)`, as skills does for a role's essential skills.
"""

import json
from functools import cached_property

from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models

from careers.common import hooks
from careers.common.fields import normalise_text
from careers.common.models import Publishable, Status

SEPARATOR = "|"


def by_slug(model, slugs: list[str], where: str = "") -> list:
    """The rows of `model` with these slugs, in that order; an unknown slug is a ValueError."""
    found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        prefix = f"{where}: " if where else ""
        raise ValueError(f"{prefix}unknown {model._meta.verbose_name} slug(s): {missing}")
    return [found[slug] for slug in slugs]


def _split(raw) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, list | tuple):
        return [str(item).strip() for item in raw if str(item).strip()]
    return [item.strip() for item in str(raw).split(SEPARATOR) if item.strip()]


class Column:
    """One key of a record. Values are what YAML holds: text, numbers, booleans, lists."""

    deferred = False  # True: written after the row is saved (many-to-many, child rows)
    prefetch: tuple[str, ...] = ()  # what the exporter prefetches to read it
    omit_when = object()  # the exporter leaves the key out when the value equals this

    def __init__(self, name: str, attr: str | None = None) -> None:
        self.name = name
        self.attr = attr or name

    def bind(self, model) -> "Column":
        self.model = model
        return self

    def get(self, obj):
        return getattr(obj, self.attr)

    def default(self):
        return self.model._meta.get_field(self.attr).get_default()

    def set(self, obj, value) -> None:
        setattr(obj, self.attr, value)

    def lookup(self, value) -> dict:
        """The ORM filter that finds a row by this column (for natural-key columns)."""
        return {self.attr: value}

    def merge(self, current, loaded, new):
        """A reload: take the new seed value unless staff changed this column since loading."""
        return new if current == loaded else current

    def same(self, a, b) -> bool:
        """Whether two values of this column say the same thing (a reload's comparisons)."""
        return a == b

    def same_as_stored(self, value):
        """A value read back from a row or an earlier load, in the form a save stores it."""
        return value

    # CSV cells hold text; JSON and YAML hold real values.
    def to_cell(self, value):
        return value

    def from_cell(self, raw):
        return raw


class Field(Column):
    """A plain model field: text, number, boolean, choice, or a list (ArrayField)."""

    @cached_property
    def field(self):
        return self.model._meta.get_field(self.attr)

    @property
    def is_list(self) -> bool:
        return isinstance(self.field, ArrayField)

    def get(self, obj):
        value = getattr(obj, self.attr)
        return list(value) if self.is_list else value

    def to_cell(self, value):
        if self.is_list:
            return SEPARATOR.join(value)
        if isinstance(value, bool):
            return "true" if value else "false"
        return value

    def from_cell(self, raw):
        if self.is_list:
            return _split(raw)
        if isinstance(self.field, models.BooleanField) and isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes", "t"}
        if raw in ("", None) and not isinstance(self.field, models.CharField | models.TextField):
            return None if self.field.null else self.default()
        if raw is None:
            return self.default()
        if isinstance(self.field, models.TextField):
            return normalise_text(raw)  # as the model stores it
        return raw

    def same_as_stored(self, value):
        return normalise_text(value) if isinstance(self.field, models.TextField) else value


class StatusField(Field):
    """Draft or published. Seed records are published unless they say otherwise."""

    omit_when = Status.PUBLISHED

    def default(self):
        return Status.PUBLISHED


class Ref(Column):
    """A foreign key, named by the related row's slug (a career step's two roles)."""

    @property
    def related(self):
        return self.model._meta.get_field(self.attr).related_model

    def get(self, obj):
        return getattr(obj, self.attr).slug

    def default(self):
        return None

    def resolve(self, slug):
        return by_slug(self.related, [slug])[0]

    def set(self, obj, value) -> None:
        setattr(obj, self.attr, self.resolve(value))

    def lookup(self, value) -> dict:
        return {self.attr: self.resolve(value)}


class SlugList(Column):
    """A many-to-many relation (either direction), as the sorted slugs of the related rows."""

    deferred = True

    @property
    def prefetch(self):
        return (self.attr,)

    @property
    def related(self):
        return self.model._meta.get_field(self.attr).related_model

    def get(self, obj):
        return sorted(related.slug for related in getattr(obj, self.attr).all())

    def default(self):
        return []

    def set(self, obj, value) -> None:
        getattr(obj, self.attr).set(by_slug(self.related, list(value)))

    def merge(self, current, loaded, new):
        """Per item: what the seed added is added, what it dropped is dropped, and what staff
        added or removed themselves stays that way."""
        current, loaded, new = set(current), set(loaded), set(new)
        return sorted((current | (new - loaded)) - (loaded - new))

    def to_cell(self, value):
        return SEPARATOR.join(value)

    def from_cell(self, raw):
        return sorted(set(_split(raw)))


class Records(Column):
    """Child rows as a list of small dicts (a question's scorecard lines). JSON in a CSV cell.

    A reload compares child rows by their natural key (`natural_key`: the item's fields that
    name one child), not by their position: rows the database reads back in another order than
    the pack lists them (a model's ordering, rows renumbered in admin) are no staff edit."""

    deferred = True
    omit_when = []
    # Item fields naming one child among its siblings; empty: the whole item. Sorting is stable,
    # so children sharing a key keep their order (a mock-call step's branches, tried in order).
    natural_key: tuple[str, ...] = ()

    def default(self):
        return []

    def canonical(self, value) -> list:
        """The items in natural-key order: equal for the same children in any order."""

        def key(item):
            if self.natural_key:
                return tuple(str(item.get(name) or "") for name in self.natural_key)
            return json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)

        return sorted(value, key=key)

    def same(self, a, b) -> bool:
        return self.canonical(a) == self.canonical(b)

    def merge(self, current, loaded, new):
        """Staff changed the children (other rows or content, in any order): keep theirs. The
        seed left them as it loaded them: keep the rows as they are, in their order. Otherwise
        the seed's new children, in its order."""
        if not self.same(current, loaded) or new == loaded:
            return current
        return new

    def to_cell(self, value):
        return json.dumps(value, ensure_ascii=False) if value else ""

    def from_cell(self, raw):
        if raw in (None, ""):
            return []
        if isinstance(raw, str):
            try:
                raw = json.loads(raw)
            except ValueError:
                raise ValueError(f"{self.name}: expected a JSON list") from None
        if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
            raise ValueError(f"{self.name}: expected a list of objects")
        return raw


class ContentSpec:
    """A model's columns, its natural key, and the seed file it is kept in."""

    def __init__(self, model, filename: str, columns: list[Column], key=("slug",)) -> None:
        self.model = model
        self.filename = filename
        self._columns = columns
        self.key = tuple(key)

    @cached_property
    def columns(self) -> list[Column]:
        """Read on first use, after every app's hooks have added their columns."""
        columns = [*self._columns, *hooks.extra_columns_for(self.model)]
        if issubclass(self.model, Publishable):
            columns.append(StatusField("status"))
        return [column.bind(self.model) for column in columns]

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.name == name)

    # --- records ---------------------------------------------------------------------------

    def normalize(self, record: dict) -> dict:
        """Every column's value, defaults filled in; unknown or missing keys are a ValueError."""
        if not isinstance(record, dict):
            raise ValueError(f"expected a record with named fields, not {record!r}")
        unknown = set(record) - {column.name for column in self.columns}
        if unknown:
            raise ValueError(f"unknown field(s) {sorted(unknown)} in {record}")
        missing = [name for name in self.key if record.get(name) in (None, "")]
        if missing:
            raise ValueError(f"missing {missing} in {record}")
        return {
            column.name: column.from_cell(record[column.name])
            if column.name in record
            else column.default()
            for column in self.columns
        }

    def key_of(self, record: dict) -> dict:
        return {name: record[name] for name in self.key}

    def describe(self, record: dict) -> str:
        return " -> ".join(str(record[name]) for name in self.key)

    def find(self, record: dict):
        lookup = {}
        for name in self.key:
            lookup.update(self.column(name).lookup(record[name]))
        return self.model.objects.filter(**lookup).first()

    def serialize(self, obj) -> dict:
        return {column.name: column.get(obj) for column in self.columns}

    def as_stored(self, record: dict) -> dict:
        """`record` (a row read back, an earlier load) with each value in the form a save
        stores it, so text saved before normalisation never counts as a change."""
        columns = {column.name: column for column in self.columns}
        return {
            name: columns[name].same_as_stored(value) if name in columns else value
            for name, value in record.items()
        }

    def export_record(self, obj) -> dict:
        return {
            name: value
            for name, value in self.serialize(obj).items()
            if value != self.column(name).omit_when
        }

    def export_queryset(self):
        related = [c.attr for c in self.columns if isinstance(c, Ref)]
        many = [lookup for c in self.columns for lookup in c.prefetch]
        return self.model.objects.select_related(*related).prefetch_related(*many)

    # --- writing ---------------------------------------------------------------------------

    def save(self, obj, values: dict) -> None:
        """Set the row's own columns, validate it like the admin form would, and save it."""
        for column in self.columns:
            if not column.deferred and column.name in values:
                column.set(obj, values[column.name])
        try:
            obj.full_clean()
        except ValidationError as exc:
            raise ValueError("; ".join(exc.messages)) from None
        obj.save()

    def save_deferred(self, obj, values: dict) -> None:
        for column in self.columns:
            if column.deferred and column.name in values:
                column.set(obj, values[column.name])
