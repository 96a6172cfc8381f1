"""Personas and shared fixtures (the healthchecks habit: alice, bob, an editor, a publisher)."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.db import reset_queries
from django.test import Client

from tests import snapshots

# Playwright's sync API runs an event loop in the test thread; Django's async-safety check
# would otherwise refuse database set-up in the browser tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "correct-horse-battery-staple-42"


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def alice(db):
    """A job seeker with an account."""
    return get_user_model().objects.create_user("alice", "alice@example.org", PASSWORD)


@pytest.fixture
def bob(db):
    """A second job seeker, who must never see alice's progress."""
    return get_user_model().objects.create_user("bob", "bob@example.org", PASSWORD)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def admin_client(admin_user):
    return logged_in(admin_user)


def staff_in_group(username: str, group_name: str):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(db):
    """Content editor: writes and previews drafts; cannot publish, delete or manage users."""
    return staff_in_group("erin", "Content editor")


@pytest.fixture
def publisher(db):
    """Content publisher: everything an editor can, plus publish, unpublish and delete."""
    return staff_in_group("pat", "Content publisher")


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """`manage.py collectstatic` with production settings, run once (compressing every file
    takes seconds): the finished command and the folder it filled."""
    from tests.test_settings import collectstatic

    def build():
        folder = tmp_path_factory.mktemp("static")
        return collectstatic(folder), folder

    return snapshots.once_per_run(tmp_path_factory, "collected-static", build)


@pytest.fixture(scope="session")
def seed_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The seed content (content/) loaded once per run: the slowest set-up there is."""
    from careers.content.loader import load_all

    def build():
        with django_db_blocker.unblock():
            return snapshots.capture(load_all)

    return snapshots.once_per_run(tmp_path_factory, "seed", build)


@pytest.fixture
def seed(db, seed_snapshot):
    """The database as `load_all()` leaves it: the real seed content, row for row. Ask for it
    before any fixture that adds rows of its own."""
    return snapshots.restore(seed_snapshot)


@pytest.fixture
def reload_packs(seed, tmp_path):
    """`reload_packs(*patterns)`: load only those seed packs again (snapshots.copy_packs)."""
    from careers.content.loader import load_all

    return lambda *patterns: load_all(snapshots.copy_packs(tmp_path / "packs", *patterns))


@pytest.fixture(autouse=True)
def rate_limit_clock(monkeypatch):
    """Rate limits count in fixed windows (a minute, an hour). On a busy machine a test's few
    requests could straddle the end of one, and its count would start again mid-test: the
    limits' clock stands still during each test."""
    import time
    from types import SimpleNamespace

    from django_ratelimit import core

    now = time.time()
    monkeypatch.setattr(core, "time", SimpleNamespace(time=lambda: now))


@pytest.fixture
def page_cache(settings):
    """Whole public pages cached, as production serves them (tests/settings.py turns it off)."""
    settings.PAGE_CACHE = True


@pytest.fixture
def clock(monkeypatch):
    """The drills' clock, moved by hand: `clock.now = …`."""
    from careers.drills import tokens

    class Clock:
        now = 1_000_000.0

    monkeypatch.setattr(tokens, "clock", lambda: Clock.now)
    return Clock


@pytest.fixture
def assert_fixed_queries(django_assert_max_num_queries, django_assert_num_queries):
    """Check that a page runs the same small number of SQL queries however much content exists:
    count for `url`, call `grow()` to add lots more content, and count again."""

    def check(client, url: str, grow, *, most: int) -> None:
        reset_queries()  # the connection keeps only the last 9,000 queries to count from
        with django_assert_max_num_queries(most) as small:
            response = client.get(url)
        count = len(small)  # now: the next request clears the connection's query log
        assert response.status_code == 200, (url, response.status_code)
        grow()
        reset_queries()
        with django_assert_num_queries(count):
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    return check


@pytest.fixture(autouse=True)
def fresh_content_version():
    """Each test starts from a new content version: pages an earlier test cached (from rows
    that were rolled back, which no write announces) are never served to it."""
    from bpoportal.serving import content_version

    content_version.bump()
