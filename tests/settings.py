"""Test settings: the real settings plus a small app that exists only here, to prove that a new
app plugs in through its own files (tests/plugin_app)."""

import os
import uuid

# The tests use the shared cache the way production does: through the local Redis.
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")

from bpoportal.settings import *  # noqa: F403
from bpoportal.settings import CACHES, INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.plugin_app"]

# A key prefix of its own for every test run, so runs sharing the local Redis never meet.
CACHES["default"]["KEY_PREFIX"] = f"test-{uuid.uuid4().hex[:12]}"
