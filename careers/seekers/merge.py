"""Moving a browser session's progress into an account on login or sign-up.

Each area that keeps progress registers one function `merge(source, target)` that moves its rows
from the session's Owner to the account's Owner, combining rows both sides have (so neither side
loses anything). The apps above seekers register themselves; seekers imports none of them.
"""

from collections.abc import Callable

from django.db import transaction

from careers.seekers.models import Owner

MergeFn = Callable[[Owner, Owner], None]
_merges: list[MergeFn] = []


def register(fn: MergeFn) -> MergeFn:
    if fn not in _merges:
        _merges.append(fn)
    return fn


@transaction.atomic
def merge_owner_into(source: Owner, target: Owner) -> None:
    for fn in _merges:
        fn(source, target)
    source.delete()
