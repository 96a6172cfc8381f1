from django.apps import AppConfig


class SpeakingConfig(AppConfig):
    """Speaking practice: spoken drills and spoken interview answers, scored on our server."""

    name = "careers.speaking"
    label = "speaking"
    verbose_name = "Speaking practice"
