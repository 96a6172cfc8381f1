from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Mechanisms every area shares: publishable content, Markdown, admin base, set-up commands."""

    name = "careers.common"
    label = "common"

    def ready(self):
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from careers.common import content_version, hooks
        from careers.common.permissions import sync_content_groups

        # Every app's hooks.py registers what it adds to lower apps (see careers.common.hooks).
        hooks.autodiscover()

        # All tables exist by the time post_migrate fires, whichever app sends it.
        post_migrate.connect(sync_content_groups, sender=self, dispatch_uid="sync_content_groups")

        # Every write to a content table changes the content version that keys the caches.
        connection_created.connect(content_version.install, dispatch_uid="content_version")
