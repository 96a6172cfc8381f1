from django.apps import AppConfig


class PluginAppConfig(AppConfig):
    """A test-only app: everything it adds to other apps is in its own hooks.py."""

    name = "tests.plugin_app"
    label = "plugin_app"
