"""Server time of the two heaviest job-seeker actions, in-process (no network), production
settings: checking a pasted job ad, and /me/ with 50 saved ads. Median of many requests.

Run by bench/throughput.py with its environment (the bench database, seeded)."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bpoportal.settings")

import django

django.setup()

from django.test import Client  # noqa: E402

JOB_AD = (Path(__file__).resolve().parent.parent / "tests/data/job_ads/csr_voice.txt").read_text()


def median_ms(call, times: int) -> float:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        response = call()
        spent.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 302), response.status_code
    return statistics.median(spent)


def main() -> None:
    visitor = Client(HTTP_HOST="127.0.0.1")
    visitor.get("/resume/match/")  # warm: the vocabulary is built once per content version
    check = median_ms(lambda: visitor.post("/resume/match/", {"text": JOB_AD}), 40)
    for n in range(50):
        response = visitor.post("/resume/match/save/", {"title": f"Ad {n}", "text": JOB_AD})
        assert response.status_code == 302, response.status_code
    me = median_ms(lambda: visitor.get("/me/"), 30)
    print(f"job-ad check ({len(JOB_AD):,} characters): {check:.1f} ms (goal < 15 ms)")
    print(f"/me/ with 50 saved ads: {me:.1f} ms (goal < 50 ms)")


if __name__ == "__main__":
    main()
