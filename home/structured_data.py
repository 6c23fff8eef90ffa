"""The hotline as structured data for search engines: a schema.org NGO with a contact point for each number,
built from the site settings in the reader's language.

It goes out as JSON-LD in a <script type="application/ld+json">: a data block, which browsers never run, so
the public Content-Security-Policy (no inline script) stands. The Serbian Cyrillic transliteration leaves
<script> as written, so the Cyrillic page's text is transliterated here, before output.
"""

import json

from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .models import PhoneReach
from .transliteration import latin_to_cyrillic

SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Inside <script>, "</script" or "<!--" in a value from the settings would end or bend the element; as JSON
# escapes these characters read the same.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
TEXT_KEYS = frozenset({"name", "alternateName", "description", "contactType"})
FREE_NUMBERS = (PhoneReach.FREE_FROM_SERBIAN_LANDLINES, PhoneReach.FREE_FROM_ANY_PHONE_IN_SERBIA)


def spoken_languages():
    """The site's languages as BCP 47 language subtags, once each: a script is not spoken."""
    languages = []
    for code, _name in settings.LANGUAGES:
        language = code.split("-")[0]
        if language not in languages:
            languages.append(language)
    return languages


def days_of_week(first_day, last_day):
    count = (last_day - first_day) % 7 + 1
    return [f"https://schema.org/{SCHEMA_DAYS[(first_day + offset) % 7]}" for offset in range(count)]


def opening_hours(site_settings):
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days_of_week(period.first_day, period.last_day),
            "opens": f"{period.opens:%H:%M}",
            "closes": f"{period.closes:%H:%M}",
        }
        for period in site_settings.opening_hours
    ]


def contact_point(number, reach, note, site_settings):
    point = {
        "@type": "ContactPoint",
        "telephone": number,
        "contactType": site_settings.hotline_name,
        "description": ". ".join(filter(None, [str(PhoneReach(reach).label), note.rstrip(".")])),
        "availableLanguage": spoken_languages(),
        "hoursAvailable": opening_hours(site_settings),
    }
    # Without areaServed a number counts as reachable from anywhere, which is what the other numbers are.
    if reach in FREE_NUMBERS:
        point["contactOption"] = "https://schema.org/TollFree"
        point["areaServed"] = "RS"
    return point


def organisation(site_settings, home_address, description):
    rows = [
        (site_settings.primary_phone, site_settings.primary_phone_reach, site_settings.primary_phone_note),
        (site_settings.secondary_phone, site_settings.secondary_phone_reach, site_settings.secondary_phone_note),
    ]
    return {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": site_settings.organisation_name,
        "alternateName": site_settings.hotline_name,
        "description": description,
        "url": home_address,
        "telephone": site_settings.primary_phone,
        "contactPoint": [contact_point(*row, site_settings) for row in rows if row[0]],
    }


def in_cyrillic(value):
    """The prose (TEXT_KEYS) in Serbian Cyrillic; codes, addresses, numbers and times stay as they are."""
    if isinstance(value, list):
        return [in_cyrillic(item) for item in value]
    if isinstance(value, dict):
        return {key: latin_to_cyrillic(item) if key in TEXT_KEYS else in_cyrillic(item) for key, item in value.items()}
    return value


def json_ld(site_settings, home_address, description):
    data = organisation(site_settings, home_address, description)
    if get_language() in settings.TRANSLITERATED_LANGUAGES:
        data = in_cyrillic(data)
    # Safe in <script>: SCRIPT_SAFE leaves no "<", ">" or "&" for HTML to read; HTML escaping would break JSON.
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE))  # noqa: S308
