"""Server time and SQL statements of the job seeker's own pages, /me/, /plan/ and /plan/which/,
for an owner with progress in every app (tests/owner_progress.py, 30 rows of each kind):
in process, through Django's test client, the median of 40 requests after 3 to warm up.

Usage: .venv/bin/python bench/owner_pages.py   (test settings: the test plugin app is one more
app adding to these pages; its own throwaway database, test_ownerpages_bench)."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
os.environ.setdefault("TEST_DATABASE_NAME", "test_ownerpages_bench")

import django

django.setup()

from django.core.signals import request_finished, request_started  # noqa: E402
from django.db import close_old_connections, connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

REQUESTS = 40
ROWS = 30


def measure(client: Client, url: str) -> tuple[int, float, float]:
    for _ in range(3):
        assert client.get(url).status_code == 200, url
    reset_queries()  # each request starts the log again: count from an empty one
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "Team Leader" in response.content.decode(), url  # their plan: their own page
    wall, cpu = [], []  # cpu: this process only (Python, not PostgreSQL's work)
    for _ in range(REQUESTS):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return len(queries), statistics.median(wall) * 1000, statistics.median(cpu) * 1000


def main() -> None:
    from django.contrib.auth.models import User

    from careers.seekers.models import Owner
    from tests.factories import make_role, make_step
    from tests.owner_progress import add_progress, make_world, save_plan

    world = make_world()
    make_step(world["csr"], make_role(slug="qa", name="QA Analyst"), typical_months=12)
    account = Client()
    account.force_login(User.objects.create_user("bench", password="a-bench-password-1"))
    save_plan(account, to="qa")
    client = Client()
    save_plan(client, outside=True)
    for owner in Owner.objects.all():
        add_progress(owner, world, rows=ROWS)
    rows = [(url, *measure(client, url)) for url in ("/me/", "/plan/")]
    client.post("/accounts/login/", {"username": "bench", "password": "a-bench-password-1"})
    assert client.post("/me/browser-progress/", {"choice": "add"})["Location"] == "/plan/which/"
    rows.append(("/plan/which/", *measure(client, "/plan/which/")))
    print(f"{'page':<14} {'queries':>7} {'median ms':>10} {'of it CPU':>10}")
    for url, count, ms, cpu in rows:
        print(f"{url:<14} {count:>7} {ms:>10.1f} {cpu:>10.1f}")


if __name__ == "__main__":
    # As under the test runner: one connection for every request, not one each.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        main()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
