"""Settings of `make screenshots`: the test settings on a throwaway database, media folder and pin file.

The developer's db.sqlite3, media/ and pins stay untouched; SCREENSHOTS_WORKDIR names the folder that is thrown away.
"""

import os
from pathlib import Path

from config.settings.test import *  # noqa: F403

_WORKDIR = Path(os.environ["SCREENSHOTS_WORKDIR"])

DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": _WORKDIR / "db.sqlite3"}}
MEDIA_ROOT = _WORKDIR / "media"
HOTLINE_TEAM_KEY_PIN_FILE = _WORKDIR / "team-key-pins"
