"""Time the public pages over the seed content and print figures (not a test: no assertions).

Usage: make bench   (or: .venv/bin/python bench/pages.py [repeats])
Prints, per page: the SQL queries of one full render (the page cache bypassed, caches warm),
median and worst time over N requests through Django's test client (no network; public pages
from the page cache after the first), and response size. `make bench-sessions` compares
visitors with and without a session under production settings.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")

import django

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from careers.interviews.models import Question  # noqa: E402
from careers.roles.models import Metric, Role  # noqa: E402
from careers.skills.models import Skill  # noqa: E402

JOB_AD = (Path(__file__).resolve().parent.parent / "tests/data/job_ads/csr_voice.txt").read_text()


def pages() -> list[tuple[str, str]]:
    role = Role.objects.published().first()
    skill = Skill.objects.published().first()
    metric = Metric.objects.published().first()
    urls = [
        "/",
        "/roles/",
        "/roles/?office=front&level=entry",
        "/ladder/",
        "/skills/",
        "/metrics/",
        "/certifications/",
        "/resume/",
        "/me/",
        "/interviews/",
        "/interviews/?category=role_play",
        "/interviews/practice/",
        "/pay/",
        "/take-home/philippines/",
        # Results are never page-cached (made-up numbers): each of these is computed every time.
        "/take-home/philippines/?a-basic=30000&a-night_hours=176&a-tax_free=2000"
        "&a-place=metro-manila&b-basic=18000&b-place=metro-cebu",
        "/take-home/india/?a-basic=12500&a-ctc=300000&a-place=noida",
    ]
    if role:
        urls += [f"/roles/{role.slug}/", f"/resume/{role.slug}/"]
    if skill:
        urls.append(f"/skills/{skill.slug}/")
    if metric:
        urls.append(f"/metrics/{metric.slug}/")
    if question := Question.objects.published().first():
        urls.append(f"/interviews/{question.slug}/")
    return [("GET", url) for url in urls] + [("POST", "/resume/match/")]


def request(client, method, url):
    if method == "POST":
        return client.post(url, {"text": JOB_AD})
    return client.get(url)


def main(repeats: int = 30) -> None:
    client = Client(HTTP_HOST="127.0.0.1")  # an allowed host in development settings
    print(f"{'page':45} {'queries':>7} {'median ms':>10} {'max ms':>8} {'KiB':>6}")
    for method, url in pages():
        request(client, method, url)  # warm: Markdown, vocabularies, the page cache
        reset_queries()  # the query log is capped; an emptied log counts exactly
        with override_settings(PAGE_CACHE=False), CaptureQueriesContext(connection) as ctx:
            response = request(client, method, url)
        queries = len(ctx)  # now: the next request empties the connection's query log
        timings = []
        for _ in range(repeats):
            start = time.perf_counter()
            request(client, method, url)
            timings.append((time.perf_counter() - start) * 1000)
        label = f"{method} {url}"
        print(
            f"{label:45} {queries:>7} {statistics.median(timings):>10.1f} "
            f"{max(timings):>8.1f} {len(response.content) / 1024:>6.1f}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
