from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Site search over every public content type, on PostgreSQL full-text search."""

    name = "careers.search"
    label = "search"
    verbose_name = "Site search"

    def ready(self):
        # Every app's hooks (and so every search source) are registered by now: common's
        # ready() ran first. Keep the index current on every save, delete and link change.
        from careers.search import indexing

        indexing.connect_signals()
