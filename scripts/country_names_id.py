"""Write Indonesian names for django-countries' country list (it ships no Indonesian), taken
from the iso-codes translations that pycountry carries, matched by ISO 3166 code.

Run once when django-countries changes its list, then compile:
    .venv/bin/pip install pycountry && .venv/bin/python scripts/country_names_id.py
    .venv/bin/python manage.py compilemessages --ignore '.venv/*'
Writes locale_countries/id/LC_MESSAGES/django.po (a LOCALE_PATHS entry of its own, so that
makemessages on our sources leaves it alone).
"""

import gettext
import os
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings.dev")
django.setup()

from django.utils import translation  # noqa: E402

import polib  # noqa: E402
import pycountry  # noqa: E402
from django_countries import countries  # noqa: E402
from django_countries.data import COUNTRIES  # noqa: E402

# Where iso-codes' Indonesian differs from the names Indonesia uses today (KBBI spelling,
# the country's own name), or has none.
CORRECTIONS = {
    "TL": "Timor Leste",
    "TW": "Taiwan",
    "FR": "Prancis",
    "CZ": "Ceko",
    "BQ": "Bonaire, Sint Eustatius, dan Saba",
}

OUT = Path(__file__).resolve().parent.parent / "locale_countries/id/LC_MESSAGES/django.po"

iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
catalog = polib.POFile()
catalog.metadata = {
    "Content-Type": "text/plain; charset=UTF-8",
    "Language": "id",
    "Plural-Forms": "nplurals=1; plural=0;",
}
with translation.override("en"):
    # The official names and the common names the country list shows (e.g. "Netherlands").
    names = {(code, str(name)) for code, name in COUNTRIES.items()}
    names |= {(code, str(name)) for code, name in countries}
    seen = set()
    for code, english in sorted(names):
        if english in seen:
            continue
        seen.add(english)
        record = pycountry.countries.get(alpha_2=code)
        if record is None:
            continue
        indonesian = iso.gettext(getattr(record, "common_name", None) or record.name)
        if indonesian == (getattr(record, "common_name", None) or record.name):
            indonesian = iso.gettext(record.name)
        indonesian = CORRECTIONS.get(code, indonesian).replace("Perancis", "Prancis")
        if indonesian and indonesian != english:
            catalog.append(polib.POEntry(msgid=english, msgstr=indonesian, comment=code))
OUT.parent.mkdir(parents=True, exist_ok=True)
catalog.save(str(OUT))
print(f"{len(catalog)} names written to {OUT}")
