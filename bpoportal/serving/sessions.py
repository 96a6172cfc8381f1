"""Sessions: Django's cached_db (read from the cache, written to the database as well), with
the cache's copy kept for at most CACHE_SECONDS.

The database stays the truth. A copy the cache could not delete (a logout while Redis was
unreachable) is then trusted for minutes, not for the session's month; and active visitors'
sessions are still in the cache when the database restarts.
"""

from django.contrib.sessions.backends import cached_db

CACHE_SECONDS = 10 * 60


class _ShortCopies:
    """The cache, as cached_db uses it, with every copy's lifetime capped."""

    def __init__(self, cache):
        self._cache = cache

    def get(self, key, default=None):
        return self._cache.get(key, default)

    def set(self, key, value, timeout):
        self._cache.set(key, value, min(timeout, CACHE_SECONDS))

    def delete(self, key):
        return self._cache.delete(key)

    def __contains__(self, key):
        return key in self._cache


class SessionStore(cached_db.SessionStore):
    def __init__(self, session_key=None):
        super().__init__(session_key)
        self._cache = _ShortCopies(self._cache)
