"""Tests: fast hashing, in-memory e-mail, static files without a manifest."""

from .base import *  # noqa: F403

# load_demo_content and what it recorded; a real deployment does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# `make test` runs the suite in parallel processes (pytest-xdist): each keeps its own files and cache keys, so that
# one process emptying its cache or rewriting its pins never touches another's.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
MEDIA_ROOT = BASE_DIR / "test-artifacts" / _WORKER / "media"  # noqa: F405
HOTLINE_TEAM_KEY_PIN_FILE = BASE_DIR / "test-artifacts" / _WORKER / "team-key-pins"  # noqa: F405
if REDIS_URL:  # noqa: F405
    CACHES = two_caches.redis_caches(REDIS_URL, REDIS_SECURE_URL, f"{CACHE_KEY_PREFIX}-{_WORKER}")  # noqa: F405
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
# Key derivation at libsodium's minimum cost: the same code paths, without 64 MiB per test.
HOTLINE_KDF_COST = {"opslimit": 1, "memlimit": 8192}
HOTLINE_LOOKUP_KDF_COST = HOTLINE_KDF_COST
HOTLINE_PASSPHRASE_KDF_COST = HOTLINE_KDF_COST
CONTACT_MIN_FILL_SECONDS = 0
