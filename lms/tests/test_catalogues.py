"""Every language's catalogue is complete and well-formed."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

LOCALE = Path(settings.BASE_DIR) / "locale"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != "en"]


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / to_locale(code) / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_is_complete(code):
    po = catalogue(code)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{code}: {len(untranslated)} untranslated"
    assert fuzzy == [], f"{code}: {len(fuzzy)} fuzzy"


@pytest.mark.parametrize("code", TRANSLATED)
def test_catalogue_has_the_same_messages_as_english(code):
    english = {entry.msgid for entry in catalogue("en")}
    assert {entry.msgid for entry in catalogue(code)} == english


@pytest.mark.parametrize("code", TRANSLATED)
def test_placeholders_survive_translation(code):
    for entry in catalogue(code).translated_entries():
        wanted = sorted(PLACEHOLDER.findall(entry.msgid))
        translations = [entry.msgstr] if entry.msgstr else entry.msgstr_plural.values()
        for text in translations:
            found = sorted(PLACEHOLDER.findall(text))
            if entry.msgid_plural and not found:
                continue  # a one-form language may drop the count in "1 character"
            assert found == wanted, f"{code}: {entry.msgid!r} -> {text!r}"
