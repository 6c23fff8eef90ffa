"""The production settings plus the demo app, only for `make serve` to migrate and load the demo content
(deploy/local_stack.py): the demo's loader records what it wrote in tables of its own. gunicorn then serves with
config.settings.production alone, as a deployment does."""

from config.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
