from django.apps import AppConfig

from . import sign_in_times


class StaffConfig(AppConfig):
    name = "staff"
    verbose_name = "Staff accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        sign_in_times.connect()
