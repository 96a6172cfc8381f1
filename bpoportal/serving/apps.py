from django.apps import AppConfig


class ServingConfig(AppConfig):
    name = "bpoportal.serving"
    label = "serving"

    def ready(self):
        from django.contrib.auth.signals import user_login_failed
        from django.db.backends.signals import connection_created

        from bpoportal.serving import content_version, ratelimits

        # Every write to a content table changes the content version that keys the caches.
        connection_created.connect(content_version.install, dispatch_uid="content_version")
        # Failed logins per account, across addresses (the guard against password spraying).
        user_login_failed.connect(ratelimits.count_failed_login, dispatch_uid="login_account")
