"""Registry details of the demo artisans: associations and certifications (fictional numbers)."""

from datetime import date

from artisans.models import Association, Certification, CertificationKind

ASSOCIATION_BY_SECTOR = {
    "batik": "Paguyuban Perajin Batik Jonegoroan",
    "ecoprint": "Paguyuban Perajin Batik Jonegoroan",
    "craft": "Asosiasi Perajin Kayu dan Bambu Bojonegoro",
    "food": "Forum IKM Pangan Bojonegoro",
}


def add_registry_details(artisan, position):
    """Give a new demo artisan its association and the certificates its sector needs."""
    association, _created = Association.objects.get_or_create(
        name=ASSOCIATION_BY_SECTOR[artisan.sector]
    )
    artisan.associations.add(association)
    number = f"{position + 1:03d}"
    if artisan.sector == "food":
        Certification.objects.create(
            artisan=artisan,
            kind=CertificationKind.PIRT,
            number=f"P-IRT 20635220100{number}-29",
            issuer="Dinas Kesehatan Kabupaten Bojonegoro",
            issued_on=date(2024, 3, 1),
            expires_on=date(2029, 3, 1),
        )
        Certification.objects.create(
            artisan=artisan,
            kind=CertificationKind.HALAL,
            number=f"ID3511000012{number}",
            issuer="BPJPH",
            issued_on=date(2024, 8, 15),
        )
    elif artisan.sector == "batik" and artisan.techniques.filter(slug="batik-tulis").exists():
        Certification.objects.create(
            artisan=artisan,
            kind=CertificationKind.BATIKMARK,
            number=f"BM-JTM-{number}",
            issuer="Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik",
            issued_on=date(2023, 5, 20),
            expires_on=date(2026, 12, 31),
        )
