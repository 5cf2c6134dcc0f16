"""The one list of the registry sheet's columns: the header the council's sheets use
(Indonesian), the other spellings an import accepts (Indonesian variants, English, our field
names), what each holds and the words allowed in it.

Headers and the words of choice columns are the sheet's vocabulary, not interface text: an
export made by an editor who works in English reads back the same, so they are not translated.
The explanations (`help`) are, and go into the template's instructions sheet."""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from artisans.models import CertificationKind

from .vocabulary import (
    EXPORT_STATUSES,
    LEGAL_FORMS,
    NO,
    SCALES,
    SECTORS,
    YES,
    YES_NO,
    Vocabulary,
    simplify,
)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str
    help: str
    aliases: tuple = ()
    required: bool = False
    max_length: int | None = None
    vocabulary: Vocabulary | None = None
    certification: str = ""

    @property
    def names(self):
        """Every header that means this column, simplified."""
        return {simplify(name) for name in (self.header, self.key, *self.aliases)}


def _certificate(key, kind, header, aliases):
    return Column(
        key,
        header,
        "certificates",
        _("Certificate numbers; several separated by semicolons. New numbers are added."),
        aliases,
        max_length=80,
        certification=kind,
    )


COLUMNS = [
    Column(
        "business_name",
        "Nama Usaha",
        "text",
        _("The business's name. Required."),
        ("Nama IKM", "Nama Perusahaan", "Business name"),
        required=True,
        max_length=150,
    ),
    Column("brand", "Merek", "text", _("Brand, if different."), ("Merk", "Brand"), max_length=150),
    Column(
        "owner_name",
        "Nama Pemilik",
        "text",
        _("The owner's name. Required."),
        ("Pemilik", "Owner", "Owner name"),
        required=True,
        max_length=150,
    ),
    Column(
        "legal_form",
        "Bentuk Usaha",
        "choice",
        _("Legal form."),
        ("Badan Usaha", "Legal form"),
        vocabulary=LEGAL_FORMS,
    ),
    Column("scale", "Skala Usaha", "choice", _("Scale."), ("Skala", "Scale"), vocabulary=SCALES),
    Column(
        "nib",
        "NIB",
        "nib",
        _("Business identification number: 13 digits, typed as text."),
        ("No NIB", "Nomor NIB", "Nomor Induk Berusaha"),
    ),
    Column(
        "kbli_codes",
        "KBLI",
        "kbli",
        _("KBLI codes of 5 digits, separated by commas."),
        ("Kode KBLI", "KBLI codes"),
        max_length=120,
    ),
    Column(
        "sector",
        "Sektor",
        "choice",
        _("Sector. Required."),
        ("Sector",),
        required=True,
        vocabulary=SECTORS,
    ),
    Column("sub_sector", "Subsektor", "text", _("Sub-sector."), ("Sub-sector",), max_length=80),
    Column(
        "district_code",
        "Kode Kecamatan",
        "district_code",
        _("Kemendagri code of the district, e.g. 35.22.06. Either it or the district's name."),
        ("District code",),
    ),
    Column(
        "district",
        "Kecamatan",
        "district",
        _("The district's name. Required (or its code)."),
        ("District",),
    ),
    Column(
        "village_code",
        "Kode Desa",
        "village_code",
        _("Kemendagri code of the village, e.g. 35.22.06.2001."),
        ("Kode Desa/Kelurahan", "Kode Kelurahan", "Village code"),
    ),
    Column(
        "village",
        "Desa/Kelurahan",
        "village",
        _("The village's name, in the row's district."),
        ("Desa", "Kelurahan", "Village"),
    ),
    Column("address", "Alamat", "text", _("Address."), ("Address",)),
    Column("sentra", "Sentra", "text", _("Production centre."), ("Sentra IKM",), max_length=120),
    Column(
        "associations",
        "Asosiasi",
        "list",
        _("Associations, separated by semicolons. Unknown ones are created."),
        ("Associations", "Association"),
        max_length=150,
    ),
    Column(
        "founded_year",
        "Tahun Berdiri",
        "year",
        _("Year founded, e.g. 2015."),
        ("Year founded",),
    ),
    Column(
        "workers",
        "Tenaga Kerja",
        "count",
        _("Number of workers."),
        ("Jumlah Tenaga Kerja", "Jumlah TK", "TK", "Workers"),
    ),
    Column(
        "workers_women",
        "Tenaga Kerja Perempuan",
        "count",
        _("Of the workers, how many women."),
        ("TK Perempuan", "Women workers"),
    ),
    Column(
        "workers_disabled",
        "Tenaga Kerja Disabilitas",
        "count",
        _("Of the workers, how many persons with disabilities."),
        ("TK Disabilitas", "Workers with disabilities"),
    ),
    Column(
        "capacity",
        "Kapasitas Produksi",
        "text",
        _("Production capacity, e.g. 300 pieces a month."),
        ("Kapasitas", "Capacity"),
        max_length=120,
    ),
    Column(
        "export_status",
        "Status Ekspor",
        "choice",
        _("Export."),
        ("Ekspor", "Export status"),
        vocabulary=EXPORT_STATUSES,
    ),
    Column("training", "Pelatihan", "lines", _("Training attended."), ("Training",)),
    Column("exhibitions", "Pameran", "lines", _("Exhibitions attended."), ("Exhibitions",)),
    Column(
        "whatsapp",
        "WhatsApp",
        "whatsapp",
        _("Mobile number for WhatsApp, e.g. 0812 3456 7890."),
        ("No WA", "Nomor WhatsApp", "WA"),
        max_length=20,
    ),
    Column(
        "phone",
        "Telepon",
        "phone",
        _("Telephone."),
        ("No Telepon", "No HP", "Nomor HP", "Phone"),
        max_length=30,
    ),
    Column("email", "Email", "email", _("Email address."), ("E-mail", "Surel"), max_length=254),
    Column("instagram", "Instagram", "text", _("Instagram account."), max_length=60),
    Column(
        "consent_given_on",
        "Tanggal Persetujuan Data Pribadi",
        "date",
        _("Date the owner agreed to the processing of personal data, e.g. 31/12/2024."),
        ("Persetujuan Data Pribadi", "Consent given on"),
    ),
    Column(
        "public_owner",
        "Nama Pemilik Boleh Dipublikasikan",
        "choice",
        _("Whether the owner's name may be public."),
        ("Owner may be public",),
        vocabulary=YES_NO,
    ),
    Column(
        "public_contact",
        "Kontak Boleh Dipublikasikan",
        "choice",
        _("Whether WhatsApp, telephone and email may be public."),
        ("Contact may be public",),
        vocabulary=YES_NO,
    ),
    _certificate("cert_pirt", CertificationKind.PIRT, "No. PIRT", ("PIRT", "P-IRT", "SPP-IRT")),
    _certificate("cert_bpom", CertificationKind.BPOM, "No. BPOM MD", ("BPOM", "BPOM MD")),
    _certificate(
        "cert_halal", CertificationKind.HALAL, "No. Sertifikat Halal", ("Halal", "No Halal")
    ),
    _certificate("cert_sni", CertificationKind.SNI, "No. SNI", ("SNI",)),
    _certificate("cert_batikmark", CertificationKind.BATIKMARK, "No. Batikmark", ("Batikmark",)),
    _certificate(
        "cert_trademark",
        CertificationKind.TRADEMARK,
        "No. Merek Terdaftar",
        ("Merek Terdaftar", "HKI", "Trademark"),
    ),
]

