"""How much one owner can keep: enough for any real job search, but bounded, so one visitor
(or a script) cannot fill the database. Each app declares its own caps in its hooks.py
(`hooks.owner_cap`). At the cap, the new item is refused with a message saying why and what to
do; nothing already saved is touched."""

from careers.common import hooks


def at_cap(owner, model) -> str:
    """The message to show when `owner` already keeps as many `model` rows as its cap, else ""."""
    rule = hooks.cap_for(model)
    if owner is None or model.objects.filter(owner=owner).count() < rule.cap:
        return ""
    return (
        f"You already keep {rule.cap} {rule.what}, the most we store for one person, so this one "
        "was not saved. Everything saved before is still there."
    )
