"""The owner of a request's progress is looked up once per request, however many helpers ask."""

import pytest

from careers.resumes.models import SavedAd
from careers.seekers.backends import OwnerJoiningBackend
from careers.seekers.models import Owner
from careers.seekers.owner import current_owner, forget_owner, get_owned_or_404

pytestmark = pytest.mark.django_db


def test_the_current_owner_is_looked_up_once_per_request(alice, rf, django_assert_num_queries):
    owner = Owner.objects.create(user=alice)
    ad = SavedAd.objects.create(owner=owner, title="Ad", text="CSR wanted")
    request = rf.get("/")
    request.user = type(alice).objects.get(pk=alice.pk)  # as a request loads it, not joined
    with django_assert_num_queries(2):  # the owner once, then the saved ad
        assert current_owner(request) == owner
        assert current_owner(request, create=True) == owner
        assert get_owned_or_404(request, SavedAd.objects.all(), pk=ad.pk) == ad


def test_a_new_owner_is_remembered_for_the_rest_of_the_request(alice, rf):
    request = rf.get("/")
    request.user = alice
    assert current_owner(request) is None
    created = current_owner(request, create=True)
    assert created.user == alice and current_owner(request) == created


def test_the_login_backend_brings_the_owner_with_the_user(alice, rf, django_assert_num_queries):
    """Signed-in pages: the user and their owner in one query (seekers/backends.py); used once,
    so a lookup after forget_owner (a merge, a new owner) reads the database afresh."""
    owner = Owner.objects.create(user=alice)
    request = rf.get("/")
    with django_assert_num_queries(1):
        request.user = OwnerJoiningBackend().get_user(alice.pk)
        assert current_owner(request) == owner
    forget_owner(request)
    Owner.objects.filter(pk=owner.pk).delete()
    assert current_owner(request) is None


def test_the_login_backend_brings_no_owner_for_an_account_without_progress(alice, rf):
    request = rf.get("/")
    request.user = OwnerJoiningBackend().get_user(alice.pk)
    assert current_owner(request) is None
    assert current_owner(request, create=True).user == alice
