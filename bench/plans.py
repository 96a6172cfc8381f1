"""Career plans at scale: route finding and the drawn map with 500 roles and 2,000 steps.

Usage: make bench-plans   (uses its own database, bpoportal_planbench, filled once)
Prints, per page: SQL queries, median and worst time over N requests, response size; then the
route search alone (in memory, over the loaded graph).
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bpoportal_planbench")

import django

django.setup()

from career_steps import bulk_create_steps  # noqa: E402  (bench/, beside this script)
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from careers.common.models import Status  # noqa: E402
from careers.plans.routes import CareerGraph  # noqa: E402
from careers.roles.models import LEVEL_ORDER, CareerStep, Role  # noqa: E402

ROLES, STEPS = 500, 2000


@transaction.atomic
def fill() -> None:
    if Role.objects.filter(slug="plan-role-0").exists():
        return
    rng = random.Random(7)
    offices = ["front", "back"]
    roles = Role.objects.bulk_create(
        Role(
            slug=f"plan-role-{i}",
            name=f"Bench role {i}",
            summary="A role.",
            what_they_do="- Work",
            office=offices[i % 2],
            channel="voice",
            level=LEVEL_ORDER[i * len(LEVEL_ORDER) // ROLES],
            industry="healthcare" if i % 10 == 0 else "",
            status=Status.PUBLISHED,
        )
        for i in range(ROLES)
    )
    bulk_create_steps(roles, STEPS, rng)


def analyze() -> None:
    """Fresh bulk-loaded tables have no planner statistics yet (production's autovacuum makes
    them): without them PostgreSQL picks nested loops and a route takes a second."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def measure(client, url, repeats):
    timings = []
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return (
        len(ctx.captured_queries),
        statistics.median(timings),
        max(timings),
        len(response.content),
    )


def main(repeats: int = 10) -> None:
    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    fill()
    analyze()
    client = Client(HTTP_HOST="127.0.0.1")
    pages = [
        "/ladder/",
        "/plan/route/?from=plan-role-0&to=plan-role-499",
        "/plan/route/?from=plan-role-3&to=plan-role-400",
        "/plan/route/?from=outside&to=plan-role-499",  # from any entry role: one search
    ]
    print(f"{ROLES} roles, {CareerStep.objects.count()} steps")
    print(f"{'page':60} {'queries':>7} {'median ms':>10} {'max ms':>8} {'KiB':>6}")
    for url in pages:
        with override_settings(PAGE_CACHE=False):  # the cost of building the page
            queries, median, worst, size = measure(client, url, repeats)
        print(f"{url[:60]:60} {queries:>7} {median:>10.1f} {worst:>8.1f} {size / 1024:>6.1f}")
    graph = CareerGraph.published()
    ids = list(Role.objects.values_list("pk", flat=True))
    rng, timings = random.Random(1), []
    for _ in range(200):
        a, b = rng.sample(ids, 2)
        start = time.perf_counter()
        graph.two_routes(a, b)
        timings.append((time.perf_counter() - start) * 1000)
    print(
        f"two_routes in memory, 200 random pairs: median {statistics.median(timings):.2f} ms, "
        f"max {max(timings):.2f} ms"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
