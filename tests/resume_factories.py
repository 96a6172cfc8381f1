from itertools import count

from careers.resumes.models import ChecklistItem

_seq = count(1)


def make_item(*roles, **kw) -> ChecklistItem:
    n = next(_seq)
    data = {
        "slug": f"item-{n}",
        "section": "resume",
        "part": "summary",
        "text": f"Checklist item {n}",
        "why": "Because.",
        "good_example": "Good",
        "weak_example": "Weak",
        "order": n,
        "status": "published",
    }
    item = ChecklistItem.objects.create(**{**data, **kw})
    item.roles.set(roles)
    return item
