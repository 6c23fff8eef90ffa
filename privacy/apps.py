from django.apps import AppConfig

from . import checks  # noqa: F401 - registers what production refuses to run with


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = "Privacy"
