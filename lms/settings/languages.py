"""The languages of the ASEAN member states, plus English, ASEAN's working language."""

from django.conf import locale
from django.utils.translation import gettext_lazy as _

# Django ships no locale data for these three.
EXTRA_LANG_INFO = {
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
}
locale.LANG_INFO.update(EXTRA_LANG_INFO)

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
