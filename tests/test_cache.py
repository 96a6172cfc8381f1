"""The shared cache is Redis (REDIS_URL; make test and CI set it), under a per-run key prefix."""

import pytest
import redis
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache


def test_the_cache_is_redis_with_a_key_prefix_of_this_run():
    assert isinstance(caches["default"], RedisCache)  # ForgivingRedisCache
    assert settings.CACHES["default"]["KEY_PREFIX"].startswith("test-")


def test_values_round_trip_through_redis():
    cache.set("greeting", {"hello": "Manila"}, timeout=30)
    assert cache.get("greeting") == {"hello": "Manila"}
    # Stored in the real server, under this run's prefix (Django's key format "prefix:version:key").
    raw = redis.Redis.from_url(settings.REDIS_URL)
    assert raw.exists(cache.make_key("greeting")) == 1
    assert cache.make_key("greeting").startswith(settings.CACHES["default"]["KEY_PREFIX"])
    cache.delete("greeting")
    assert cache.get("greeting") is None


def test_one_redis_client_is_reused_for_every_call():
    """A new redis-py client per call cost about 0.3 ms each (bpoportal.serving.cache_backend)."""
    client = caches["default"]._cache.get_client()
    assert caches["default"]._cache.get_client(write=True) is client
    cache.set("again", 1, timeout=30)
    assert cache.get("again") == 1 and caches["default"]._cache.get_client() is client


@pytest.mark.django_db
def test_a_sessions_copy_in_the_cache_lives_minutes_not_a_month(client):
    from bpoportal.serving.sessions import CACHE_SECONDS
    from tests.factories import make_role
    from tests.resume_factories import make_item

    make_role(slug="csr")
    make_item(slug="x")
    client.post("/resume/csr/tick/", {"key": "item:x", "done": "on"})
    key = "django.contrib.sessions.cached_db" + client.cookies["sessionid"].value
    ttl = redis.Redis.from_url(settings.REDIS_URL).ttl(cache.make_key(key))
    assert 0 < ttl <= CACHE_SECONDS
    assert client.session.get_expiry_age() > 29 * 24 * 60 * 60  # the cookie keeps its month
