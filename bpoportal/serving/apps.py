from django.apps import AppConfig


class ServingConfig(AppConfig):
    name = "bpoportal.serving"
    label = "serving"

    def ready(self):
        from django.db.backends.signals import connection_created

        from bpoportal.serving import content_version

        # Every write to a content table changes the content version that keys the caches.
        connection_created.connect(content_version.install, dispatch_uid="content_version")
