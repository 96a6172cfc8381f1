"""The job-ad matcher's vocabulary (names, abbreviations, aliases, other titles), kept per
process and rebuilt when any of its tables changes: one cheap query a search instead of a
load of every name and a regex compile.

The fingerprint is each table's row count and latest `updated_at`: a save, a publish, an
unpublish, an import or a seed load changes it, a delete changes the count.
"""

import threading

from django.db import connection

from careers.resumes.matcher import Vocabulary
from careers.resumes.models import JargonTerm
from careers.roles.models import Certification, Metric, Role
from careers.skills.models import Skill

TABLES = [model._meta.db_table for model in (Skill, Metric, Certification, Role, JargonTerm)]
_lock = threading.Lock()
_cached: tuple[tuple, Vocabulary] | None = None


def _fingerprint() -> tuple:
    parts = " UNION ALL ".join(
        f"SELECT COUNT(*), MAX(updated_at) FROM {connection.ops.quote_name(t)}" for t in TABLES
    )
    with connection.cursor() as cursor:
        cursor.execute(parts)
        return tuple(cursor.fetchall())


def names_vocabulary() -> Vocabulary:
    global _cached
    key = _fingerprint()
    with _lock:
        if _cached is None or _cached[0] != key:
            _cached = (key, Vocabulary(suggestions=False))
        return _cached[1]
