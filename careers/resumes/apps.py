from django.apps import AppConfig


class ResumesConfig(AppConfig):
    """Resume and cover-letter tailoring: checklists per role or per job ad, and their ticks."""

    name = "careers.resumes"
    label = "resumes"
