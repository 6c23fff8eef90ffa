"""Every UI string in the code is translated into every language: no untranslated or fuzzy entry."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from django.conf import settings
from django.utils.translation import to_locale

PROJECT_DIR = Path(__file__).parent.parent
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
# Every package of the project (tests aside, as for makemessages) and manage.py.
SOURCES = [
    *sorted(path.name for path in PROJECT_DIR.iterdir() if (path / "__init__.py").exists() and path.name != "tests"),
    "manage.py",
]


def catalog(language):
    return PROJECT_DIR / "locale" / to_locale(language) / "LC_MESSAGES" / "django.po"


def msgids(po_file):
    text = po_file.read_text()
    entries = re.findall(r'^msgid ((?:".*"\n)+)', text, flags=re.MULTILINE)
    return {"".join(re.findall(r'"(.*)"', entry)) for entry in entries} - {""}


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_catalog_is_complete(language):
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalog(language))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr, result.stderr


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory):
    """The catalog makemessages would write today, made in a copy so the real one is not touched."""
    copy = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = PROJECT_DIR / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy(source, copy / name)
    (copy / "locale" / "en" / "LC_MESSAGES").mkdir(parents=True)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "-v", "0"],
        cwd=copy,
        check=True,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(copy)},
    )
    return msgids(copy / "locale" / "en" / "LC_MESSAGES" / "django.po")


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_string_in_the_code_is_in_the_catalog(strings_in_code, language):
    missing = strings_in_code - msgids(catalog(language))
    assert not missing, f"run makemessages and translate: {sorted(missing)[:10]}"
