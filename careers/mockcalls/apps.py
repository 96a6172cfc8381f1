from django.apps import AppConfig


class MockCallsConfig(AppConfig):
    """Mock customer chats and calls: a simulated customer, scored against a QA scorecard."""

    name = "careers.mockcalls"
    label = "mockcalls"
    verbose_name = "Mock calls and chats"
