"""Mock calls: the server time of one turn (a typed reply answered by the simulated customer)
over every seeded scenario, and of the pages around it. Not a test: no assertions.

Usage: make bench-mockcall   (uses its own database, bpoportal_mockcallbench, seeded once)
Plays each seeded scenario's scripted conversation (tests/test_mockcall_conversations.py)
REPEATS times through Django's request handling (middleware, views, the real database), and
prints per scenario: SQL queries per reply, median and worst milliseconds per reply; then the
session page and the scorecard; then the reply engine alone (phrase matching and the branch
choice, in memory). The goal is 20 ms or less per turn.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bpoportal_mockcallbench")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from careers.mockcalls import conversation, play  # noqa: E402
from careers.mockcalls.models import MockSession, Scenario  # noqa: E402
from tests.test_mockcall_conversations import SCRIPTS  # noqa: E402

GOAL_MS = 20


def timed(call) -> tuple[float, int, object, float]:
    """Wall-clock ms, queries, the result, and this process's CPU ms (without the time spent
    waiting for PostgreSQL or Redis: steadier when other work loads the machine)."""
    with CaptureQueriesContext(connection) as queries:
        start, cpu = time.perf_counter(), time.process_time()
        result = call()
        ms = (time.perf_counter() - start) * 1000
        cpu_ms = (time.process_time() - cpu) * 1000
    return ms, len(queries), result, cpu_ms


def main(repeats: int = 5) -> None:
    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    call_command("load_content", verbosity=0)
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/mock-call/")  # the first request imports and connects
    replies, pages, scorecards = [], [], []
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'scenario':34} {'queries':>7} {'median ms':>10} {'max ms':>8} {'cpu ms':>7}")
    cpu_all = []
    for slug, script in sorted(SCRIPTS.items()):
        mine, counts, cpu = [], set(), []
        for _ in range(repeats):
            url = client.post(f"/mock-call/{slug}/")["Location"]
            for text, _ in script:
                ms, n, response, cpu_ms = timed(
                    lambda: client.post(url + "reply/", {"text": text})  # noqa: B023
                )
                assert response.status_code == 302, response.status_code
                mine.append(ms)
                cpu.append(cpu_ms)
                counts.add(n)
            pages.append(timed(lambda: client.get(url)))  # noqa: B023
            scorecards.append(timed(lambda: client.get(url + "scorecard/")))  # noqa: B023
        replies += mine
        cpu_all += cpu
        queries = "-".join(str(n) for n in sorted({min(counts), max(counts)}))
        print(
            f"{slug:34} {queries:>7} {statistics.median(mine):>10.1f} {max(mine):>8.1f} "
            f"{statistics.median(cpu):>7.1f}"
        )
    print(
        f"{'every reply':34} {'':>7} {statistics.median(replies):>10.1f} {max(replies):>8.1f} "
        f"{statistics.median(cpu_all):>7.1f}   (goal: {GOAL_MS} ms or less per turn)"
    )
    for label, rows in (("session page (GET)", pages), ("scorecard (GET)", scorecards)):
        ms, cpu = [row[0] for row in rows], [row[3] for row in rows]
        n = sorted({row[1] for row in rows})
        print(
            f"{label:34} {n[0]:>7} {statistics.median(ms):>10.1f} {max(ms):>8.1f} "
            f"{statistics.median(cpu):>7.1f}"
        )

    # The engine alone: what a reply costs before the database.
    scenario = Scenario.objects.get(slug="billing-dispute-double-charge")
    script = play.script_of(scenario)
    points, rules = script.points, script.rules["verified"]
    text = SCRIPTS[scenario.slug][1][0]
    runs = []
    for _ in range(200):
        start = time.perf_counter()
        found = conversation.detect(text, points)
        conversation.react("verified", rules, found, confused="?", rude="!")
        runs.append((time.perf_counter() - start) * 1000)
    print(f"engine alone (match + choose), median {statistics.median(runs):.2f} ms")
    MockSession.objects.all().delete()


if __name__ == "__main__":
    # The bench posts far more than a visitor would: the write limit is lifted for it.
    limits = {**settings.RATE_LIMITS, "write": "100000/m"}
    with override_settings(RATE_LIMITS=limits, PAGE_CACHE=False):
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
