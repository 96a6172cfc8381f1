"""Server time of every public page, in-process (Django's test client, no network), production
settings, `Accept-Encoding: gzip` like a browser: for a visitor without a session (the page
cache) and for job seekers with one, side by side. The best of 5 medians of N requests each,
after one warm-up.

Columns: `anon` a visitor without a session; `session` a browser session with progress (ticks,
a typing result, a saved plan: what the home page's journey, the role page and /drills/ show);
`account` a logged-in job seeker with the same progress. `q` columns: SQL queries of one
request of that kind, after the warm-up (a page-cache hit runs none).

Usage: make bench-sessions  (or .venv/bin/python bench/session_pages.py [repeats])
Uses its own database, bpoportal_sessionbench, seeded afresh; its own cache key prefix. Goal:
every public page at most 3 ms with a session.
"""

import os
import statistics
import sys
import time

import serving
from seeker_progress import ROLE, give_progress

REPEATS = 40
ROUNDS = 5
GOAL_MS = 3.0
PAGES = [
    "/",
    "/roles/",
    "/roles/?office=front&level=entry",
    f"/roles/{ROLE}/",
    "/roles/chat-email-support-agent/",  # asks for a typing speed: a visitor part
    "/ladder/",
    "/skills/",
    "/skills/active-listening/",
    "/metrics/",
    "/metrics/aht/",
    "/certifications/",
    "/resume/",
    "/glossary/",
    "/interviews/",
    "/interviews/?category=role_play",
    "/drills/",
    "/hiring/",
    "/hiring/philippines/",
    "/pay/",
    "/industry/",
    "/network/",
]

if __name__ == "__main__":
    REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else REPEATS
    env = serving.production_env(serving.database_url("bpoportal_sessionbench"))
    print("Seeding bpoportal_sessionbench …", flush=True)
    serving.seeded(env)
    os.environ.update(env)
    sys.path.insert(0, str(serving.ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")

import django  # noqa: E402


def job_seekers():
    """A browser session and an account, each with progress on several tools."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from careers.resumes.checklist import role_entries
    from careers.roles.models import Role
    from careers.seekers.models import Owner

    key = role_entries(Role.objects.get(slug=ROLE))[0].key
    browser = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
    browser.post(f"/resume/{ROLE}/tick/", {"key": key, "done": "on"})
    give_progress(Owner.objects.order_by("-pk").filter(user=None).first())
    user, _ = get_user_model().objects.get_or_create(username="bench-seeker")
    account = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
    account.force_login(user)
    give_progress(Owner.objects.get_or_create(user=user)[0])
    return browser, account


def measure(client, url: str) -> tuple[float, int]:
    """Milliseconds: the lowest median of ROUNDS rounds of REPEATS requests (as timeit takes
    the best of several runs: on a shared machine, other work only ever adds time), and the
    queries of one request, after a warm-up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url).status_code == 200, url  # warm: fills the shared caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    count = len(queries)  # now: the next request resets the connection's query log
    assert response.status_code == 200, (url, response.status_code)
    medians = []
    for _ in range(ROUNDS):
        spent = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            client.get(url)
            spent.append((time.perf_counter() - start) * 1000)
        medians.append(statistics.median(spent))
    return min(medians), count


def main() -> None:
    django.setup()
    from django.test import Client

    anonymous = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")
    browser, account = job_seekers()
    print(f"\nbest of {ROUNDS} medians of {REPEATS} in-process requests, production settings, gzip")
    from careers.interviews.models import Question

    question = Question.objects.published().first()
    kinds = "".join(f" {kind + ' ms':>10} {'q':>3}" for kind in ("anon", "session", "account"))
    print(f"{'page':<44}{kinds}")
    worst = 0.0
    for url in PAGES + ([question.get_absolute_url()] if question else []):
        cells = [measure(client, url) for client in (anonymous, browser, account)]
        worst = max(worst, cells[1][0], cells[2][0])
        (a, aq), (s, sq), (c, cq) = cells
        print(f"{url:<44} {a:>10.2f} {aq:>3} {s:>10.2f} {sq:>3} {c:>10.2f} {cq:>3}")
    verdict = "ok" if worst <= GOAL_MS else "ABOVE"
    print(f"\nslowest page with a session: {worst:.2f} ms ({verdict}: goal <= {GOAL_MS:.0f} ms)")


if __name__ == "__main__":
    main()
