"""Content built once per test run and copied back in for each test that needs it.

Loading the seed content takes seconds (thousands of rows, each with its history, loaded record
and search entry); dozens of tests start from it. A snapshot runs such a builder once per run,
inside a transaction that is rolled back, and keeps the rows it added as PostgreSQL COPY data.
`restore()` copies them into the test's own database in a fraction of a second, inside the
test's transaction (or, for a live-server test, committed and flushed afterwards as usual): the
rows, their primary keys and every generated column are exactly the builder's.

`once_per_run()` shares such a set-up between pytest-xdist's workers: one builds, the others
read its result (a snapshot's rows fit any worker's database: all are migrated alike).
"""

import copy
import fcntl
import os
import pickle
from dataclasses import dataclass

from django.db import connection, transaction


@dataclass(frozen=True)
class Table:
    name: str
    pk: str
    sequence: str | None  # the primary key's, moved past the copied rows
    columns: tuple[str, ...]  # all but the generated ones, which PostgreSQL computes again
    rows: bytes  # COPY text format


@dataclass(frozen=True)
class Snapshot:
    tables: tuple[Table, ...]
    result: object  # what the builder returned


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def _writable_columns(cursor, table: str) -> tuple[str, ...]:
    cursor.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0"
        " AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
        [_q(table)],
    )
    return tuple(name for (name,) in cursor.fetchall())


def _fingerprints(cursor, tables) -> dict[str, tuple]:
    """Per table: primary key column, highest key, and a hash of every row."""
    found = {}
    for table in tables:
        pk = connection.introspection.get_primary_key_column(cursor, table)
        order = _q(pk) if pk else "1"
        cursor.execute(
            f"SELECT max({order}), md5(coalesce(string_agg(t::text, '|' ORDER BY {order}), ''))"
            f" FROM {_q(table)} t"
        )
        found[table] = (pk, *cursor.fetchone())
    return found


def capture(build, on: Snapshot | None = None) -> Snapshot:
    """Run `build()` in a transaction that is rolled back (after restoring `on`, if given: the
    snapshot then holds only what `build()` added to it); keep the rows it added. A builder
    that changes or deletes rows that were there before cannot be replayed: that fails here."""
    with transaction.atomic(), connection.cursor() as cursor:
        if on is not None:
            restore(on)
        tables = connection.introspection.table_names(cursor)
        before = _fingerprints(cursor, tables)
        result = build()
        after = _fingerprints(cursor, tables)
        kept = []
        for table in tables:
            if after[table] == before[table]:
                continue
            pk, highest, _ = before[table]
            if pk is None:
                raise AssertionError(f"{table} changed but has no primary key to copy by")
            if highest is not None:
                cursor.execute(
                    f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY {_q(pk)}), ''))"
                    f" FROM {_q(table)} t WHERE {_q(pk)} <= %s",
                    [highest],
                )
                if cursor.fetchone()[0] != before[table][2]:
                    raise AssertionError(f"the builder changed rows that were already in {table}")
            columns = _writable_columns(cursor, table)
            cursor.execute("SELECT pg_get_serial_sequence(%s, %s)", [_q(table), pk])
            (sequence,) = cursor.fetchone()
            if sequence is None and highest is not None:
                # without a sequence, new keys need not sort after the old ones
                raise AssertionError(f"{table} had rows and has no key sequence to copy by")
            where = f"WHERE {_q(pk)} > %s" if highest is not None else ""
            select = cursor.mogrify(
                f"SELECT {', '.join(map(_q, columns))} FROM {_q(table)} {where} ORDER BY {_q(pk)}",
                [highest] if highest is not None else [],
            )
            with cursor.copy(f"COPY ({select}) TO STDOUT") as stream:
                rows = b"".join(bytes(block) for block in stream)
            kept.append(Table(table, pk, sequence, columns, rows))
        transaction.set_rollback(True)
    return Snapshot(tuple(kept), result)


def restore(snapshot: Snapshot) -> object:
    """Copy the snapshot's rows in (in one transaction: foreign keys are checked at its end) and
    move each table's key sequence past them; returns (a copy of) what the builder returned."""
    with transaction.atomic(), connection.cursor() as cursor:
        for table in snapshot.tables:
            name = _q(table.name)
            with cursor.copy(
                f"COPY {name} ({', '.join(map(_q, table.columns))}) FROM STDIN"
            ) as stream:
                stream.write(table.rows)
            # Announced as any write is (bpoportal.serving.content_version watches every
            # statement): cached pages and vocabularies are built afresh from these rows.
            cursor.execute(f"UPDATE {name} SET {_q(table.pk)} = {_q(table.pk)} WHERE false")
            if table.sequence:
                cursor.execute(
                    f"SELECT setval(%s, (SELECT max({_q(table.pk)}) FROM {name}))",
                    [table.sequence],
                )
    return copy.deepcopy(snapshot.result)  # a test may change what it was given


def once_per_run(tmp_path_factory, name: str, build):
    """`build()` once for the whole run: under xdist the first worker to ask builds and leaves
    the result in the run's shared temporary folder; the others wait for it and read it."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        return build()
    shared = tmp_path_factory.getbasetemp().parent  # one per run, the workers' folders in it
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # until the file is closed
        done = shared / f"{name}.pickle"
        if done.exists():
            return pickle.loads(done.read_bytes())
        value = build()
        done.write_bytes(pickle.dumps(value))
        return value


def copy_packs(directory, *patterns: str):
    """A copy of some seed packs (file name patterns) in `directory`, to correct or load again:
    reloading one pack takes about a second where the whole seed takes seven."""
    import shutil

    from careers.content.loader import CONTENT_DIR

    directory.mkdir(exist_ok=True)
    for pattern in patterns:
        for path in CONTENT_DIR.glob(pattern):
            shutil.copy(path, directory)
    return directory
