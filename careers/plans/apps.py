from django.apps import AppConfig


class PlansConfig(AppConfig):
    """Career plans: where you are now (backgrounds), which roles fit, routes to a target role."""

    name = "careers.plans"
    label = "plans"
    verbose_name = "Career plans"
