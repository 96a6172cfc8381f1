"""gunicorn: each instance on a machine has its own control socket, or none (issue 27)."""

import os
import subprocess
import time
import urllib.request

from bench import serving


def run_instance(tmp_path, **env):
    """A one-worker gunicorn with the portal's gunicorn.conf.py serving the hello-world app,
    HOME and XDG_RUNTIME_DIR in `tmp_path` (where gunicorn puts its default socket)."""
    port = serving.free_port()
    environ = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "WEB_CONCURRENCY": "1",
        "BIND": f"127.0.0.1:{port}",
        **env,
    }
    proc = subprocess.Popen(
        [serving.GUNICORN, "-c", str(serving.ROOT / "gunicorn.conf.py"),
         "--chdir", str(serving.ROOT / "bench"), "hello_world:application"],
        env=environ, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    serving.wait_for_port(port)
    return proc, f"http://127.0.0.1:{port}/"


def test_two_instances_share_no_control_socket(tmp_path):
    first, first_url = run_instance(tmp_path)
    second, second_url = run_instance(tmp_path)
    try:
        for url in (first_url, second_url):
            assert urllib.request.urlopen(url, timeout=10).read() == b"Hello, world"
        # gunicorn's default would be tmp_path/gunicorn.ctl, one path for both instances.
        assert not list(tmp_path.rglob("*.ctl"))
    finally:
        for proc in (first, second):
            proc.terminate()
            proc.wait(20)


def test_an_instance_can_name_its_own_control_socket(tmp_path):
    path = tmp_path / "blue.ctl"
    proc, url = run_instance(tmp_path, GUNICORN_CONTROL_SOCKET=str(path))
    try:
        assert urllib.request.urlopen(url, timeout=10).read() == b"Hello, world"
        for _ in range(50):  # the arbiter makes the socket just after it starts listening
            if path.exists():
                break
            time.sleep(0.1)
        assert path.is_socket()
        assert [p.name for p in tmp_path.rglob("*.ctl")] == ["blue.ctl"]
    finally:
        proc.terminate()
        proc.wait(20)
