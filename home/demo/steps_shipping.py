"""Demo step: shipping zones and rates (illustrative prices, not a courier's tariff)."""

from catalog.models import ShippingRate, ShippingScope, ShippingZone

# (name, name_en, provinces, [(service, [(up to grams, price)], days_min, days_max)])
DOMESTIC = [
    ("Jawa Timur", "East Java", ["35"], 9_000, 1, 2),
    ("Jawa dan Bali", "Java and Bali", ["31", "32", "33", "34", "36", "51"], 16_000, 2, 4),
    (
        "Sumatra",
        "Sumatra",
        ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"],
        30_000,
        3,
        6,
    ),
    (
        "Kalimantan, Sulawesi dan Nusa Tenggara",
        "Kalimantan, Sulawesi and Nusa Tenggara",
        ["52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76"],
        38_000,
        3,
        7,
    ),
    (
        "Maluku dan Papua",
        "Maluku and Papua",
        ["81", "82", "91", "92", "93", "94", "95", "96"],
        72_000,
        5,
        10,
    ),
]
# (name, name_en, countries, price of the first 500 g, price of each further 500 g, days)
INTERNATIONAL = [
    (
        "Asia Tenggara",
        "South-East Asia",
        ["MY", "SG", "BN", "TH", "PH", "VN"],
        185_000,
        60_000,
        4,
        8,
    ),
    (
        "Australia dan Asia Timur",
        "Australia and East Asia",
        ["AU", "NZ", "JP", "KR", "CN", "HK", "TW"],
        260_000,
        85_000,
        5,
        10,
    ),
    (
        "Eropa dan Amerika",
        "Europe and the Americas",
        ["NL", "DE", "FR", "GB", "BE", "IT", "ES", "US", "CA"],
        420_000,
        140_000,
        7,
        14,
    ),
    ("Negara lain", "Rest of the world", [], 520_000, 170_000, 8, 20),
]


def load_shipping(loader):
    """The council's zones with two domestic couriers and international express."""
    if ShippingZone.objects.exists():
        return
    for name, name_en, provinces, per_kg, days_min, days_max in DOMESTIC:
        zone = ShippingZone.objects.create(
            name=name, name_en=name_en, scope=ShippingScope.DOMESTIC, provinces=provinces
        )
        for kilos in (1, 2, 3, 5, 10, 20, 30):
            ShippingRate.objects.create(
                zone=zone,
                service="JNE Reguler",
                max_weight_grams=kilos * 1000,
                price=per_kg * kilos,
                days_min=days_min,
                days_max=days_max,
            )
            ShippingRate.objects.create(
                zone=zone,
                service="J&T Express",
                max_weight_grams=kilos * 1000,
                price=per_kg * kilos + 1_000,
                days_min=max(1, days_min - 1),
                days_max=days_max - 1,
            )
        loader.created += 1
    for name, name_en, countries, first, further, days_min, days_max in INTERNATIONAL:
        zone = ShippingZone.objects.create(
            name=name, name_en=name_en, scope=ShippingScope.INTERNATIONAL, countries=countries
        )
        for halves in range(1, 41):  # up to 20 kg, by 500 g
            ShippingRate.objects.create(
                zone=zone,
                service="Pos Indonesia EMS",
                max_weight_grams=halves * 500,
                price=first + further * (halves - 1),
                days_min=days_min,
                days_max=days_max,
            )
        loader.created += 1
