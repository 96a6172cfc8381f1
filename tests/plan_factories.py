"""Factories for backgrounds (published by default) and small career maps for route tests."""

from itertools import count

from careers.common.models import Status
from careers.plans.models import Background, TransferableSkill

_seq = count(1)


def make_background(*entry_roles, skills=(), **kw) -> Background:
    n = next(_seq)
    data = {
        "slug": f"background-{n}",
        "name": f"Background {n}",
        "summary": "What you did before.",
        "resume_tips": "- Say what you did, with numbers.",
        "status": Status.PUBLISHED,
    }
    background = Background.objects.create(**{**data, **kw})
    background.entry_roles.set(entry_roles)
    for order, skill in enumerate(skills, start=1):
        TransferableSkill.objects.create(
            background=background, skill=skill, how="Did it → does it.", order=order
        )
    return background
