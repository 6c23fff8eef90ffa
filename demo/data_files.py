"""Reads the demo content from the TOML files in demo/content/ (the format is described in its README.md)."""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from modeltranslation.utils import build_localized_fieldname

CONTENT_DIR = Path(__file__).parent / "content"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
# Keys of a page file that say where the page goes in the tree rather than what it says.
PLACEMENT_KEYS = ("type", "parent", "order")


class DemoContentError(Exception):
    pass


@dataclass(frozen=True)
class Value:
    field_name: str
    language: str | None  # None for a field that is not translated
    value: object

    @property
    def attribute(self):
        """The model attribute that holds it: intro_en, category."""
        return build_localized_fieldname(self.field_name, self.language) if self.language else self.field_name


@dataclass(frozen=True)
class Entry:
    """One data file: a page, a document or the site settings."""

    source: str  # path under demo/content/, e.g. "pages/support.toml"
    values: tuple[Value, ...]
    placement: dict

    @property
    def key(self):
        """The name other files refer to it by: the file name without .toml."""
        return Path(self.source).stem

    @property
    def languages(self):
        return {value.language for value in self.values if value.language}

    def value_of(self, attribute):
        return next(value.value for value in self.values if value.attribute == attribute)


def read_entry(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    placement = {name: data.pop(name) for name in PLACEMENT_KEYS if name in data}
    values = []
    for name, value in data.items():
        if name in LANGUAGE_CODES:
            values.extend(Value(field_name, name, text) for field_name, text in value.items())
        else:
            values.append(Value(name, None, value))
    return Entry(path.relative_to(CONTENT_DIR).as_posix(), tuple(values), placement)


def read_folder(name):
    return [read_entry(path) for path in sorted((CONTENT_DIR / name).glob("*.toml"))]


def documents():
    return read_folder("documents")


def site_settings():
    return read_entry(CONTENT_DIR / "site-settings.toml")


def pages():
    """Every page, each after its parent, and siblings in their `order` (the order of menus and lists)."""
    children = {}
    for entry in read_folder("pages"):
        children.setdefault(entry.placement.get("parent"), []).append(entry)
    ordered = []

    def add_children_of(parent_key):
        for entry in sorted(children.pop(parent_key, []), key=lambda entry: entry.placement.get("order", 0)):
            ordered.append(entry)
            add_children_of(entry.key)

    add_children_of(None)
    if children:
        orphan = next(iter(children.values()))[0]
        raise DemoContentError(f"{orphan.source}: there is no page {orphan.placement['parent']!r}")
    return ordered
