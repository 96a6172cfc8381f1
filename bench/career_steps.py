"""Random career steps between bench roles, upward or sideways (for bench/plans.py and
bench/scale_pages.py; import after django.setup())."""

from careers.common.models import Status
from careers.roles.models import CareerStep


def bulk_create_steps(roles: list, count: int, rng) -> None:
    pairs = set()
    while len(pairs) < count:
        a, b = rng.randrange(len(roles)), rng.randrange(len(roles))
        if a != b and roles[a].level_rank <= roles[b].level_rank:
            pairs.add((a, b))
    CareerStep.objects.bulk_create(
        CareerStep(
            from_role=roles[a],
            to_role=roles[b],
            kind="promotion" if roles[a].level_rank < roles[b].level_rank else "sideways",
            typical_months=rng.randrange(6, 36),
            what_it_takes="Hit your KPIs.",
            status=Status.PUBLISHED,
        )
        for a, b in sorted(pairs)
    )
