"""The council's whole registry for the demo: the showcased artisans get the registry details
an IKM selling online has (NIB, legal form, scale, KBLI codes, consent), then fictional IKM
without public profiles bring the registry to the council's published figures (1,762 IKM,
1,431 food and drink, 331 crafts, 1,749 with an NIB, 17 associations, all 28 districts)."""

from datetime import date

from artisans.models import Artisan
from artisans.models.registry_fields import BusinessScale, LegalForm
from artisans.synthetic_registry import create_synthetic_registry, synthetic_registry_exists

from . import content

KBLI_BY_SECTOR = {"batik": "13134, 14111", "ecoprint": "13133", "craft": "16294", "food": "10792"}
SENTRA_BY_SLUG = {
    "jumput-asri-prayungan": "Sentra Batik Jumput Prayungan",
    "anyaman-bambu-tondomulo": "Sentra Anyaman Bambu Tondomulo",
    "ledre-sari-rasa-padangan": "Sentra Ledre Padangan",
}


def showcase_details(position, data):
    """Registry fields of a showcased artisan (fictional NIB: 9120 3522 then its position)."""
    return {
        "nib": f"91203522{position + 1:05d}",
        "legal_form": LegalForm.PERORANGAN,
        "scale": BusinessScale.KECIL if data["workers"] >= 5 else BusinessScale.MIKRO,
        "kbli_codes": KBLI_BY_SECTOR[data["sector"]],
        "sentra": SENTRA_BY_SLUG.get(data["slug"], ""),
        "consent_given_on": date(2025, 1, 6 + position),
    }


def load_registry(loader):
    """Once: registry details for the showcased artisans that have none, then the rest of the
    registry. A second run changes nothing, even where an editor changed the details."""
    if synthetic_registry_exists():
        return
    for position, data in enumerate(content.ARTISANS):
        Artisan.objects.filter(slug=data["slug"], nib="").update(**showcase_details(position, data))
    created = create_synthetic_registry()
    loader.say(f"Registry: {created} fictional IKM added to the showcased artisans.")
    loader.created += created
