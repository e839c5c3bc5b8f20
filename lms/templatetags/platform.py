"""Template helpers for the base layout."""

import unicodedata

from django import template
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import get_language, get_language_bidi

register = template.Library()


@register.simple_tag
def language_options():
    """Each language in its own name, with the code the switcher posts."""
    current = get_language()
    return [
        {
            "code": code,
            # Django's own data is not always NFC ("Tiếng Việt" is decomposed).
            "name_local": unicodedata.normalize("NFC", LANG_INFO[code]["name_local"]),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


@register.simple_tag
def current_language_name():
    name = LANG_INFO.get(get_language(), {}).get("name_local", get_language())
    return unicodedata.normalize("NFC", name)


@register.simple_tag
def text_direction():
    return "rtl" if get_language_bidi() else "ltr"
