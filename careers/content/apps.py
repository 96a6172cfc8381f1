from django.apps import AppConfig


class ContentConfig(AppConfig):
    """Seed content packs: readable YAML files in content/, loaded idempotently by natural key.

    The top layer: it may import every other app, and no app imports it.
    """

    name = "careers.content"
    label = "content"
