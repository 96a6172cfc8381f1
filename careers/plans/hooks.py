"""How career plans plug into lower apps: the role page's "how to get here" section and the
backgrounds' content spec."""

from careers.common import hooks
from careers.common.hooks import Section
from careers.plans.content import BACKGROUNDS
from careers.plans.models import Background

hooks.content(BACKGROUNDS)


@hooks.role_section
def how_to_get_here(request, role):
    """Backgrounds that lead here, and a link to plan the route (one query)."""
    backgrounds = list(Background.objects.visible_to(request.user).filter(entry_roles=role))
    return Section(
        "plans/_role_section.html",
        {"role": role, "backgrounds": backgrounds},
        toc=("plan-route", "Plan your route"),
    )
