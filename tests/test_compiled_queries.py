"""Queries compiled once per process (careers/common/compiled.py) give what the ORM gives,
for each job seeker's own values, and a signed-in session still ends when its password changes."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.test import Client

from careers.common.compiled import Compiled
from careers.drills.models import AccuracyResult
from careers.drills.standing import latest_accuracy, latest_typing, standing
from careers.seekers.backends import OwnerJoiningBackend
from careers.seekers.models import Owner
from careers.seekers.owner import SESSION_KEY, current_owner
from tests.drill_factories import make_typing_result

pytestmark = pytest.mark.django_db


def _typing(owner, wpm, **kw):
    return make_typing_result(owner, wpm, passage_text="p" * 500, typed="t" * 500, **kw)


def test_each_call_runs_the_same_sql_with_its_own_value(alice, bob, django_assert_num_queries):
    mine, theirs = Owner.objects.create(user=alice), Owner.objects.create(user=bob)
    for wpm in (30, 45, 38):
        _typing(mine, wpm)
    _typing(theirs, 60)
    _typing(mine, 90, plausible=False)  # never shown as a result
    with django_assert_num_queries(1):
        result = standing(mine)
    assert [r.net_wpm for r in result.history] == [30, 45, 38]  # oldest first
    assert result.best_wpm == 45 and result.latest.net_wpm == 38
    assert standing(theirs).best_wpm == 60 and standing(theirs).latest.owner_id == theirs.pk
    # The long texts are left out, and read only when something asks for them.
    assert result.latest.get_deferred_fields() == {"typed", "passage_text"}
    assert result.latest.typed == "t" * 500
    assert latest_typing(mine).latest.pk == result.latest.pk
    assert latest_typing(None).latest is None and standing(None).latest is None


def test_the_latest_accuracy_result_is_the_newest(alice):
    owner = Owner.objects.create(user=alice)
    assert latest_accuracy(owner) is None
    for right in (10, 19):
        latest = AccuracyResult.objects.create(
            owner=owner, nonce=f"a{right}", seed=1, pairs=20, right=right, wrong=20 - right,
            seconds=90,
        )  # fmt: skip
    assert latest_accuracy(owner) == latest and latest_accuracy(owner).right == 19


def test_the_user_comes_with_their_owner_as_the_orm_builds_them(alice, django_assert_num_queries):
    owner = Owner.objects.create(user=alice)
    with django_assert_num_queries(1):
        user = OwnerJoiningBackend().get_user(alice.pk)
        assert user.progress_owner == owner and user.progress_owner.user == user
    expected = get_user_model().objects.get(pk=alice.pk)
    fields = [f.attname for f in get_user_model()._meta.concrete_fields]
    assert [getattr(user, f) for f in fields] == [getattr(expected, f) for f in fields]
    assert OwnerJoiningBackend().get_user(10**6) is None
    get_user_model().objects.filter(pk=alice.pk).update(is_active=False)
    assert OwnerJoiningBackend().get_user(alice.pk) is None


def test_a_session_owner_is_found_by_its_token(rf, django_assert_num_queries):
    owner = Owner.objects.create(session_token=Owner.new_token())
    request = rf.get("/")
    request.user = AnonymousUser()
    request.session = {SESSION_KEY: str(owner.session_token)}
    with django_assert_num_queries(1):
        assert current_owner(request) == owner


def test_a_query_that_ignores_its_value_is_refused():
    never = Compiled(lambda pk: Owner.objects.filter(pk=1))
    with pytest.raises(ValueError, match="must use the value"):
        never.all(5)


def test_a_password_change_elsewhere_still_signs_this_browser_out(alice, password):
    """The user row is read afresh on every request, so Django's session check still sees a
    changed password (the compiled query changes how, not what, it reads)."""
    browser = Client()
    browser.force_login(alice)
    assert browser.get("/me/delete/").status_code == 200  # signed in: the page asks to confirm
    alice.set_password("a-brand-new-Passw0rd!")
    alice.save()
    response = browser.get("/me/delete/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
