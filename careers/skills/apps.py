from django.apps import AppConfig


class SkillsConfig(AppConfig):
    """Skills, which roles need them, and where to learn them."""

    name = "careers.skills"
    label = "skills"
