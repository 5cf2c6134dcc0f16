"""Every interface string has an Indonesian translation, and the compiled catalogs are current."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["id", "en"])
def test_catalog_exists_and_compiled_catalog_matches_it(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))

    def translated(catalog):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural.get(0, "")
            for entry in catalog
            if not entry.obsolete
            and (entry.msgstr or any(entry.msgstr_plural.values()))
            and "fuzzy" not in getattr(entry, "flags", [])
        }

    assert translated(mo) == translated(po), "run `make messages` to recompile the catalogs"


def test_every_indonesian_string_is_translated():
    po = polib.pofile(str(LOCALE / "id" / "LC_MESSAGES" / "django.po"))

    missing = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]

    assert missing == []
    assert fuzzy == []
