from django.apps import AppConfig

from . import checks, sign_in_times  # noqa: F401 - checks registers the refusal of demo accounts


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Staff accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        sign_in_times.connect()
