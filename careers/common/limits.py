"""How much one owner can keep: enough for any real job search, but bounded, so one visitor
(or a script) cannot fill the database. At the cap, the new item is refused with a message
saying why and what to do; nothing already saved is touched."""

CAPS = {
    "saved job ads": 50,
    "practice sessions": 300,
    "typing results": 500,
    "accuracy results": 500,
    "English sessions": 300,
}


def at_cap(owner, queryset, what: str) -> str:
    """The message to show when `owner` already keeps CAPS[what] of `queryset`, else ""."""
    cap = CAPS[what]
    if owner is None or queryset.filter(owner=owner).count() < cap:
        return ""
    return (
        f"You already keep {cap} {what}, the most we store for one person, so this one was "
        "not saved. Everything saved before is still there."
    )
