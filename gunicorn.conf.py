"""gunicorn settings for production (`make serve` uses them too): `gunicorn bpoportal.wsgi`."""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
# The usual rule for sync workers: two per core, plus one.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 30  # a request that takes longer is a bug; the worker is replaced
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then (a slow leak cannot grow for ever), with jitter so they do not
# all go at once. Not often: a new worker costs about a second of CPU (importing the project,
# then compiling its templates and queries again). At 2,000 a worker recycled every 3-4 s
# under load, and public pages swung between 640 and 2,800 requests/s on 2 cores; with none,
# 2,700-2,970 (bench/throughput.py). At 20,000, about once every 40 s at full load.
max_requests = 20000
max_requests_jitter = 2000
accesslog = "-"  # to stdout, one line a request
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(L)ss'
errorlog = "-"
# gunicorn's control socket (for `gunicornc`) defaults to one path per user, so a second
# instance on the machine (a bench run, a second site, a blue/green deploy) would take over the
# first one's. Off unless GUNICORN_CONTROL_SOCKET names this instance's own path.
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "")
control_socket_disable = not control_socket
if control_socket_disable:
    del control_socket  # gunicorn rejects an empty path even when the socket is off
