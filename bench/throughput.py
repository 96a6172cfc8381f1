"""Requests per second of each public page as a share of a Django hello-world, both under the
same gunicorn settings (gunicorn.conf.py), production settings, `Accept-Encoding: gzip` like a
browser, `wrk -t1 -c8`; the median of three runs per page. Then the server time of a job-ad
check and of /me/ with 50 saved ads.

Each content page is also loaded with the cookie of a browser session holding progress
(bench/seeker_progress.py): such a visitor's pages are made from the shared body cached per
content version plus their own parts, and the `session` column is their rate as a share of the
page-cache rate (reported, not bound).

Usage: make bench-throughput  (or .venv/bin/python bench/throughput.py [seconds per run])
Uses its own database, bpoportal_throughput, seeded afresh. Goals on a 2-core machine: a role
page at least 50 % of hello-world, every public content page at least 25 % (search and form
pages are reported, not bound)."""

import re
import shutil
import statistics
import subprocess
import sys

import serving

SECONDS = sys.argv[1] if len(sys.argv) > 1 else "3"
ROLE = "/roles/customer-service-representative/"
CONTENT_PAGES = [
    "/",
    "/roles/",
    "/roles/?office=front&level=entry",
    "/ladder/",
    "/skills/",
    "/skills/active-listening/",
    "/metrics/",
    "/metrics/aht/",
    "/certifications/",
    "/resume/",
    "/glossary/",
    "/interviews/",
    "/drills/",
    "/hiring/",
    "/hiring/philippines/",
    "/pay/",
    "/industry/",
    "/network/",
]
# Search results, and pages with a form that posts (a CSRF token: never from the page cache).
REPORTED = [
    "/search/?q=aht",
    "/plan/route/?from=customer-service-representative&to=team-leader",
    "/resume/match/",
    "/resume/customer-service-representative/",
]


def wrk(url: str, cookie: str | None) -> tuple[float, int]:
    headers = ["-H", "Accept-Encoding: gzip"] + (["-H", f"Cookie: {cookie}"] if cookie else [])
    out = subprocess.run(
        ["wrk", "-t1", "-c8", f"-d{SECONDS}s", *headers, url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rate, int(bad.group(1)) if bad else 0


def median_rate(url: str, cookie: str | None = None) -> tuple[float, int]:
    cookie_header = ["-H", f"Cookie: {cookie}"] if cookie else []
    subprocess.run(["curl", "-s", "-o", "/dev/null", "-H", "Accept-Encoding: gzip",
                    *cookie_header, url])  # fmt: skip
    runs = [wrk(url, cookie) for _ in range(3)]
    return statistics.median(r for r, _ in runs), sum(b for _, b in runs)


def main() -> None:
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install -y wrk")
    env = serving.production_env(serving.database_url("bpoportal_throughput"))
    print("Seeding bpoportal_throughput …", flush=True)
    serving.seeded(env)
    with serving.gunicorn("hello_world:application", env, chdir=serving.ROOT / "bench") as hello:
        before, _ = median_rate(hello + "/")
    cookie = subprocess.run([serving.PY, "bench/seeker_progress.py"], cwd=serving.ROOT, env=env,
                            capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    rows = []
    with serving.gunicorn("bpoportal.wsgi", env) as portal:
        for path in [ROLE, *CONTENT_PAGES, *REPORTED]:
            with_session = median_rate(portal + path, cookie) if path not in REPORTED else None
            rows.append((path, *median_rate(portal + path), with_session))
    with serving.gunicorn("hello_world:application", env, chdir=serving.ROOT / "bench") as hello:
        after, _ = median_rate(hello + "/")
    ceiling = (before + after) / 2
    print(f"\nhello-world: {ceiling:,.0f} requests/s (first {before:,.0f}, last {after:,.0f})")
    session_heads = f"{'session req/s':>13} {'of cached':>9}"
    print(f"{'page':<66} {'req/s':>8} {'share':>6}  {'goal':<10} {session_heads}")
    for path, rate, bad, with_session in rows:
        goal = 50 if path == ROLE else 25 if path in CONTENT_PAGES else None
        share = 100 * rate / ceiling
        verdict = "reported" if goal is None else ("ok" if share >= goal else "BELOW") + f" {goal}%"
        session = ""
        if with_session:
            session_rate, session_bad = with_session
            session = f" {session_rate:>13,.0f} {100 * session_rate / rate:>8.0f}%"
            bad += session_bad
        errors = f"  ({bad} non-2xx/3xx)" if bad else ""
        print(f"{path:<66} {rate:>8,.0f} {share:>5.0f}%  {verdict:<10}{session}{errors}")
    print()
    subprocess.run([serving.PY, "bench/server_times.py"], cwd=serving.ROOT,
                   env={**env, "RATE_LIMIT_WRITES": "100000/m"}, check=True)  # fmt: skip


if __name__ == "__main__":
    main()