BY_KEY = {column.key: column for column in COLUMNS}
BY_NAME = {name: column for column in COLUMNS for name in column.names}
if len(BY_NAME) != sum(len(column.names) for column in COLUMNS):
    raise ImproperlyConfigured("Two registry columns share a name.")

# A row needs these, and the district by name or by code.
REQUIRED = [column for column in COLUMNS if column.required]
DISTRICT_KEYS = ("district", "district_code")

# The template's example row: refused if it is imported as it stands.
EXAMPLE = {
    "business_name": "CONTOH - Batik Sekar Jati",
    "brand": "Sekar Jati",
    "owner_name": "Siti Aminah",
    "legal_form": "Perorangan",
    "scale": "Mikro",
    "nib": "9120301234567",
    "kbli_codes": "13134",
    "sector": "Batik",
    "sub_sector": "Batik tulis",
    "address": "Jl. Contoh No. 1",
    "sentra": "Sentra Batik Contoh",
    "associations": "Asosiasi Perajin Batik",
    "founded_year": 2015,
    "workers": 6,
    "workers_women": 5,
    "workers_disabled": 1,
    "capacity": "120 lembar per bulan",
    "export_status": "Belum ekspor",
    "training": "Bimtek pewarnaan alami 2023",
    "exhibitions": "Pameran Dekranasda 2024",
    "whatsapp": "0812 3456 7890",
    "email": "batik.contoh@example.com",
    "public_owner": YES,
    "public_contact": NO,
    "cert_pirt": "",
    "cert_batikmark": "BM-0001/2024",
}

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000


def header(key):
    return BY_KEY[key].header


def column_for(name):
    """The column a header of the sheet means, or None."""
    return BY_NAME.get(simplify(name)) if name not in (None, "") else None
