"""Seed loading: a first load into empty content tables, a reload with nothing changed, and a
reload after one corrected value, plus a full export.

Usage: make bench-seed   (uses its own database, bpoportal_seedbench; its content is wiped)
Prints wall time and SQL statements for each step.
"""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bpoportal_seedbench")

import django
import yaml

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from careers.common import hooks  # noqa: E402
from careers.content.exporter import export_all  # noqa: E402
from careers.content.loader import CONTENT_DIR, load_all  # noqa: E402
from careers.content.models import LoadedRecord  # noqa: E402


def timed(label: str, fn) -> None:
    reset_queries()  # the connection keeps only the last 9,000 queries
    with CaptureQueriesContext(connection) as ctx:
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
    print(f"{label:42} {elapsed * 1000:>9.0f} ms {len(ctx.captured_queries):>8} queries")


def wipe() -> None:
    for spec in reversed(hooks.content_specs()):
        spec.model.objects.all().delete()
    LoadedRecord.objects.all().delete()


def main() -> None:
    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    wipe()
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "content"
        shutil.copytree(CONTENT_DIR, pack)
        timed("first load (empty tables)", lambda: load_all(pack))
        timed("reload, nothing changed", lambda: load_all(pack))
        roles = pack / "roles.yaml"
        records = yaml.safe_load(roles.read_text())
        records[0]["summary"] = "Corrected. " + records[0]["summary"]
        roles.write_text(yaml.safe_dump(records, sort_keys=False, allow_unicode=True))
        timed("reload, one value corrected", lambda: load_all(pack))
        timed("export_content (all models)", lambda: export_all(Path(tmp) / "export"))
    rows = sum(spec.model.objects.count() for spec in hooks.content_specs())
    print(f"{rows} content rows in {len(hooks.content_specs())} models")


if __name__ == "__main__":
    main()
