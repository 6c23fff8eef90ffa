"""Static files with hashed names, whose manifest is not itself a static file.

Django's manifest (staticfiles.json) lists every static path and so every app of the site; kept in
STATIC_ROOT it would be served to anyone at /static/staticfiles.json. Here it lives in a folder beside
STATIC_ROOT (staticfiles -> staticfiles-manifest), read by the application and served by nothing.
"""

from pathlib import Path

from whitenoise.storage import CompressedManifestStaticFilesStorage

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def manifest_root():
    static_root = Path(settings.STATIC_ROOT)
    return static_root.with_name(f"{static_root.name}-manifest")


class ManifestOutsideStaticRootStorage(CompressedManifestStaticFilesStorage):
    def __init__(self, *args, manifest_storage=None, **kwargs):
        if manifest_storage is None:
            manifest_storage = FileSystemStorage(location=manifest_root())
        super().__init__(*args, manifest_storage=manifest_storage, **kwargs)
