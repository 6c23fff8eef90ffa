import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# gunicorn runs no system checks: refuse to serve in a state nobody chose (SQLite, an unshared cache, demo
# accounts, short secrets) before the first request, as any manage.py command would (privacy.checks).
from django.conf import settings  # noqa: E402
from django.core import checks  # noqa: E402
from django.core.management.base import SystemCheckError  # noqa: E402

_refusals = [
    message
    for message in checks.run_checks()
    if message.is_serious() and message.id not in settings.SILENCED_SYSTEM_CHECKS
]
if _refusals:
    raise SystemCheckError("This server refuses to start:\n" + "\n".join(map(str, _refusals)))
