"""The editor's language script and styles. The script reads its languages and words from a data attribute of
its own element: the admin runs no inline script of ours."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext

from wagtail import hooks

from .languages import editor_languages, first_language_to_translate_into


def script_settings():
    return {
        "languages": editor_languages(),
        "defaultLanguage": settings.MODELTRANSLATION_DEFAULT_LANGUAGE,
        "firstTarget": first_language_to_translate_into(),
        "words": {
            "toolbar": gettext("Languages in this form"),
            "shown": gettext("Languages shown:"),
            "sideBySide": gettext("Translate side by side"),
            "from": gettext("from"),
            "into": gettext("into"),
            "copyFrom": gettext("Copy content from:"),
            "confirmReplace": gettext(
                "Replace everything in {target} with a copy of {source}? You can undo this right after."
            ),
            "nothingToCopy": gettext("{source} has no content to copy."),
            "copied": gettext("Copied from {source}."),
            "undo": gettext("Undo"),
            "undone": gettext("The previous content is back."),
        },
    }


@hooks.register("insert_editor_js")
def editor_languages_script():
    return format_html(
        '<script src="{}" data-editor-languages="{}"></script>',
        static("home/editor/languages.js"),
        json.dumps(script_settings()),
    )


# Wagtail 8 has no "insert_editor_css"; every rule is scoped to the classes the script sets or to edit forms.
@hooks.register("insert_global_admin_css")
def editor_languages_styles():
    return format_html('<link rel="stylesheet" href="{}">', static("home/editor/languages.css"))
