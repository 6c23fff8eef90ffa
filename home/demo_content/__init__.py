"""The demo content of the site, as data: read by ``manage.py load_demo_content``.

Facts come from the organisation's own description of its work; every sentence is written for this project.

Format of a page (a dict):

    key            unique name other pages use to link to it ("support", "support-legal", ...)
    type           "app_label.ModelName" of the page
    parent         key of the parent page (absent for the home page)
    show_in_menus  True for the main menu; False (default) puts a home-page child in the footer
    title, slug    {language code: text}; "sr-latn" and "en" always, "uk" / "ar" where translated.
                   "sr" (Cyrillic) is left out: it is transliterated from "sr-latn" on output.
    fields         {field name: value}; a translated field's value is {language code: text},
                   an untranslated one (category, last_reviewed) a plain value
    body           {language code: [(block type, block value), ...]} for the StreamField "body"

Block values (see home/blocks.py):

    ("heading", {"text": "...", "level": "h2" or "h3"})
    ("paragraph", "<p>Rich text: <b>bold</b>, <i>italic</i>, <ul><li>lists</li></ul></p>")
    ("hotline", {"heading": "...", "text": "..."})                 numbers come from the site settings
    ("checklist", {"title": "...", "items": ["...", "..."]})
    ("steps", {"title": "...", "steps": [{"title": "...", "text": "..."}]})
    ("faq", {"title": "...", "questions": [{"question": "...", "answer": "<p>...</p>"}]})
    ("quote", {"text": "...", "attribution": "..."})
    ("call_to_action", {"text": "...", "page": "<page key>", "link_text": "..."})
    ("document", {"document": "<document key>", "label": "..."})
"""

from .articles import ARTICLES, TOPIC_INDEX
from .contact import CONTACT_PAGE, REPLY_CHECK_PAGE
from .documents import DOCUMENTS
from .site import HOME, SITE_SETTINGS, STANDARD_PAGES
from .support import SUPPORT_INDEX, SUPPORT_TYPES

PAGES = [HOME, TOPIC_INDEX, *ARTICLES, SUPPORT_INDEX, *SUPPORT_TYPES, *STANDARD_PAGES, CONTACT_PAGE, REPLY_CHECK_PAGE]

__all__ = ["DOCUMENTS", "PAGES", "SITE_SETTINGS"]
