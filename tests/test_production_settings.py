"""Production settings refuse to start half-configured, and pass Django's deployment checks when complete."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).parent.parent
COMPLETE_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "hotline.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "CONTACT_CLIENT_ADDRESS_HEADER": "HTTP_X_REAL_IP",
    "HOTLINE_PEPPER": "pepper-for-the-deploy-check-only-0123456789-abcdefghij",
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
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "CONTACT_CLIENT_ADDRESS_HEADER", "HOTLINE_PEPPER"]
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
