from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    """Interview practice: a curated question bank, practice sessions and self-ratings."""

    name = "careers.interviews"
    label = "interviews"
    verbose_name = "Interview practice"
