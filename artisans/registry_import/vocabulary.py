"""The words a choice column of the registry sheet accepts: the sheet's own word for each value
(Indonesian, as the council's sheets write it; an export writes it) and other spellings met in
councils' sheets or in English. A word is compared letters and digits only, in lower case."""

import re
from dataclasses import dataclass, field

from artisans.models import Sector
from artisans.models.registry_fields import BusinessScale, ExportStatus, LegalForm

YES, NO = "Ya", "Tidak"


def simplify(text):
    """Lower case, letters and digits only: 'No. NIB' and 'no_nib' are the same header."""
    text = str(text).casefold().replace("&", " dan ")
    return re.sub(r"[^0-9a-z]+", "", text)


@dataclass(frozen=True)
class Vocabulary:
    """The words a choice column accepts: the sheet's word for each value, then other spellings."""

    words: dict
    aliases: dict = field(default_factory=dict)

    def __post_init__(self):
        lookup = {}
        for value, word in self.words.items():
            lookup[simplify(word)] = value
            lookup[simplify(value)] = value
        for alias, value in self.aliases.items():
            lookup[simplify(alias)] = value
        object.__setattr__(self, "lookup", lookup)

    def value_of(self, word):
        """The stored value for a word of the sheet, or None."""
        return self.lookup.get(simplify(word))

    def word_for(self, value):
        return self.words.get(value, "")

    @property
    def allowed(self):
        return ", ".join(self.words.values())


SECTORS = Vocabulary(
    {
        Sector.BATIK: "Batik",
        Sector.ECOPRINT: "Ecoprint",
        Sector.CRAFT: "Kerajinan",
        Sector.FOOD: "Makanan dan minuman",
    },
    {
        "eco print": Sector.ECOPRINT,
        "ecoprinting": Sector.ECOPRINT,
        "kerajinan lainnya": Sector.CRAFT,
        "kriya": Sector.CRAFT,
        "other crafts": Sector.CRAFT,
        "crafts": Sector.CRAFT,
        "mamin": Sector.FOOD,
        "makanan": Sector.FOOD,
        "minuman": Sector.FOOD,
        "kuliner": Sector.FOOD,
        "olahan pangan": Sector.FOOD,
        "pangan": Sector.FOOD,
        "food and drink": Sector.FOOD,
        "food": Sector.FOOD,
    },
)
LEGAL_FORMS = Vocabulary(
    {
        LegalForm.PERORANGAN: "Perorangan",
        LegalForm.CV: "CV",
        LegalForm.KOPERASI: "Koperasi",
        LegalForm.KELOMPOK: "Kelompok",
        LegalForm.PT: "PT",
    },
    {
        "perseorangan": LegalForm.PERORANGAN,
        "usaha perorangan": LegalForm.PERORANGAN,
        "sole proprietor": LegalForm.PERORANGAN,
        "kelompok usaha": LegalForm.KELOMPOK,
        "kub": LegalForm.KELOMPOK,
        "group": LegalForm.KELOMPOK,
        "cooperative": LegalForm.KOPERASI,
    },
)
SCALES = Vocabulary(
    {
        BusinessScale.MIKRO: "Mikro",
        BusinessScale.KECIL: "Kecil",
        BusinessScale.MENENGAH: "Menengah",
    },
    {
        "usaha mikro": BusinessScale.MIKRO,
        "usaha kecil": BusinessScale.KECIL,
        "usaha menengah": BusinessScale.MENENGAH,
        "micro": BusinessScale.MIKRO,
        "small": BusinessScale.KECIL,
        "medium": BusinessScale.MENENGAH,
    },
)
EXPORT_STATUSES = Vocabulary(
    {
        ExportStatus.NONE: "Belum ekspor",
        ExportStatus.INDIRECT: "Ekspor tidak langsung",
        ExportStatus.DIRECT: "Ekspor langsung",
    },
    {
        "belum": ExportStatus.NONE,
        "tidak": ExportStatus.NONE,
        "tidak ekspor": ExportStatus.NONE,
        "not exporting": ExportStatus.NONE,
        "tidak langsung": ExportStatus.INDIRECT,
        "melalui pihak lain": ExportStatus.INDIRECT,
        "langsung": ExportStatus.DIRECT,
    },
)
YES_NO = Vocabulary(
    {True: YES, False: NO},
    {"y": True, "yes": True, "1": True, "n": False, "no": False, "tdk": False, "0": False},
)
