"""One content version for everything cached: rendered pages, compiled vocabularies.

The version is a random token in the shared cache. It changes whenever a row of a content
table changes, and it is noticed where no code path can skip it: a database execute wrapper
sees every INSERT, UPDATE and DELETE the portal sends (model saves, deletes, many-to-many
changes, `QuerySet.update()`, bulk creates, raw SQL, imports, seed loads, version restores,
approvals). After the transaction commits the version is bumped, so other app servers see the
change on their next request; a request that reads the version in the thread that wrote
(a test, or the same admin request) bumps it at once.

Content tables are the tables of every model of the project's own apps (not Django's or a
library's) except a job seeker's own data (any model that belongs to an owner or a user
through a required foreign key, at any depth) and the few bookkeeping models apps declare with
`hooks.not_content`.
A new app's models are covered without any change here.
"""

import logging
import re
import secrets
import threading
from functools import cache as once

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction

from careers.common import hooks

log = logging.getLogger(__name__)

VERSION_KEY = "content-version"

# The job seeker's own data hangs off these (directly or through a required foreign key).
OWNER_MODELS = ("seekers.Owner", settings.AUTH_USER_MODEL)

# The tables a statement writes: INSERT, UPDATE, DELETE, MERGE, TRUNCATE, also inside WITH.
WRITE = re.compile(
    r"\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO|TRUNCATE(?:\s+TABLE)?(?:\s+ONLY)?)"
    r'\s+"?([\w.]+)"?',
    re.IGNORECASE,
)

# .dirty: this thread wrote content since its last bump; .wrote: any write in this request
_state = threading.local()
_unannounced = [False]  # a bump that did not reach the cache; retried by the next reader
_memo: dict[str, tuple[str, object]] = {}
_memo_lock = threading.Lock()


def _belongs_to_someone(model, owners: set, seen: frozenset = frozenset()) -> bool:
    if model in owners:
        return True
    for field in model._meta.concrete_fields:
        target = field.related_model if field.is_relation else None
        if target is None or field.null or target in seen:
            continue
        if _belongs_to_someone(target, owners, seen | {model}):
            return True
    return False


@once
def content_tables() -> frozenset[str]:
    owners = {apps.get_model(label) for label in OWNER_MODELS}
    # Written by visitors or staff but never shown on a public page (each app says which).
    ignored = {apps.get_model(label) for label in hooks.not_content_labels()}
    tables = set()
    for model in apps.get_models(include_auto_created=True):
        if not _ours(model._meta.app_config.path):
            continue  # Django's and libraries' tables: sessions, users, login attempts
        if model in ignored or _belongs_to_someone(model, owners):
            continue
        tables.add(model._meta.db_table)
    return frozenset(tables)


def _ours(path: str) -> bool:
    return path.startswith(str(settings.BASE_DIR)) and "site-packages" not in path


def written_tables(sql) -> list[str]:
    if not isinstance(sql, str) or sql.lstrip()[:6].upper() == "SELECT":
        return []  # most statements: one cheap check
    return WRITE.findall(sql)


def watch_writes(execute, sql, params, many, context):
    """Execute wrapper on every connection (installed by CommonConfig.ready)."""
    result = execute(sql, params, many, context)
    tables = written_tables(sql)
    if tables:
        _state.wrote = True
        if not content_tables().isdisjoint(tables):
            _changed(context["connection"])
    return result


def start_request() -> None:
    _state.wrote = False


def wrote_during_request() -> bool:
    """Whether this request wrote anything: a page with side effects is never cached."""
    return getattr(_state, "wrote", False)


def _changed(connection) -> None:
    _state.dirty = True
    if not connection.in_atomic_block:
        bump()  # autocommit: already committed
    elif not _awaiting_commit(connection):
        transaction.on_commit(bump, using=connection.alias, robust=True)


def _awaiting_commit(connection) -> bool:
    return any(entry[1] is bump for entry in connection.run_on_commit)


def bump() -> None:
    """A new version. If the cache does not take it (an outage: nothing is served from the
    cache meanwhile), the next reader in this process tries again, so no change stays
    unannounced once the cache is back."""
    _state.dirty = False
    token = secrets.token_hex(8)
    try:
        cache.set(VERSION_KEY, token, timeout=None)
        _unannounced[0] = cache.get(VERSION_KEY) != token
    except Exception:
        _unannounced[0] = True
    if _unannounced[0]:
        log.warning("the content version could not be changed; trying again on the next request")


def settle() -> None:
    """Bump now if this thread wrote content it has not announced yet."""
    if getattr(_state, "dirty", False) or _unannounced[0]:
        bump()


def version(known: str | None = None) -> str | None:
    """The current content version, or None when the cache cannot be reached (then nothing
    is cached). `known`: the value just read along with other keys, after `settle()`."""
    if known is not None:
        return known
    settle()
    try:
        current = cache.get(VERSION_KEY)
        if current is None:
            cache.add(VERSION_KEY, secrets.token_hex(8), timeout=None)
            current = cache.get(VERSION_KEY)
        return current
    except Exception:
        return None


def memoized(name: str, build):
    """`build()`'s value for the current content version, built once per process and version.

    Kept in process memory, not in the shared cache: for the job-ad vocabulary, loading the
    pickled value (541 KB, its regex compiled again) took 78 ms against 31 ms to build it.
    Never kept while this thread's own content writes are uncommitted: they may roll back
    (an editor's held change does, on purpose)."""
    current, value = recall(name)
    if value is None:
        value = build()
        keep(name, current, value)
    return value


def recall(name: str) -> tuple[str | None, object]:
    """The current content version and the value kept under `name` for it (None: none), for a
    value built later than asked for (read with a page's other rows, careers.common.reads):
    `keep(name, version, value)` once it is there. memoized() is both in one."""
    current = version()
    if current is None or _awaiting_commit(connection):
        return None, None
    with _memo_lock:
        kept = _memo.get(name)
    return current, kept[1] if kept is not None and kept[0] == current else None


def keep(name: str, current: str | None, value) -> None:
    """Keep `value` under `name` for the version recall() gave (None: not kept)."""
    if current is not None and not _awaiting_commit(connection):
        with _memo_lock:
            _memo[name] = (current, value)


def install(connection, **kwargs) -> None:
    """connection_created receiver: watch this connection's writes (once per connection)."""
    if watch_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(watch_writes)
