"""Production settings refuse to start half-configured or in a state nobody chose, and pass Django's deployment
checks when complete."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.core.checks import run_checks

from staff.demo_accounts import CONSULTANT, EDITOR

PROJECT_DIR = Path(__file__).parent.parent
COMPLETE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "hotline.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "REDIS_SECURE_URL": "redis://127.0.0.1:6379/1",
    "CONTACT_CLIENT_ADDRESS_HEADER": "HTTP_X_REAL_IP",
    "HOTLINE_PEPPER": "pepper-for-the-deploy-check-only-0123456789-abcdefghij",
    "HOTLINE_PUBLIC_ROOT_URL": "https://hotline.example.org",
    # Never connected to by these checks' success path: a database that is not there reads as not migrated.
    "DATABASE_URL": "postgres://nobody@127.0.0.1:9/not-a-database",
}


# Set by the browser tests for Playwright's event loop; never part of a deployment.
TEST_ONLY_VARIABLES = {"DJANGO_ALLOW_ASYNC_UNSAFE"}


def manage(*args, **environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in COMPLETE_ENVIRONMENT and key not in TEST_ONLY_VARIABLES
    }
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize(
    "missing",
    [
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "REDIS_URL",
        "REDIS_SECURE_URL",
        "CONTACT_CLIENT_ADDRESS_HEADER",
        "HOTLINE_PEPPER",
    ],
)
def test_refuses_to_start_without(missing):
    environment = {key: value for key, value in COMPLETE_ENVIRONMENT.items() if key != missing}
    result = manage("check", **environment)
    assert result.returncode != 0
    assert missing in result.stderr


@pytest.mark.parametrize("pepper", ["too-short-to-be-32-random-bytes", COMPLETE_ENVIRONMENT["SECRET_KEY"]])
def test_refuses_a_short_pepper_or_the_secret_key_as_pepper(pepper):
    result = manage("check", **{**COMPLETE_ENVIRONMENT, "HOTLINE_PEPPER": pepper})
    assert result.returncode != 0
    assert "HOTLINE_PEPPER must be at least 32 random bytes" in result.stderr


def test_deploy_check_passes_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **COMPLETE_ENVIRONMENT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_refuses_sqlite():
    environment = {key: value for key, value in COMPLETE_ENVIRONMENT.items() if key != "DATABASE_URL"}
    result = manage("check", **environment)
    assert result.returncode != 0
    assert "privacy.E001" in result.stderr and "SQLite" in result.stderr


def test_refuses_a_short_secret_key():
    result = manage("check", **{**COMPLETE_ENVIRONMENT, "SECRET_KEY": "short-but-present"})
    assert result.returncode != 0
    assert "privacy.E003" in result.stderr


def test_gunicorn_entry_point_refuses_what_manage_py_refuses():
    environment = {key: value for key, value in COMPLETE_ENVIRONMENT.items() if key != "DATABASE_URL"}
    inherited = {key: value for key, value in os.environ.items() if key not in {*TEST_ONLY_VARIABLES, "DATABASE_URL"}}
    env = {**inherited, **environment}
    result = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "refuses to start" in result.stderr and "privacy.E001" in result.stderr


@pytest.mark.django_db
def test_refuses_an_unshared_cache_and_demo_accounts(settings, django_user_model):

    settings.HOTLINE_REFUSE_UNSAFE_STATES = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert not [message for message in run_checks() if message.id == "staff.E001"]

    django_user_model.objects.create_user(EDITOR.username, password=EDITOR.password)
    consultant = django_user_model.objects.create_user(CONSULTANT.username, password="changed-but-device-kept")
    TOTPDevice.objects.create(user=consultant, name="phone", key=CONSULTANT.totp_key_hex, confirmed=True)

    ids = {message.id: str(message) for message in run_checks()}
    assert "privacy.E002" in ids
    assert EDITOR.username in ids["staff.E001"] and CONSULTANT.username in ids["staff.E001"]


def test_the_development_server_still_loads_the_entry_point():
    """runserver serves config/wsgi.py too: development's silenced checks must not stop it."""
    env = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES}
    env["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    result = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
