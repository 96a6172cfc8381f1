"""/healthz for load balancers: is the database reachable, and the shared cache? Answers 200
when the database is (the portal needs it), 503 when it is not; the cache is reported but a
cache outage only degrades speed."""

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

from bpoportal.serving.privacy import private_page


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:  # any failure means "not reachable" here
        return False


def _cache() -> bool:
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        return False


@private_page  # a load balancer must see the answer of now
def healthz(request):
    status = {"database": _database(), "cache": _cache()}
    return JsonResponse(
        {name: "ok" if up else "down" for name, up in status.items()},
        status=200 if status["database"] else 503,
    )
