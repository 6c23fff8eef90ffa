"""Development: debug pages, a throwaway secret, the local-memory cache."""

from .base import *  # noqa: F403

# load_demo_content and what it recorded; a real deployment does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
HOTLINE_TEAM_KEY_PIN_FILE = BASE_DIR / ".hotline" / "team-key-pins"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"  # e-mails are printed, not sent

# django-ratelimit wants a shared cache; one process in development does not need it.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
