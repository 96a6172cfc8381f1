from django.apps import AppConfig


class DrillsConfig(AppConfig):
    """Readiness drills: the typing and accuracy tests BPO employers screen applicants with."""

    name = "careers.drills"
    label = "drills"
    verbose_name = "Readiness drills"
