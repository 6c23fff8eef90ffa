from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site for development and tests; a real deployment does not install it."""

    name = "demo"
    default_auto_field = "django.db.models.BigAutoField"
