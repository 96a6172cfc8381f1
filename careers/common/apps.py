from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Mechanisms every area shares: publishable content, Markdown, admin base, set-up commands."""

    name = "careers.common"
    label = "common"
