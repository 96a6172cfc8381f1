"""Production serving: compressed HTML, /healthz for load balancers, the gunicorn settings."""

import gzip
import json
import re
import runpy

import pytest
from django.conf import settings
from django.test import override_settings

from tests.test_settings import run

pytestmark = pytest.mark.django_db


def test_html_is_compressed_for_browsers_that_ask(client):
    plain = client.get("/")
    packed = client.get("/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert packed.status_code == 200 and packed["Content-Encoding"] == "gzip"
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 2


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing answers here
        }
    }
)
def test_healthz_with_the_cache_down_still_serves(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["cache"] == "down"


def test_healthz_is_503_without_the_database():
    code = (
        "from django.test import Client; r = Client(HTTP_HOST='localhost').get('/healthz'); "
        "print(r.status_code, r.content.decode())"
    )
    result = run(
        ["shell", "--no-imports", "-c", code],
        DATABASE_URL="postgres://nobody@127.0.0.1:1/none",
        DEBUG="true",
    )
    status, body = result.stdout.strip().splitlines()[-1].split(" ", 1)
    assert status == "503", result.stdout + result.stderr
    assert json.loads(body)["database"] == "down"


def test_gunicorn_settings_load():
    config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
    assert config["workers"] >= 2 and config["timeout"] == 30 and config["accesslog"] == "-"


def test_hashed_static_files_are_cached_for_years(collected_static):
    """Production settings: whitenoise serves collected files with hashed names, immutable,
    and pre-compressed (Brotli or gzip) for browsers that ask."""
    collected, static_root = collected_static
    production = {
        "DEBUG": "false",
        "SECRET_KEY": "serving-test-" + "x" * 50,
        "ALLOWED_HOSTS": "localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(static_root),
    }
    assert collected.returncode == 0, collected.stderr
    code = (
        "from django.templatetags.static import static; from django.test import Client; "
        "url = static('css/site.css'); "
        "c = Client(HTTP_HOST='localhost'); "
        "br = c.get(url, HTTP_ACCEPT_ENCODING='gzip, deflate, br').get('Content-Encoding'); "
        "r = c.get(url, HTTP_ACCEPT_ENCODING='gzip'); "
        "print(url, r.status_code, br, r.get('Content-Encoding'), r['Cache-Control'])"
    )
    result = run(["shell", "--no-imports", "-c", code], **production)
    url, status, br, gz, cache_control = result.stdout.strip().splitlines()[-1].split(" ", 4)
    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", url), result.stdout
    assert (status, br, gz) == ("200", "br", "gzip")
    assert "immutable" in cache_control and "max-age=315360000" in cache_control
