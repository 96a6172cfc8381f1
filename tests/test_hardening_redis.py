"""Redis with a memory limit (issue 27, item 4): under the eviction policy the README asks for
(`maxmemory-policy allkeys-lru`), a full Redis drops old cache entries and keeps answering, and
no visitor's progress is lost with an evicted session copy (sessions are written to PostgreSQL
too). Under `noeviction`, the Redis default, a full Redis refuses writes: the cache then
counts as down, and rate limits are skipped; hence the policy.

A throwaway redis-server on a free port, with no persistence: the machine's Redis is not
touched."""

import shutil
import subprocess
import time

import pytest
import redis
from django.core.cache import cache
from django.test import Client, override_settings

from bench.serving import free_port
from bpoportal.serving import cache_backend
from careers.interviews.models import PracticeSession
from tests.interview_factories import make_question, session_of, start

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]

FILLER = "x" * 20_000  # a page-sized entry


@pytest.fixture
def small_redis():
    """A redis-server limited to 4 MB; yields (url, client) and stops it afterwards."""
    servers = []

    def run(policy: str):
        port = free_port()
        proc = subprocess.Popen(
            ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--maxmemory", "4mb", "--maxmemory-policy", policy],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        servers.append(proc)
        client = redis.Redis(host="127.0.0.1", port=port)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        return f"redis://127.0.0.1:{port}/0", client

    yield run
    for proc in servers:
        proc.terminate()
        proc.wait(10)


def caches(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "bpoportal.serving.cache_backend.ForgivingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "redis-test",
        }
    }


def fill(amount_mb: int) -> None:
    for n in range(amount_mb * 1_000_000 // len(FILLER)):
        cache.set(f"filler-{n}", FILLER, 3600)


def test_a_full_redis_with_lru_evicts_and_loses_no_progress(small_redis, monkeypatch):
    monkeypatch.setattr(cache_backend, "_down_until", {})
    url, server = small_redis("allkeys-lru")
    assert server.config_get("maxmemory-policy") == {"maxmemory-policy": "allkeys-lru"}
    with override_settings(CACHES=caches(url)):
        make_question()
        visitor = Client()
        session = session_of(start(visitor, size=3))
        fill(12)  # three times what Redis may hold
        assert server.info("stats")["evicted_keys"] > 0
        assert server.dbsize() < 12 * 1_000_000 // len(FILLER)
        cache.set("after", "still stored", 60)
        assert cache.get("after") == "still stored"  # writes keep working: nothing is "down"
        server.flushall()  # every session copy gone, as if evicted
        page = visitor.get(f"/interviews/practice/{session.pk}/1/")
        assert page.status_code == 200  # the session came back from PostgreSQL
        assert PracticeSession.objects.filter(owner=session.owner).count() == 1


def test_a_full_redis_without_eviction_turns_the_cache_off(small_redis, monkeypatch):
    """Why the README asks for an eviction policy: Redis's default refuses writes when full."""
    monkeypatch.setattr(cache_backend, "_down_until", {})
    url, server = small_redis("noeviction")
    with override_settings(CACHES=caches(url)):
        fill(6)
        assert server.info("stats")["evicted_keys"] == 0
        cache.set("after", "not stored", 60)
        assert cache.get("after") is None  # refused (OOM), and the cache now counts as down
        assert cache_backend._down_until  # ... so rate limits are skipped meanwhile
