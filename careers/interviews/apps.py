from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    """Interview practice: a curated question bank, practice sessions and self-ratings."""

    name = "careers.interviews"
    label = "interviews"
    verbose_name = "Interview practice"

    def ready(self):
        from careers.interviews import hooks  # noqa: F401  (role page, /me/ and login merge)
