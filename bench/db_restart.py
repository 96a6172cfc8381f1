"""A PostgreSQL restart under load: what visitors see, and how soon the portal is back.

Starts its own PostgreSQL in a temporary folder (as the postgres user when run as root), seeds
it, runs the portal under gunicorn with production settings, and loads public pages from
threads without a session and with one (a visitor who ticked a checklist line), while a
probe asks /healthz every 50 ms. Mid-way the database is restarted (`pg_ctl restart -m fast`).
Prints the errors seen per kind of visitor and the time from the database answering again
to the portal answering normally. Goal: no error on public pages, back within 2 s.

Usage: bench/db_restart.sh  (or .venv/bin/python bench/db_restart.py [seconds])"""

import glob
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter

import serving

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 12
PAGES = [
    "/",
    "/roles/",
    "/roles/customer-service-representative/",
    "/ladder/",
    "/skills/",
    "/metrics/aht/",
    "/glossary/",
    "/industry/",
]
ROLE = "customer-service-representative"


def as_postgres(*cmd: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else list(cmd)


class Cluster:
    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not found:
            sys.exit("PostgreSQL's server programs are needed: apt-get install -y postgresql")
        self.bin = os.path.dirname(found[-1])
        self.dir = tempfile.mkdtemp(prefix="bpoportal-restart-")
        os.chmod(self.dir, 0o755)
        if os.geteuid() == 0:
            subprocess.run(["chown", "postgres", self.dir], check=True)
        self.port = serving.free_port()
        self.data = os.path.join(self.dir, "data")
        initdb = as_postgres(f"{self.bin}/initdb", "-D", self.data, "-A", "trust", "-U", "postgres")
        subprocess.run(initdb, check=True, stdout=subprocess.DEVNULL)
        self.pg_ctl("start")

    def pg_ctl(self, *args: str) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        subprocess.run(
            as_postgres(f"{self.bin}/pg_ctl", "-D", self.data, "-o", options, "-w",
                        "-l", os.path.join(self.dir, "log"), *args),
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/bpoportal"

    def remove(self) -> None:
        self.pg_ctl("stop", "-m", "fast")
        subprocess.run(["rm", "-rf", self.dir], check=True)


def visitor_with_a_session(base: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(f"{base}/resume/{ROLE}/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    key = re.search(r'name="key" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "key": key, "done": "on"})
    request = urllib.request.Request(f"{base}/resume/{ROLE}/tick/", data=data.encode(),
                                     headers={"Referer": base + "/"})  # fmt: skip
    opener.open(request).read()
    assert any(c.name == "sessionid" for c in jar), "no session cookie"
    return opener


def status_of(opener, url: str) -> int:
    try:
        with opener.open(url, timeout=10) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0  # no answer at all


def main() -> None:
    cluster = Cluster()
    try:
        env = serving.production_env(cluster.url(), DB_CONN_MAX_AGE="60")
        print("Seeding a private PostgreSQL …", flush=True)
        serving.seeded(env)
        with serving.gunicorn("bpoportal.wsgi", env) as base:
            run(base, cluster)
    finally:
        cluster.remove()


def run(base: str, cluster: Cluster) -> None:
    plain = urllib.request.build_opener()
    for page in PAGES:  # the pages a visitor without a session gets from the cache
        status_of(plain, base + page)
    seeker = visitor_with_a_session(base)
    results: dict[str, Counter] = {
        "public pages, without a session": Counter(),
        "public pages, with a session": Counter(),
        "own checklist (needs the database; 503 expected during the restart)": Counter(),
    }
    own = [f"/resume/{ROLE}/"]
    stop = threading.Event()

    def load(kind: str, opener, pages=PAGES) -> None:
        n = 0
        while not stop.is_set():
            results[kind][status_of(opener, base + pages[n % len(pages)])] += 1
            n += 1

    health: list[tuple[float, int]] = []

    def probe() -> None:
        while not stop.is_set():
            health.append((time.monotonic(), status_of(plain, base + "/healthz")))
            time.sleep(0.05)

    kinds = list(results)
    threads = [threading.Thread(target=load, args=(kinds[0], plain)) for _ in range(3)]
    threads += [threading.Thread(target=load, args=(kinds[1], seeker)) for _ in range(3)]
    threads.append(threading.Thread(target=load, args=(kinds[2], seeker, own)))
    threads.append(threading.Thread(target=probe))
    for thread in threads:
        thread.start()
    time.sleep(SECONDS / 3)
    went_down = time.monotonic()
    cluster.pg_ctl("restart", "-m", "fast")
    came_back = time.monotonic()  # pg_ctl -w returns once the server accepts connections
    time.sleep(SECONDS * 2 / 3)
    stop.set()
    for thread in threads:
        thread.join()
    failing = [t for t, status in health if went_down <= t and status != 200]
    healthy_again = next((t for t, status in health if t > came_back and status == 200), None)
    print(f"\nDatabase restarted in {came_back - went_down:.2f} s (pg_ctl restart -m fast)")
    for kind, seen in results.items():
        errors = sum(n for status, n in seen.items() if status != 200)
        detail = ", ".join(f"{status}: {n}" for status, n in sorted(seen.items()))
        print(f"{kind}: {sum(seen.values())} requests, {errors} not 200 ({detail})")
    print(f"/healthz not 200 for {len(failing)} probes (every 50 ms) during the restart")
    if healthy_again is None:
        print("NOT back to normal before the end of the run")
    else:
        print(f"back to normal {max(0.0, healthy_again - came_back):.2f} s after the database")


if __name__ == "__main__":
    main()
