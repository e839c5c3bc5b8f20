"""The languages of the ASEAN member states, plus English, ASEAN's working language."""

from django.conf import locale
from django.utils.translation import gettext_lazy as _

# Django ships no locale data for fil, lo and tet, and names Khmer in English.
LANG_INFO_ADDITIONS = {
    "fil": {
        "bidi": False,
        "code": "fil",
        "name": "Filipino",
        "name_local": "Filipino",
    },
    "lo": {
        "bidi": False,
        "code": "lo",
        "name": "Lao",
        "name_local": "ລາວ",
    },
    "tet": {
        "bidi": False,
        "code": "tet",
        "name": "Tetum",
        "name_local": "Tetun",
    },
    "km": {
        "bidi": False,
        "code": "km",
        "name": "Khmer",
        "name_local": "ភាសាខ្មែរ",
    },
}
locale.LANG_INFO.update(LANG_INFO_ADDITIONS)

LANGUAGES = [
    ("en", _("English")),
    ("th", _("Thai")),
    ("vi", _("Vietnamese")),
    ("id", _("Indonesian")),
    ("ms", _("Malay")),
    ("fil", _("Filipino")),
    ("km", _("Khmer")),
    ("lo", _("Lao")),
    ("my", _("Burmese")),
    ("zh-hans", _("Simplified Chinese")),
    ("ta", _("Tamil")),
    ("tet", _("Tetum")),
    ("pt", _("Portuguese")),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGES]
