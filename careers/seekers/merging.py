"""Moving a browser session's progress into an account: one transaction, one locking rule.

Every app's `hooks.merge` function moves its own rows; rows that both sides have (the same
question rated, the same checklist line ticked) go through `merge_rows`, so no app writes its
own loop. The locking rule: both owners are locked first (in id order, so two merges never wait
on each other crosswise), and the account's rows that may be combined are locked before they
are read, so a rating saved at the same moment in another tab is not overwritten.
"""

from collections.abc import Callable, Iterable

from django.db import transaction

from careers.common import hooks
from careers.seekers.models import Owner


@transaction.atomic
def merge_owner_into(source: Owner, target: Owner) -> None:
    """Every app moves its rows, combining rows both sides have, so neither side loses anything."""
    list(Owner.objects.select_for_update().filter(pk__in=[source.pk, target.pk]).order_by("pk"))
    for merge in hooks.merge:
        merge(source, target)
    source.delete()


def merge_rows(
    rows, source, target, *, key: Iterable[str], combine: Callable, parent: str = "owner"
) -> None:
    """Move `source`'s rows of the queryset `rows` to `target` (`parent` names the field that
    points at them). Where `target` already has a row with the same `key` fields,
    `combine(kept, mine)` updates the kept row in place and returns the fields it changed, and
    `mine` is deleted."""
    key = tuple(key)

    def ident(row) -> tuple:
        return tuple(getattr(row, name) for name in key)

    kept = {
        ident(row): row
        for row in rows.select_for_update().filter(**{parent: target}).order_by("pk")
    }
    moved, dropped = [], []
    for row in rows.filter(**{parent: source}):
        same = kept.get(ident(row))
        if same is None:
            moved.append(row.pk)
            continue
        same.save(update_fields=combine(same, row))
        dropped.append(row.pk)
    rows.filter(pk__in=dropped).delete()
    rows.filter(pk__in=moved).update(**{parent: target})


def joined_tick(kept, mine) -> list[str]:
    """For `merge_rows` of ticks with notes: a line ticked on either side stays ticked, and
    both notes are kept, joined within the field's size."""
    kept.done = kept.done or mine.done
    if mine.note and mine.note != kept.note:
        size = kept._meta.get_field("note").max_length
        kept.note = " / ".join(note for note in (kept.note, mine.note) if note)[:size]
    return ["done", "note", "updated_at"]
