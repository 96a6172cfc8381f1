from django.apps import AppConfig


class SeekersConfig(AppConfig):
    """Job-seeker accounts and "whose progress is this" (an account, or the browser session)."""

    name = "careers.seekers"
    label = "seekers"

    def ready(self):
        from careers.seekers import signals  # noqa: F401  (connects the login merge)
