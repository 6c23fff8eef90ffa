"""A Django process of its own, for what a test cannot do inside its own: a database that is a closed port, or a
database restored from a dump."""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).parent.parent


def run_script(script, *arguments, database_url, timeout=60):
    """Runs ``script`` (Python that sets Django up and prints one JSON line last) with the test settings on
    ``database_url``: (what it printed last, read, and everything it wrote, for what must not be there)."""
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": database_url}
    result = subprocess.run(  # noqa: S603 - the test's own script
        [sys.executable, "-c", script, *arguments],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1]), result.stdout + result.stderr
