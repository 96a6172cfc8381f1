"""Personas and shared fixtures (the healthchecks habit: alice, bob, an editor, a publisher)."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

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
