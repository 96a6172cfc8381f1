"""Route finding over published career steps: quickest, alternative, unreachable, cycles,
drafts, and the summed ranges."""

import pytest

from careers.common.models import Status
from careers.plans.routes import CareerGraph
from tests.factories import make_role, make_step

pytestmark = pytest.mark.django_db


@pytest.fixture
def ladder():
    """csr -> sme -> tl (9 + 12) and csr -> qa -> tl (12 + 12), qa <-> trainer (a cycle)."""
    roles = {
        slug: make_role(slug=slug, name=slug.upper())
        for slug in ["csr", "sme", "qa", "trainer", "tl", "om", "island"]
    }
    make_step(roles["csr"], roles["sme"], typical_months=9, months_min=6, months_max=12)
    make_step(roles["sme"], roles["tl"], typical_months=12, months_min=9, months_max=18)
    make_step(roles["csr"], roles["qa"], typical_months=12, months_min=12, months_max=24)
    make_step(roles["qa"], roles["tl"], typical_months=12)
    make_step(roles["qa"], roles["trainer"], kind="sideways", typical_months=6)
    make_step(roles["trainer"], roles["qa"], kind="sideways", typical_months=6)
    make_step(roles["tl"], roles["om"], typical_months=24)
    return roles


def slugs(route):
    return [role.slug for role in route.roles]


def test_quickest_route_and_its_range(ladder):
    graph = CareerGraph.published()
    [best, other] = graph.two_routes(ladder["csr"].pk, ladder["om"].pk)
    assert slugs(best) == ["csr", "sme", "tl", "om"]
    assert best.typical_months == 45
    assert (best.low_months, best.high_months) == (6 + 9 + 24, 12 + 18 + 24)
    assert slugs(other) == ["csr", "qa", "tl", "om"]  # differs by at least one step
    assert other.typical_months == 48


def test_cycles_do_not_loop(ladder):
    graph = CareerGraph.published()
    routes = graph.two_routes(ladder["trainer"].pk, ladder["tl"].pk)
    assert slugs(routes[0]) == ["trainer", "qa", "tl"]


def test_unreachable_role_gives_no_route_and_a_nearest_role(ladder):
    graph = CareerGraph.published()
    assert graph.two_routes(ladder["om"].pk, ladder["csr"].pk) == []
    assert graph.two_routes(ladder["csr"].pk, ladder["island"].pk) == []
    assert graph.nearest_reachable(ladder["om"].pk, ladder["csr"]) is None
    nearest = graph.nearest_reachable(ladder["csr"].pk, ladder["island"])
    assert nearest.slug in {"sme", "qa", "trainer", "tl", "om"}


def test_drafts_are_never_on_a_public_route(ladder):
    ladder["sme"].status = Status.DRAFT
    ladder["sme"].save()
    graph = CareerGraph.published()
    [best] = graph.two_routes(ladder["csr"].pk, ladder["tl"].pk)[:1]
    assert "sme" not in slugs(best)
    step = ladder["qa"].steps_out.get(to_role=ladder["tl"])
    step.status = Status.DRAFT
    step.save()
    assert CareerGraph.published().two_routes(ladder["csr"].pk, ladder["tl"].pk) == []


def test_only_one_route_when_there_is_no_other(ladder):
    routes = CareerGraph.published().two_routes(ladder["tl"].pk, ladder["om"].pk)
    assert len(routes) == 1 and slugs(routes[0]) == ["tl", "om"]
