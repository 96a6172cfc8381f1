"""Many apps' reads in one SQL statement: how a job seeker's own pages (/me/, /plan/) stay at a
few queries however many apps add to them.

A hook that needs rows returns `Reads(querysets, then)` instead of running them: the page
collects every hook's Reads, runs all their querysets as one statement (`read_all`), and calls
each `then(rows of the first, rows of the second, …)` with what Django would have built (model
instances with their select_related and annotations, or values() dicts), to make what the hook
returns (a Section, milestones). A `then` that needs more rows, read from what it just got,
returns another Reads: it joins the next statement, with every other hook's second reads. So a
page runs one statement per round of reads, not one per app. `Each(items, then)` waits for
several of them (a plan's view and every app's milestones for it).

The statement is the journey's (careers.common.journey): one SELECT of subqueries, here each
aggregating its queryset's rows to JSON, which come back typed through the queryset's own fields.
"""

import datetime
import decimal
import json
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet


@dataclass(frozen=True, eq=False)
class Reads:
    """Querysets to read with every other hook's, and `then(*rows)`: what to make of them."""

    querysets: tuple[QuerySet, ...]
    then: Callable


@dataclass(frozen=True, eq=False)
class Each:
    """Several results, some of them Reads: `then(list of their results)` once all are read."""

    items: list
    then: Callable = list


def select_values(parts: list[tuple[str, list]]) -> tuple:
    """One statement, one row: SELECT (part), (part), … where each part is one value."""
    params = [arg for _, args in parts for arg in args]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"({sql})" for sql, _ in parts), params)
        return cursor.fetchone()


def _compiled(queryset) -> tuple:
    """The queryset's compiler, SQL and parameters (SQL None: it has no rows, e.g. pk__in=[]).
    A queryset from common.compiled.Compiled.queryset brings them, compiled once a process."""
    if (ready := getattr(queryset, "compiled_as", None)) is not None:
        return ready
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:  # no rows, and no SQL to run for them
        return compiler, None, []
    return compiler, sql, list(params)


def _as_json_rows(compiler, sql: str | None, params: list) -> tuple[str, list]:
    """The query as one value: its rows as a JSON array of arrays, in the query's own order
    (an aggregate over an ordered subquery keeps that order, PostgreSQL's documented way)."""
    if sql is None:
        return "SELECT '[]'::json", []
    names = ", ".join(f"c{i}" for i in range(compiler.col_count))
    rows = f"coalesce(json_agg(json_build_array({names})), '[]')"
    return f"SELECT {rows} FROM ({sql}) AS t({names})", list(params)


def _converter(field) -> Callable | None:
    """How a JSON value of `field` comes back as the database driver would have given it
    (None: as it is). Chosen once per column, not per value."""
    if field is None:
        return None
    kind = field.get_internal_type()
    if kind == "JSONField":
        return json.dumps  # the field's from_db_value parses it, as for any jsonb read
    if kind == "DateTimeField":
        return datetime.datetime.fromisoformat
    if kind == "DateField":
        return datetime.date.fromisoformat
    if kind == "DecimalField":
        return lambda value: decimal.Decimal(str(value))
    return field.to_python


def read_all(querysets: list[QuerySet]) -> list[list]:
    """Every queryset's results (what list(queryset) gives) from one SQL statement."""
    for qs in querysets:
        if qs._prefetch_related_lookups:  # they would run queries of their own: prefetched()
            raise ValueError("a queryset to read with others cannot prefetch_related")
    if len(querysets) < 2:  # nothing to combine: the ORM's own query
        return [list(qs) for qs in querysets]
    compiled = [_compiled(qs) for qs in querysets]
    values = select_values([_as_json_rows(*each) for each in compiled])
    compilers = [compiler for compiler, _, _ in compiled]
    out = []
    for qs, compiler, rows in zip(querysets, compilers, values, strict=True):
        # An extra() column (a prefetch's join key) has no field: its JSON value is kept.
        converters = [
            _converter(expression._output_field_or_none)
            for expression, _, _ in compiler.select or ()
        ]
        typed = [
            [v if v is None or c is None else c(v) for v, c in zip(row, converters, strict=True)]
            for row in rows
        ]
        out.append(_built(qs, compiler, typed))
    return out


def _built(queryset: QuerySet, compiler, rows: list) -> list:
    """What the queryset builds from `rows` (instances, dicts…), with no query of its own.
    `compiler` is the one that wrote the queryset's SQL (or the same SQL, Compiled): as_sql()
    prepared its columns and models, as execute_sql() would have, so the rows are built
    without compiling again."""
    qs = queryset._chain()

    def execute_sql(*args, **kwargs):  # list(queryset) asks for every row, in chunks
        return [rows]

    compiler.execute_sql = execute_sql
    qs.query.get_compiler = lambda using=None, connection=None, elide_empty=True: compiler
    return list(qs)


def prefetched(instances: list, name: str, queryset: QuerySet | None = None):
    """Reads of what prefetch_related(Prefetch(name, queryset)) would read for `instances` (a
    many-to-many or reverse foreign key), put where `instance.<name>.all()` finds it; a Reads
    whose result is `instances`, or `instances` itself when there are none."""
    if not instances:
        return instances
    manager = getattr(instances[0], name)
    rows, row_key, instance_key, _, cache_name, _ = manager.get_prefetch_querysets(
        instances, [queryset] if queryset is not None else None
    )

    def attach(rows):
        by_key: dict = {}
        for row in rows:
            by_key.setdefault(row_key(row), []).append(row)
        for instance in instances:  # as prefetch_one_level does for a many-valued relation
            related = getattr(instance, name)
            kept = (
                related.get_queryset() if queryset is None else related._apply_rel_filters(queryset)
            )
            kept._result_cache = by_key.get(instance_key(instance), [])
            kept._prefetch_done = True
            if not hasattr(instance, "_prefetched_objects_cache"):
                instance._prefetched_objects_cache = {}
            instance._prefetched_objects_cache[cache_name] = kept
        return instances

    return Reads((rows,), attach)


def _pending(node) -> bool:
    return isinstance(node, Reads | Each)


def _leaves(node, out: list) -> list:
    if isinstance(node, Reads):
        out.append(node)
    elif isinstance(node, Each):
        for item in node.items:
            _leaves(item, out)
    return out


def _step(node, done: dict):
    """Replace the Reads that were read by their results, and finish each Each whose items are
    all there; what is still to read stays for the next round."""
    if isinstance(node, Reads):
        return _step(node.then(*done[id(node)]), {}) if id(node) in done else node
    if isinstance(node, Each):
        items = [_step(item, done) for item in node.items]
        if any(_pending(item) for item in items):
            return Each(items, node.then)
        return _step(node.then(items), {})
    return node


def resolve_all(nodes: list) -> list:
    """Every node's result: plain values stay, Reads and Each are read, one statement a round."""
    nodes = [_step(node, {}) for node in nodes]
    while leaves := [leaf for node in nodes for leaf in _leaves(node, [])]:
        rows = iter(read_all([qs for leaf in leaves for qs in leaf.querysets]))
        done = {id(leaf): [next(rows) for _ in leaf.querysets] for leaf in leaves}
        nodes = [_step(node, done) for node in nodes]
    return nodes


def resolve(node):
    return resolve_all([node])[0]
