"""Querysets compiled to SQL once per process: for the few queries on every job seeker's page.

Turning a queryset into SQL costs the ORM as long as PostgreSQL takes to answer it (issue 28: a
signed-in page's user lookup spent 0.5 ms compiling, 0.45 ms waiting for the database and 0.5 ms
building the queryset and its rows). A page that shows a job seeker's own progress runs a few
such queries on every request, always the same ones with a different owner or user id.

`Compiled(build)` calls `build(STAND_IN)` once per process and keeps its SQL. Each call then runs
that SQL with the real value in the stand-in's place and builds the rows as the ORM would
(`select_related` and annotations included), through Django's own cursor: query counts,
error handling and the connection's health check are unchanged. Declare each one at module
level, and let `build` depend on nothing but its value: it is never called again.

`queryset(value)` is the queryset to read with other apps' (careers.common.reads), carrying
the SQL compiled once: read_all embeds it as it is, and builds the rows with the stand-in's
compiler, so a page reading many of them compiles none (1-2 ms a page on /me/).
"""

import copy
from collections.abc import Callable
from dataclasses import dataclass
from threading import Lock

from django.db import connections
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators

# An id no row has, found again among the SQL's parameters; within 32 bits, as auth_user.id is.
STAND_IN = -1_733_197_955


@dataclass(frozen=True)
class _Plan:
    using: str
    sql: str
    params: tuple
    build_row: Callable[[tuple], Model] | None  # None: a values() query, rows stay tuples
    compiler: object  # the stand-in's, its columns and models set up: it builds the rows


def _row_builder(compiler, using: str) -> Callable[[tuple], Model]:
    """What `ModelIterable` does with each row, prepared once (django/db/models/query.py)."""
    select, klass_info = compiler.select, compiler.klass_info
    start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
    names = [column[0].target.attname for column in select[start:end]]
    related = get_related_populators(klass_info, select, using)
    annotations = dict(compiler.annotation_col_map)
    model = klass_info["model"]

    def build(row: tuple) -> Model:
        obj = model.from_db(using, names, row[start:end])
        for populator in related:
            populator.populate(row, obj)
        for name, position in annotations.items():
            setattr(obj, name, row[position])
        return obj

    return build


class Compiled:
    def __init__(self, build: Callable[[object], QuerySet], stand_in=STAND_IN):
        self._build = build
        self._stand_in = stand_in  # of the type the query compares its value with
        self._plan: _Plan | None = None
        self._lock = Lock()

    def plan(self) -> _Plan:
        if self._plan is None:
            with self._lock:
                if self._plan is None:
                    self._plan = self._compile()
        return self._plan

    def _compile(self) -> _Plan:
        queryset = self._build(self._stand_in)
        compiler = queryset.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        if self._stand_in not in params:
            raise ValueError("a compiled query must use the value it is given")
        models = compiler.klass_info is not None and queryset._fields is None
        builder = _row_builder(compiler, queryset.db) if models else None
        return _Plan(queryset.db, sql, tuple(params), builder, compiler)

    def queryset(self, value) -> QuerySet:
        """The queryset itself for `value`, to read with others (careers.common.reads), with
        its compiled SQL as `compiled_as` (a compiler of its own, SQL, parameters). A
        queryset derived from it (`.filter()`…) is a new one, without: it is compiled as usual."""
        plan = self.plan()
        queryset = self._build(value)
        compiler = copy.copy(plan.compiler)  # read_all patches its execute_sql: one per read
        compiler.connection = connections[plan.using]  # this thread's
        queryset.compiled_as = (compiler, *self.sql(value))
        return queryset

    def sql(self, value) -> tuple[str, list]:
        """The SQL and its parameters for `value` (to embed as a subquery)."""
        plan = self.plan()
        return plan.sql, [value if param == self._stand_in else param for param in plan.params]

    def all(self, value) -> list:
        """The rows for `value`: model instances, or tuples for a values() queryset."""
        plan = self.plan()
        sql, params = self.sql(value)
        with connections[plan.using].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return [plan.build_row(row) for row in rows] if plan.build_row else rows

    def first(self, value):
        rows = self.all(value)
        return rows[0] if rows else None
