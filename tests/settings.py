"""Test settings: the real settings plus a small app that exists only here, to prove that a new
app plugs in through its own files (tests/plugin_app)."""

import os
import uuid

# The tests use the shared cache the way production does: through the local Redis.
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")
# Development settings (no HTTPS redirect); the production ones are checked in test_settings.
os.environ.setdefault("DEBUG", "true")

from bpoportal.settings import *  # noqa: F403
from bpoportal.settings import CACHES, DATABASES, INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.plugin_app"]

# A key prefix of its own for every test run, so runs sharing the local Redis never meet.
CACHES["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex[:12]}"

# Whole-page caching would answer a test's second identical GET without a view (so without
# `response.context`); the page cache's own tests, the fuzz test and the browser tests turn
# it on. Everything else that is cached (Markdown, vocabularies) stays on for every test.
PAGE_CACHE = False

# The suite posts far more than a visitor would: limits are raised, and the tests of the
# limits themselves lower them again with override_settings.
RATE_LIMITS = dict.fromkeys(RATE_LIMITS, "100000/m")  # noqa: F405

# Thousands of PBKDF2 rounds per sign-up and login add up to minutes over the suite; no test
# checks the algorithm, only that a password is checked (production keeps Django's default).
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# Django's PostgreSQL backend, emptying tables after live-server tests faster (see its module).
# It subclasses Django's own: should the project ever use another backend, subclass that one.
assert DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
DATABASES["default"]["ENGINE"] = "tests.db_backend"
