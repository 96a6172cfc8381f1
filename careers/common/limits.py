"""How much one owner can keep: enough for any real job search, but bounded, so one visitor
(or a script) cannot fill the database. Each app declares its own caps in its hooks.py
(`hooks.owner_cap`). At the cap, the new item is refused with a message saying why and what to
do; nothing already saved is touched.

Views ask `at_cap` first, to show the refusal in their own form. Whatever they do, every new row
of a capped model is checked again as it is saved (`check_cap_on_save`, a pre_save receiver for
every model), with the owner's row locked until the transaction ends: two saves at the same
moment cannot both take the last place. Over the cap there, the write raises `OverCap`, a 400
with the same message, and its transaction saves nothing.
"""

from django.core.exceptions import BadRequest
from django.db import transaction
from django.db.models import Func, IntegerField, Sum
from django.db.models.functions import Coalesce

from careers.common import hooks


class OverCap(BadRequest):
    """A new row past its owner's cap; the 400 page shows `user_message`."""

    def __init__(self, user_message: str):
        super().__init__(user_message)
        self.user_message = user_message


def _message(rule) -> str:
    return (
        f"You already keep {rule.cap} {rule.what}, the most we store for one person, so this one "
        "was not saved. Everything saved before is still there."
    )


def at_cap(owner, model) -> str:
    """The message to show when `owner` already keeps as many `model` rows as its cap, else ""."""
    rule = hooks.cap_for(model)
    if owner is None or model.objects.filter(owner=owner).count() < rule.cap:
        return ""
    return _message(rule)


def check_cap_on_save(sender, instance, raw=False, **kwargs) -> None:
    """pre_save: lock the owner, count its rows, refuse a new row past the cap."""
    rule = hooks.capped(sender)
    if rule is None or raw or not instance._state.adding or instance.owner_id is None:
        return
    from careers.seekers.models import Owner

    if transaction.get_connection().in_atomic_block:  # the lock lasts until the commit
        Owner.objects.select_for_update().filter(pk=instance.owner_id).first()
    if sender._default_manager.filter(owner_id=instance.owner_id).count() >= rule.cap:
        raise OverCap(_message(rule))


def keep_latest(queryset, keep: int, order_by: str = "-pk") -> int:
    """Delete all but the `keep` newest rows of `queryset` (a history that only grows: a plan's
    earlier targets). Returns how many were deleted."""
    old = queryset.order_by(order_by).values_list("pk", flat=True)[keep:]
    deleted, _ = queryset.model._default_manager.filter(pk__in=list(old)).delete()
    return deleted


class OctetLength(Func):
    function = "OCTET_LENGTH"
    output_field = IntegerField()


def over_text_budget(rows, field: str, adding: str, budget: int, what: str, then: str) -> str:
    """The message when `rows` (an owner's other rows) plus `adding` hold more than `budget`
    bytes of `field`, else "". Caps on row counts leave each row's text to its form's limit;
    this bounds the sum (hundreds of sessions of 5,000-character answers)."""
    stored = rows.aggregate(total=Coalesce(Sum(OctetLength(field)), 0))["total"]
    if stored + len(adding.encode()) <= budget:
        return ""
    return (
        f"Your {what} already fill the {budget / 1_000_000:g} MB we store for one person, so this "
        f"one was not saved. {then} Everything saved before is still there."
    )
