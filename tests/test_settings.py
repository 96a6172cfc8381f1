"""Production settings refuse to start without a secret, and pass `check --deploy`."""

import json
import os
import subprocess
import sys

from django.conf import settings

MANAGE = [sys.executable, "manage.py"]


def run(args, **env):
    # The browser tests set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a deployment must not.
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    # An empty value removes the variable, as on a machine where it was never set.
    full_env = {k: v for k, v in {**base, **env}.items() if v != "" or k == "SECRET_KEY"}
    return subprocess.run(
        MANAGE + args, env=full_env, capture_output=True, text=True, cwd=settings.BASE_DIR
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run(["check"], DEBUG="false", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_bad_boolean_is_a_clear_error():
    result = run(["check"], DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_check_deploy_is_clean():
    result = run(
        ["check", "--deploy", "--fail-level", "WARNING"],
        DEBUG="false",
        SECRET_KEY="a-very-long-random-secret-key-for-tests-0123456789-abcdefghijklmnop",
        ALLOWED_HOSTS="portal.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def collectstatic(static_root):
    return run(
        ["collectstatic", "--noinput", "-v0"],
        DEBUG="false",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="portal.example.org",
        STATIC_ROOT=str(static_root),
    )


def test_production_static_files_are_hashed_and_compressed(collected_static):
    result, static_root = collected_static
    assert result.returncode == 0, result.stderr
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    hashed = manifest["css/base.css"]
    assert hashed != "css/base.css"  # a content hash in the name
    assert (static_root / hashed).exists() and (static_root / f"{hashed}.gz").exists()
    assert "css/site.css" in manifest


def test_ensure_database_explains_a_missing_server():
    result = run(["ensure_database"], DATABASE_URL="postgres://nobody@127.0.0.1:1/bpoportal")
    assert result.returncode != 0
    assert "No PostgreSQL server answers" in result.stderr
    assert "DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr
