"""Shared by the serving benchmarks: a bench database filled with the seed content, and the
portal (or any WSGI app) under gunicorn with production settings on a loopback port."""

import os
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv/bin/python")
GUNICORN = str(ROOT / ".venv/bin/gunicorn")


def database_url(name: str) -> str:
    """The server bin/database-url finds (or starts), database `name`."""
    out = subprocess.run([str(ROOT / "bin/database-url"), name], capture_output=True, text=True)
    if out.returncode:
        sys.exit(out.stderr)
    return out.stdout.strip()


def production_env(database: str, **extra) -> dict:
    """Production settings, plain HTTP on loopback (as `make serve`), own cache prefix."""
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": database,
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        "CACHE_KEY_PREFIX": "bench-" + uuid.uuid4().hex[:8],
        "STATIC_ROOT": "/tmp/bpoportal-bench-static",
        **extra,
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def seeded(env: dict) -> None:
    manage(env, "ensure_database")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_content", "-v0")
    manage(env, "rebuild_search")
    manage(env, "collectstatic", "--noinput", "-v0")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, seconds: float = 30) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing answers on port {port}")


@contextmanager
def gunicorn(app: str, env: dict, chdir: Path = ROOT):
    """`app` under the portal's gunicorn.conf.py (workers from the CPU count); yields its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py"), "--chdir", str(chdir), app],
        env={**env, "BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(20)
