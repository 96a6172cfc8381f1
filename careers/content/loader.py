"""Load seed content: create what is missing, never touch what exists.

A row that already exists (matched by its natural key) is left exactly as it is, so running the
loader again changes nothing and never overwrites what staff have edited, or re-creates what
they deleted from a row's relations.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml
from django.conf import settings
from django.db import transaction

from careers.common.models import Status
from careers.content.specs import SPECS, Spec, by_slug

CONTENT_DIR = Path(settings.BASE_DIR) / "content"


@dataclass
class FileResult:
    filename: str
    created: int = 0
    kept: int = 0


def read_records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        records = yaml.safe_load(fh) or []
    if not isinstance(records, list):
        raise ValueError(f"{path.name}: expected a list of records")
    return records


def load_records(spec: Spec, records: list[dict], filename: str = "") -> FileResult:
    result = FileResult(filename or spec.filename)
    allowed = set(spec.fields) | set(spec.m2m) | spec.extra_keys() | {"status"}
    for record in records:
        unknown = set(record) - allowed
        if unknown:
            raise ValueError(f"{spec.filename}: unknown field(s) {sorted(unknown)} in {record}")
        key = spec.natural_key(record)
        defaults = {name: record[name] for name in spec.fields if name in record}
        defaults["status"] = record.get("status", Status.PUBLISHED)
        obj, created = spec.model.objects.get_or_create(**key, defaults=defaults)
        if not created:
            result.kept += 1
            continue
        result.created += 1
        for yaml_key, (attr, related) in spec.m2m.items():
            if record.get(yaml_key):
                where = f"{spec.filename} {key}"
                getattr(obj, attr).set(by_slug(related, record[yaml_key], where))
        spec.after_create(obj, record)
    return result


@transaction.atomic
def load_all(content_dir: Path = CONTENT_DIR) -> list[FileResult]:
    """Load every seed file in order, all or nothing."""
    results = []
    for spec in SPECS:
        paths = sorted(content_dir.glob(spec.filename))
        for path in paths:
            try:
                results.append(load_records(spec, read_records(path), path.name))
            except ValueError as exc:
                raise ValueError(f"{path.name}: {exc}") from None
    return results
