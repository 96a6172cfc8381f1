from functools import cache

from django.conf import settings
from django.urls import reverse

from careers.common import hooks


@cache
def menu() -> tuple[tuple[str, str], ...]:
    """The main menu as (label, address), from every app's `hooks.nav` entries; reversed once."""
    return tuple((entry.label, reverse(entry.url_name)) for entry in hooks.nav_entries())


def site(request):
    return {"site_name": settings.SITE_NAME, "menu": menu()}
