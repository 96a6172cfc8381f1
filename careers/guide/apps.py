from django.apps import AppConfig


class GuideConfig(AppConfig):
    """The guide: how hiring works and what the work pays, per country, every fact sourced."""

    name = "careers.guide"
    label = "guide"
    verbose_name = "Hiring and pay guide"
