"""Every list and detail page runs a small, fixed number of queries (3 roles or 300)."""

import pytest

from careers.roles.models import Role
from tests import snapshots
from tests.factories import (
    make_certification,
    make_full_role,
    make_metric,
    make_resource,
    make_role,
    make_role_skill,
    make_skill,
    make_step,
)

pytestmark = pytest.mark.django_db


def grow_everything(times=30):
    """Add full roles (skills, KPIs, certifications, steps) plus linked skills and metrics."""

    def grow():
        for _ in range(times):
            make_full_role()

    return grow


@pytest.fixture(scope="session")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    """Three full roles, then thirty more: built once per run, copied in by each list test."""

    def build():
        with django_db_blocker.unblock():
            some = snapshots.capture(grow_everything(3))
            return some, snapshots.capture(grow_everything(), on=some)

    return snapshots.once_per_run(tmp_path_factory, "query-count-roles", build)


@pytest.fixture
def seeded(db, built):
    snapshots.restore(built[0])
    return Role.objects.first()


@pytest.fixture
def grow(built):
    """Adds what grow_everything() adds."""
    return lambda: snapshots.restore(built[1])


@pytest.mark.parametrize(
    ("url", "most"),
    [
        ("/", 1),
        ("/roles/", 2),  # the paginator's count, then the page
        ("/roles/?office=front&level=entry", 2),
        ("/ladder/", 4),  # the counts by level and track, the count, the page, its steps
        ("/skills/", 2),
        ("/metrics/", 1),
        ("/certifications/", 2),
    ],
)
def test_list_pages(client, seeded, grow, url, most, assert_fixed_queries):
    assert_fixed_queries(client, url, grow, most=most)


def test_role_detail(client, assert_fixed_queries):
    role = make_full_role()

    def grow():
        for _ in range(20):
            make_role_skill(role, make_skill())
            role.metrics.add(make_metric())
            role.certifications.add(make_certification())
            make_step(role, make_full_role())
            make_step(make_full_role(), role)

    # role, skills, KPIs, certifications, steps in, steps out, interview questions, the
    # backgrounds that lead here, pay (its figures, then the minimum wages, or the reason it has
    # none), and the test-only plugin app's notes (tests/plugin_app)
    assert_fixed_queries(client, f"/roles/{role.slug}/", grow, most=11)


def test_skill_detail(client, assert_fixed_queries):
    skill = make_skill()
    make_role_skill(make_role(), skill)  # an empty page of roles needs no query for its rows

    def grow():
        for _ in range(20):
            make_role_skill(make_full_role(), skill)
            make_resource(skill)

    # the skill, the count and a page of the roles that need it, the resources
    assert_fixed_queries(client, f"/skills/{skill.slug}/", grow, most=4)


def test_metric_detail(client, assert_fixed_queries):
    metric = make_metric()
    make_role().metrics.add(metric)  # an empty page of roles needs no query for its rows

    def grow():
        for _ in range(20):
            make_full_role().metrics.add(metric)

    assert_fixed_queries(client, f"/metrics/{metric.slug}/", grow, most=3)  # + a page's count
