from django.apps import AppConfig


class RolesConfig(AppConfig):
    """Career paths: roles, the steps between them, KPIs and certifications."""

    name = "careers.roles"
    label = "roles"
