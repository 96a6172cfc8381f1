from django.apps import AppConfig


class CommonConfig(AppConfig):
    """Mechanisms every area shares: publishable content, Markdown, admin base, set-up commands."""

    name = "careers.common"
    label = "common"

    def ready(self):
        from django.db.models.signals import post_migrate, pre_save

        from careers.common import hooks, limits
        from careers.common.permissions import sync_content_groups

        # Every app's hooks.py registers what it adds to lower apps (see careers.common.hooks).
        hooks.autodiscover()
        hooks.public_params("page")  # every paginated list (careers.common.paging)
        hooks.not_content("common.PendingChange")  # an edit waiting for a publisher

        # Every new row of a capped model is counted against its owner's cap as it is saved.
        pre_save.connect(limits.check_cap_on_save, dispatch_uid="owner_caps")

        # All tables exist by the time post_migrate fires, whichever app sends it.
        post_migrate.connect(sync_content_groups, sender=self, dispatch_uid="sync_content_groups")
