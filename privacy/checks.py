"""What a production server refuses to run with, as Django system checks.

They hold where HOTLINE_REFUSE_UNSAFE_STATES is on (the production settings): `manage.py check`, `migrate` and
every other command stop on them, and so does config/wsgi.py, since gunicorn runs no checks.
"""

from django.conf import settings
from django.core.checks import Error, Tags, register

# Caches that live inside one process or one machine: rate limits, sessions and unlocked inboxes would not be
# shared by the app servers, and a restart would forget them. The process's own cache is one on purpose: what it
# keeps is kept under the generation that every request reads from the shared cache.
UNSHARED_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)
MIN_SECRET_LENGTH = {"SECRET_KEY": 50, "HOTLINE_PEPPER": 43}


@register(Tags.security)
def refuse_sqlite(app_configs, **kwargs):
    if not settings.HOTLINE_REFUSE_UNSAFE_STATES or "sqlite" not in settings.DATABASES["default"]["ENGINE"]:
        return []
    return [
        Error(
            "The database is SQLite, which is for development only: under concurrent messages it fails and loses "
            "what people wrote.",
            hint="Set DATABASE_URL to the PostgreSQL database, e.g. postgres://hotline:PASSWORD@127.0.0.1:5432/hotline",
            id="privacy.E001",
        )
    ]


@register(Tags.caches)
def refuse_unshared_caches(app_configs, **kwargs):
    if not settings.HOTLINE_REFUSE_UNSAFE_STATES:
        return []
    return [
        Error(
            f"The cache '{alias}' is not shared between app servers ({cache['BACKEND']}).",
            hint="Set REDIS_URL: rate limits, sessions and unlocked inboxes must be shared.",
            id="privacy.E002",
        )
        for alias, cache in settings.CACHES.items()
        if cache["BACKEND"] in UNSHARED_CACHES and alias != settings.HOTLINE_PROCESS_CACHE
    ]


@register(Tags.security)
def refuse_short_secrets(app_configs, **kwargs):
    if not settings.HOTLINE_REFUSE_UNSAFE_STATES:
        return []
    return [
        Error(
            f"{name} is missing or shorter than {length} characters.",
            hint=f"Set {name} to a long random value: python3 -c 'import secrets; print(secrets.token_urlsafe(48))'",
            id="privacy.E003",
        )
        for name, length in MIN_SECRET_LENGTH.items()
        if len(getattr(settings, name, "") or "") < length
    ]
