"""One command on a bare machine: bin/database-url starts a project-local PostgreSQL when none
answers, and bin/check-browser says how to get Chromium to someone who cannot install it.

Plain subprocess tests (no Django database): each local cluster lives in its own temporary
folder on its own free port, and is stopped and deleted afterwards. The machine's own
PostgreSQL is never touched.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL_SCRIPT = ROOT / "bin" / "database-url"
CHECK_BROWSER = ROOT / "bin" / "check-browser"
IS_ROOT = os.geteuid() == 0


def free_port():
    """A TCP port on 127.0.0.1 where nothing listens (the kernel's pick, released at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def has_server_programs():
    if glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        return True
    return bool(shutil.which("initdb") and shutil.which("pg_ctl"))


def script_env(**overrides):
    """This process's environment without DATABASE_URL (as when the user never set it)."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(overrides)
    return env


def database_url(env, *args):
    return subprocess.run(
        [str(DATABASE_URL_SCRIPT), *args], env=env, capture_output=True, text=True, timeout=120
    )


def with_database(url, name):
    return f"{url.rsplit('/', 1)[0]}/{name}"


def query_one(url, sql):
    conn = psycopg.connect(url, connect_timeout=5)
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
            return cur.fetchone()
    finally:
        conn.close()


def answers(port):
    with socket.socket() as sock:
        sock.settimeout(2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def workdir():
    """A folder the postgres user can reach when the tests run as root (pytest's own tmp_path
    may sit in a 0700 folder): /tmp, then a 0755 folder of our own."""
    path = Path(tempfile.mkdtemp(prefix="bpoportal-pg-test-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def local_env(workdir):
    """Nothing answers at the default address; the local cluster goes to workdir on a free
    port. The cluster is stopped (if it was started) before workdir is deleted."""
    dead, local = free_port(), free_port()
    env = script_env(
        DEFAULT_DATABASE_URL=f"postgres://postgres@127.0.0.1:{dead}/bpoportal",
        LOCAL_POSTGRES_DIR=str(workdir / "pg"),
        LOCAL_POSTGRES_PORT=str(local),
    )
    yield env
    database_url(env, "--stop")


needs_server_programs = pytest.mark.skipif(
    not has_server_programs(), reason="the PostgreSQL server programs are not installed here"
)


@needs_server_programs
def test_starts_a_local_cluster_when_nothing_answers_and_reuses_it(local_env):
    if IS_ROOT:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root without a postgres user to own the cluster")
    port = local_env["LOCAL_POSTGRES_PORT"]
    folder = Path(local_env["LOCAL_POSTGRES_DIR"])

    first = database_url(local_env)
    assert first.returncode == 0, first.stderr
    url = first.stdout.strip()
    assert url == f"postgres://postgres@127.0.0.1:{port}/bpoportal"
    assert "project-local" in first.stderr
    assert query_one(with_database(url, "postgres"), "SELECT 1") == (1,)
    assert query_one(with_database(url, "postgres"), "SHOW server_encoding") == ("UTF8",)
    # The socket stays inside the folder (not the system's /var/run/postgresql).
    assert (folder / f".s.PGSQL.{port}").is_socket()
    if IS_ROOT:  # initdb refuses root: the cluster belongs to postgres
        assert folder.stat().st_uid == pwd.getpwnam("postgres").pw_uid

    # Again: the same cluster, at once and without a word.
    started = time.monotonic()
    again = database_url(local_env)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == url
    assert again.stderr == ""
    assert time.monotonic() - started < 2
    # A benchmark's own database on the same server.
    bench = database_url(local_env, "bpoportal_bench")
    assert bench.stdout.strip() == with_database(url, "bpoportal_bench")

    # ensure_database (what make runs next) creates the portal's database in it.
    created = subprocess.run(
        [sys.executable, "manage.py", "ensure_database"],
        env={**local_env, "DATABASE_URL": url, "DEBUG": "true"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert created.returncode == 0, created.stderr
    assert "bpoportal" in created.stdout

    # Stopped, it starts again from the same data (the database is still there).
    stopped = database_url(local_env, "--stop")
    assert stopped.returncode == 0, stopped.stderr
    assert not (folder / "data" / "postmaster.pid").exists()
    restarted = database_url(local_env)
    assert restarted.returncode == 0, restarted.stderr
    assert restarted.stdout.strip() == url
    assert "creating" not in restarted.stderr
    assert query_one(url, "SELECT current_database()") == ("bpoportal",)


def test_without_server_programs_it_says_which_package_to_install(local_env):
    result = database_url({**local_env, "POSTGRES_BIN_DIR": "/nonexistent"})
    assert result.returncode != 0
    assert result.stdout == ""
    assert "No PostgreSQL server answers" in result.stderr
    assert "sudo apt-get install -y postgresql" in result.stderr
    assert "project-local cluster" in result.stderr
    assert "DATABASE_URL" in result.stderr
    assert not Path(local_env["LOCAL_POSTGRES_DIR"]).exists()


def test_your_own_database_url_is_used_as_it_is_even_when_dead(local_env):
    mine = f"postgres://me@127.0.0.1:{free_port()}/mine"
    result = database_url({**local_env, "DATABASE_URL": mine})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == mine
    # Nothing was started: ensure_database will explain that nothing answers there.
    assert not Path(local_env["LOCAL_POSTGRES_DIR"]).exists()
    assert not answers(int(local_env["LOCAL_POSTGRES_PORT"]))


def test_a_server_at_the_default_address_is_used_after_a_plain_tcp_check(local_env):
    with socket.socket() as listener:  # any listener will do: a plain TCP check, no psql
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        default = f"postgres://postgres@127.0.0.1:{port}/bpoportal"
        env = {**local_env, "DEFAULT_DATABASE_URL": default}
        assert database_url(env).stdout.strip() == default
        named = database_url(env, "bpoportal_seedbench").stdout.strip()
        assert named == f"postgres://postgres@127.0.0.1:{port}/bpoportal_seedbench"
    assert not Path(local_env["LOCAL_POSTGRES_DIR"]).exists()


def run_check_browser(**env):
    """bin/check-browser as an ordinary user (nobody, when these tests run as root), from a
    folder anyone can read: the checkout itself may sit in one only root can enter."""
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        script = folder / "check-browser"
        shutil.copy(CHECK_BROWSER, script)
        script.chmod(0o755)
        command = ["runuser", "-u", "nobody", "--", str(script)] if IS_ROOT else [str(script)]
        return subprocess.run(
            command, env=script_env(**env), capture_output=True, text=True, timeout=60, cwd="/"
        )
    finally:
        shutil.rmtree(folder)


def test_without_root_a_missing_browser_is_explained_not_installed():
    result = run_check_browser(BROWSER_COMMAND="no-such-browser-for-bpoportal-tests")
    assert result.returncode != 0
    assert "sudo apt-get install -y chromium" in result.stderr
    assert "make test SKIP_BROWSER=1" in result.stderr
    assert "Installing" not in result.stdout


def test_an_installed_browser_needs_nothing():
    result = run_check_browser(BROWSER_COMMAND="sh")
    assert result.returncode == 0
    assert result.stdout == result.stderr == ""


def make_dry_run(*args):
    return subprocess.run(
        ["make", "-n", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    ).stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_skip_browser_leaves_out_the_browser_tests_only_when_asked():
    skipped = make_dry_run("pytest", "SKIP_BROWSER=1")
    assert "--ignore=tests/browser" in skipped
    assert "check-browser" not in skipped
    full = make_dry_run("pytest", "SKIP_BROWSER=")
    assert "--ignore=tests/browser" not in full
    assert "check-browser" in full


def test_ci_never_skips_the_browser_tests():
    ci = (ROOT / ".ci" / "run").read_text()
    assert "unset SKIP_BROWSER" in ci
    assert ci.index("unset SKIP_BROWSER") < ci.index("make test")
