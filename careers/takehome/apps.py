from django.apps import AppConfig


class TakehomeConfig(AppConfig):
    """Take-home pay: the curated contribution and tax tables of the Philippines and India, and
    a calculator that applies them to one or two job offers."""

    name = "careers.takehome"
    label = "takehome"
    verbose_name = "Take-home pay"
