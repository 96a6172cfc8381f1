"""Load a content pack (the seed in content/, or an exported pack): create what is missing,
bring rows that staff have not edited up to date, and keep whatever staff changed or deleted.

Each model's content spec (careers.common.content_spec, registered through hooks) says how its
records map onto rows. For every row the loader remembers the record it last loaded
(`LoadedRecord`); on a reload, column by column, a value still equal to that record is updated
to the new one, and a value that differs was edited by staff and is kept. Lists of related rows
merge item by item, and child rows compare by their natural key, not their order (the order
the database reads them back in is no staff edit). The whole load is one transaction: any bad
record writes nothing.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction

from careers.common import hooks
from careers.common.content_spec import ContentSpec
from careers.content.models import LoadedRecord

CONTENT_DIR = Path(settings.BASE_DIR) / "content"


@dataclass
class FileResult:
    filename: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)  # rows with staff edits left as they are

    def summary(self) -> str:
        text = (
            f"{self.filename}: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged"
        )
        if self.kept:
            text += f", {len(self.kept)} kept as staff left them ({', '.join(self.kept)})"
        return text


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        records = yaml.safe_load(fh) or []
    if not isinstance(records, list):
        raise ValueError("expected a list of records")
    return records


def _baseline(obj, current: dict, new: dict) -> dict:
    """For a row loaded before the loader kept records: if no staff member ever saved it
    (history names no user), all of it is seed content; otherwise trust only what equals the
    new seed record, so that anything staff may have changed is kept."""
    history = getattr(obj, "history", None)
    if history is not None and history.filter(history_user__isnull=False).exists():
        return new
    return current


class Load:
    def __init__(self) -> None:
        self.deferred: list[tuple[ContentSpec, object, dict, str]] = []

    def record(self, spec: ContentSpec, raw: dict, result: FileResult) -> None:
        new = spec.normalize(raw)
        key = json.dumps(spec.key_of(new), sort_keys=True, ensure_ascii=False)
        label = spec.model._meta.label_lower
        loaded = LoadedRecord.objects.filter(model=label, key=key).first()
        obj = spec.find(new)
        if obj is None and loaded is not None:
            result.kept.append(f"{spec.describe(new)} (deleted)")
            return
        if obj is None:
            obj, final, current = spec.model(), new, None
            result.created += 1
        else:
            # Compared as stored (CRLF line endings, a trailing newline are no staff edit).
            current = spec.as_stored(spec.serialize(obj))
            last = spec.as_stored(loaded.values) if loaded else _baseline(obj, current, new)
            final = {
                c.name: c.merge(current[c.name], last.get(c.name, current[c.name]), new[c.name])
                for c in spec.columns
            }
            if not all(c.same(final[c.name], new[c.name]) for c in spec.columns):
                result.kept.append(spec.describe(new))
            if final == current:
                result.unchanged += 1
            else:
                result.updated += 1
        own = [c.name for c in spec.columns if not c.deferred]
        if current is None or any(final[name] != current[name] for name in own):
            spec.save(obj, final)
        later = {
            c.name: final[c.name]
            for c in spec.columns
            if c.deferred and (current is None or final[c.name] != current[c.name])
        }
        if later:
            self.deferred.append((spec, obj, later, spec.describe(new)))
        LoadedRecord.objects.update_or_create(model=label, key=key, defaults={"values": new})

    def finish(self) -> None:
        """Relations last, once every file's rows exist (a role names skills loaded later)."""
        for spec, obj, values, where in self.deferred:
            try:
                spec.save_deferred(obj, values)
            except ValueError as exc:
                raise ValueError(f"{spec.filename} {where}: {exc}") from None


@transaction.atomic
def load_all(content_dir: Path = CONTENT_DIR) -> list[FileResult]:
    """Load every content file in spec order, all or nothing."""
    load, results = Load(), []
    for spec in hooks.content_specs():
        for path in sorted(content_dir.glob(spec.filename)):
            result = FileResult(path.name)
            try:
                for raw in read_records(path):
                    load.record(spec, raw, result)
            except ValueError as exc:
                raise ValueError(f"{path.name}: {exc}") from None
            results.append(result)
    load.finish()
    return results
