from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.rich_text.editors.draftail.features import InlineStyleFeature

from . import reports, translation_editing, translation_records, translation_report
from .editor import hooks as editor_hooks  # noqa: F401  registered on import


@hooks.register("register_admin_urls")
def register_to_confirm_report_urls():
    return reports.urls()


@hooks.register("register_reports_menu_item")
def register_to_confirm_report_menu_item():
    return reports.menu_item()


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return translation_report.urls()


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return translation_report.menu_item()


@hooks.register("before_edit_page")
def keep_translations_as_they_were(request, page):
    if request.method == "POST":
        translation_records.keep_baseline(page)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def record_written_translations(request, page):
    translation_records.record_written_translations(page.get_latest_revision_as_object())


@hooks.register("after_publish_page")
def warn_of_languages_that_fall_back(request, page):
    translation_editing.warn_of_fallbacks(request, page)


KEEP_LATIN_STYLE = "KEEP_LATIN"


@hooks.register("register_rich_text_features")
def register_keep_in_latin(features):
    """The rich-text feature "keep in Latin": a phrase the Cyrillic page must not transliterate, such as a menu
    label in English or a name that home/transliteration/latin_words.txt does not list.

    Stored as ``<span translate="no">``, which home.transliteration leaves as written, and which also tells
    translation tools in readers' browsers to leave the phrase alone.
    """
    features.register_editor_plugin(
        "draftail",
        "keep-latin",
        InlineStyleFeature(
            {
                "type": KEEP_LATIN_STYLE,
                "label": "Lat",
                "description": _("Keep in Latin letters on the Cyrillic page"),
                "style": {"textDecoration": "underline dotted", "textUnderlineOffset": "0.2em"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        "keep-latin",
        {
            "from_database_format": {'span[translate="no"]': InlineStyleElementHandler(KEEP_LATIN_STYLE)},
            "to_database_format": {"style_map": {KEEP_LATIN_STYLE: {"element": "span", "props": {"translate": "no"}}}},
        },
    )
