"""The shared cache (Redis), made so that an outage only makes pages slower, never wrong or
broken: every call that cannot reach Redis answers "not cached" (a miss, nothing stored).

After a failure the process stops asking for RETRY_SECONDS, so a dead Redis costs one short
connect timeout every few seconds instead of one per cache call. Sessions (cached_db) then
read from PostgreSQL, rate limits are skipped, pages are rendered afresh.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

log = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
_down_until: dict[str, float] = {}  # per process and server: when to try Redis again


def _guarded(name: str, fallback):
    parent = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        where = ",".join(self._servers)
        if time.monotonic() < _down_until.get(where, 0.0):
            return fallback(*args, **kwargs)
        try:
            return parent(self, *args, **kwargs)
        except RedisError as exc:
            _down_until[where] = time.monotonic() + RETRY_SECONDS
            log.warning("cache unreachable (%s); pages are served uncached for now", exc)
            return fallback(*args, **kwargs)

    method.__name__ = name
    return method


def _missing_key(*args, **kwargs):
    raise ValueError("not in the cache")  # what incr says of a missing key


class ReusedClients(RedisCacheClient):
    """Django makes a new redis-py client for every cache call, and redis-py's constructor
    builds its table of ~340 reply callbacks each time: about 0.3 ms a call, most of a cached
    page's cost. A client is thread-safe and only wraps the shared pool, so keep one a pool."""

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = self.__dict__.setdefault("_reused", {})
        if index not in clients:
            clients[index] = self._client(connection_pool=self._get_connection_pool(index))
        return clients[index]


class ForgivingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients

    get = _guarded("get", lambda key, default=None, *rest, **kw: default)
    get_many = _guarded("get_many", lambda *args, **kw: {})
    add = _guarded("add", lambda *args, **kw: False)
    set = _guarded("set", lambda *args, **kw: None)
    set_many = _guarded("set_many", lambda data, *rest, **kw: list(data))
    touch = _guarded("touch", lambda *args, **kw: False)
    delete = _guarded("delete", lambda *args, **kw: False)
    delete_many = _guarded("delete_many", lambda *args, **kw: None)
    has_key = _guarded("has_key", lambda *args, **kw: False)
    incr = _guarded("incr", _missing_key)
    clear = _guarded("clear", lambda *args, **kw: False)
