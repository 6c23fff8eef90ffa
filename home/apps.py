from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import cache_generation


class HomeConfig(AppConfig):
    name = "home"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        explain_transliterated_fields()
        cache_generation.connect()
        # Imported once the apps are ready: it patches Wagtail's page models, after wagtail-modeltranslation.
        from . import routing, site_root_paths

        site_root_paths.install()
        routing.install()


def explain_transliterated_fields():
    """Tell editors that an empty Serbian Cyrillic field is not a gap: the Latin text is shown in Cyrillic."""
    # Imported once the apps are ready: modeltranslation's registry does not exist before.
    from modeltranslation.translator import translator
    from modeltranslation.utils import build_localized_fieldname

    for model in translator.get_registered_models():
        for name in translator.get_options_for_model(model).fields:
            for code in settings.TRANSLITERATED_LANGUAGES:
                field = model._meta.get_field(build_localized_fieldname(name, code))
                field.help_text = _("Leave empty to show the Serbian Latin text in Cyrillic.")
