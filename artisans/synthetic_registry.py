"""A synthetic registry for the demo: fictional IKM that bring the registry up to the council's
published figures (Bojonegoro, October 2025), counting the artisans already there.

Deterministic (one `random.Random(seed)`), idempotent (the IKM it makes have slugs starting with
SLUG_PREFIX; once they exist, or once the figures are met, it makes nothing) and fast (bulk
inserts: a bounded number of queries whatever the figures). The names, numbers (NIB, PIRT,
halal, BPOM), telephone numbers and addresses are made up; the districts and villages are the
Kemendagri regions already loaded (`python manage.py import_regions 35.22`, or the demo).
"""

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.utils.text import slugify

from .models import (
    Artisan,
    Association,
    Certification,
    CertificationKind,
    Region,
    RegionLevel,
    Sector,
    Technique,
)
from .models.registry_fields import BusinessScale, ExportStatus, LegalForm

__all__ = [
    "COUNCIL_FIGURES",
    "CRAFT_SPLIT",
    "REGENCY_CODE",
    "SLUG_PREFIX",
    "SyntheticRegistryError",
    "create_synthetic_registry",
    "registry_figures",
    "synthetic_registry_exists",
]

COUNCIL_FIGURES = {
    "ikm": 1762,
    "food": 1431,
    "crafts": 331,
    "with_nib": 1749,
    "associations": 17,
    "districts": 28,
}
FOOD, BATIK, ECOPRINT, CRAFT = (
    Sector.FOOD.value,
    Sector.BATIK.value,
    Sector.ECOPRINT.value,
    Sector.CRAFT.value,
)
# How the council's 331 crafts divide between the craft sectors (the council publishes only
# the total): batik is strong in the town, Kalitidu and Sumberrejo; eco-print is young.
CRAFT_SPLIT = {BATIK: 96, ECOPRINT: 38, CRAFT: 197}
CRAFT_SECTORS = tuple(CRAFT_SPLIT)
REGENCY_CODE = "35.22"  # Kabupaten Bojonegoro
SLUG_PREFIX = "ikm-"
DEMO_EMAIL_DOMAIN = "surel.example"  # a reserved domain: no message can reach anyone


class SyntheticRegistryError(Exception):
    """The registry cannot be brought to the council's figures (regions missing, too many)."""


# --- where the IKM are -------------------------------------------------------------------------

# Relative weight of each district per sector: food everywhere (more in the town and the
# market towns), batik concentrated in the town, Kalitidu and Sumberrejo (Prayungan's jumput),
# teak and bamboo crafts in the forest districts of the west and south.
FOOD_WEIGHTS = {
    "Bojonegoro": 9, "Kapas": 5, "Dander": 5, "Kalitidu": 5, "Sumberrejo": 5, "Baureno": 5,
    "Padangan": 5, "Kanor": 4, "Balen": 4, "Kepohbaru": 4, "Kedungadem": 4, "Sugihwaras": 3,
    "Trucuk": 3, "Ngasem": 3, "Malo": 3, "Purwosari": 3, "Ngraho": 3, "Tambakrejo": 3,
    "Temayang": 3, "Sukosewu": 3, "Kasiman": 2, "Gayam": 2, "Bubulan": 2, "Gondang": 2,
    "Sekar": 2, "Ngambon": 1.5, "Kedewan": 1.5, "Margomulyo": 1.5,
}  # fmt: skip
SECTOR_WEIGHTS = {
    FOOD: FOOD_WEIGHTS,
    BATIK: {
        "Bojonegoro": 10, "Sumberrejo": 8, "Kalitidu": 7, "Dander": 4, "Kepohbaru": 2,
        "Baureno": 2, "Kapas": 2, "Trucuk": 1, "Balen": 1, "Kanor": 1, "Padangan": 1,
    },
    ECOPRINT: {
        "Bojonegoro": 4, "Temayang": 3, "Kapas": 3, "Dander": 2, "Sukosewu": 1, "Kalitidu": 1,
        "Sugihwaras": 1, "Malo": 1,
    },
    CRAFT: {
        "Ngraho": 4, "Bojonegoro": 4, "Margomulyo": 3, "Kedungadem": 3, "Dander": 3,
        "Tambakrejo": 2, "Padangan": 2, "Sumberrejo": 2, "Kalitidu": 2, "Malo": 2, "Ngambon": 1,
        "Kasiman": 1, "Gondang": 1, "Sekar": 1, "Bubulan": 1, "Temayang": 1, "Purwosari": 1,
        "Kanor": 1, "Baureno": 1, "Balen": 1, "Kapas": 1, "Sugihwaras": 1,
    },
}  # fmt: skip


@dataclass(frozen=True)
class Product:
    """What an IKM makes: the words of its name, its sub-sector, KBLI codes and the unit of its
    capacity. `key` ties it to sentra and associations."""

    key: str
    words: tuple
    sub_sector: str
    kbli: str
    unit: str
    weight: int
    technique: str = ""
    only_in: tuple = ()  # a local speciality: made only in these districts


PRODUCTS = {
    FOOD: [
        Product("ledre", ("Ledre",), "Makanan ringan", "10792", "bungkus", 5),
        Product("keripik", ("Keripik Tempe", "Keripik Singkong", "Keripik Pisang",
                            "Keripik Talas", "Keripik Gadung"), "Makanan ringan", "10792",
                "bungkus", 16),
        Product("kerupuk", ("Kerupuk", "Rengginang", "Peyek Kacang", "Marning Jagung",
                            "Emping Melinjo"), "Makanan ringan", "10792", "kg", 12),
        Product("jenang", ("Jenang", "Geti Wijen", "Wajik", "Dodol"), "Makanan tradisional",
                "10799", "kg", 8),
        Product("kue", ("Kue Kering", "Roti", "Bolu", "Kue Basah", "Brownies"),
                "Roti dan kue", "10710", "bungkus", 14),
        Product("tempe", ("Tempe", "Tahu", "Keripik Tempe"), "Olahan kedelai", "10391, 10392",
                "kg", 8),
        Product("sambal", ("Sambal Pecel", "Bumbu Pecel", "Abon Lele", "Sambal Bawang"),
                "Makanan olahan", "10750", "botol", 10),
        Product("kopi", ("Kopi Bubuk", "Kopi Jagung"), "Kopi", "10761", "kg", 5),
        Product("minuman", ("Wedang Jahe", "Jamu", "Teh Daun Jati", "Minuman Rosela"),
                "Minuman", "11040, 10763", "botol", 9),
        Product("rosela", ("Sirup Rosela", "Teh Rosela"), "Minuman", "11040", "botol", 3),
        Product("belimbing", ("Sirup Belimbing", "Dodol Belimbing", "Keripik Belimbing"),
                "Olahan buah", "10799, 11040", "bungkus", 3, only_in=("Kalitidu",)),
        Product("salak", ("Dodol Salak", "Keripik Salak", "Sirup Salak"), "Olahan buah",
                "10799", "bungkus", 3, only_in=("Kapas",)),
    ],
    BATIK: [
        Product("batik-tulis", ("Batik", "Rumah Batik", "Griya Batik", "Sanggar Batik"),
                "Batik tulis", "13134", "lembar kain", 8, "batik-tulis"),
        Product("batik-cap", ("Batik", "Batik Cap", "Rumah Batik"), "Batik cap", "13134, 14111",
                "lembar kain", 6, "batik-cap"),
        Product("jumput", ("Jumput", "Batik Jumput"), "Batik jumput", "13134", "lembar kain", 3,
                "jumput", only_in=("Sumberrejo", "Bojonegoro")),
    ],
    ECOPRINT: [
        Product("ecoprint", ("Ecoprint", "Eco Print", "Rumah Ecoprint"), "Eco-print", "13133",
                "lembar", 3, "ecoprint-pounding"),
        Product("ecoprint-busana", ("Ecoprint", "Busana Ecoprint"), "Eco-print busana",
                "13133, 14111", "potong", 1, "ecoprint-steaming"),
    ],
    CRAFT: [
        Product("ukir", ("Ukir Jati", "Kerajinan Kayu", "Kriya Kayu"), "Kerajinan kayu", "16294",
                "buah", 8, "ukir-kayu"),
        Product("mebel", ("Mebel Jati", "Furnitur Jati"), "Mebel", "31001", "set", 5, "ukir-kayu"),
        Product("limbah-jati", ("Kerajinan Akar Jati", "Kerajinan Limbah Jati"),
                "Kerajinan kayu", "16299", "buah", 3, "ukir-kayu"),
        Product("anyaman", ("Anyaman Bambu", "Kerajinan Bambu"), "Anyaman", "16292", "buah", 7,
                "anyaman"),
        Product("eceng", ("Kerajinan Eceng Gondok",), "Anyaman", "16293", "buah", 2, "anyaman"),
        Product("wayang", ("Wayang Thengul",), "Wayang dan suvenir", "16294", "buah", 2,
                "ukir-kayu"),
        Product("aksesoris", ("Aksesoris", "Tas Rajut", "Kerajinan Manik", "Suvenir"),
                "Aksesoris dan suvenir", "32909", "buah", 5),
    ],
}  # fmt: skip


@dataclass(frozen=True)
class Sentra:
    """A production centre: a share of a product's makers in one district live in its village."""

    sector: str
    district: str
    village: str
    name: str
    share: float
    product: str


SENTRA = [
    Sentra(BATIK, "Sumberrejo", "Prayungan", "Sentra Batik Jumput Prayungan", 0.7, "jumput"),
    Sentra(FOOD, "Padangan", "Padangan", "Sentra Ledre Padangan", 0.35, "ledre"),
    Sentra(FOOD, "Kalitidu", "Ngringinrejo", "Kampung Belimbing Ngringinrejo", 0.2,
           "belimbing"),
    Sentra(FOOD, "Kapas", "Wedi", "Sentra Salak Wedi", 0.2, "salak"),
    Sentra(CRAFT, "Kedungadem", "Tondomulo", "Sentra Anyaman Bambu Tondomulo", 0.45,
           "anyaman"),
]  # fmt: skip


@dataclass(frozen=True)
class AssociationSpec:
    """An association and whom it gathers: sectors, and (when given) districts and products."""

    name: str
    sectors: tuple
    districts: tuple = ()
    products: tuple = ()

    def admits(self, sector, district, product):
        return (
            sector in self.sectors
            and (not self.districts or district in self.districts)
            and (not self.products or product in self.products)
        )

    @property
    def is_local(self):
        return bool(self.districts or self.products)


# The first three are the demo's; the list is longer than the figure, in case a registry
# already holds associations of its own.
ASSOCIATIONS = [
    AssociationSpec("Paguyuban Perajin Batik Jonegoroan", (BATIK, ECOPRINT)),
    AssociationSpec("Asosiasi Perajin Kayu dan Bambu Bojonegoro", (CRAFT,)),
    AssociationSpec("Forum IKM Pangan Bojonegoro", (FOOD,)),
    AssociationSpec("Asosiasi IKM Makanan dan Minuman Bojonegoro", (FOOD,)),
    AssociationSpec("Paguyuban Batik Jumput Prayungan", (BATIK,), ("Sumberrejo",), ("jumput",)),
    AssociationSpec("Paguyuban Batik Tulis Kalitidu", (BATIK,), ("Kalitidu",)),
    AssociationSpec("Komunitas Ecoprint Bojonegoro", (ECOPRINT,)),
    AssociationSpec("Paguyuban Perajin Ledre Padangan", (FOOD,), ("Padangan",), ("ledre",)),
    AssociationSpec("Kelompok Olahan Belimbing Ngringinrejo", (FOOD,), ("Kalitidu",),
                    ("belimbing",)),
    AssociationSpec("Kelompok Olahan Salak Wedi", (FOOD,), ("Kapas",), ("salak",)),
    AssociationSpec("Forum Kopi Bojonegoro", (FOOD,), (), ("kopi",)),
    AssociationSpec("Paguyuban Perajin Kerupuk dan Keripik Baureno", (FOOD,),
                    ("Baureno", "Kanor"), ("keripik", "kerupuk")),
    AssociationSpec("Paguyuban Perajin Ukir Jati Bojonegoro", (CRAFT,),
                    ("Ngraho", "Margomulyo", "Tambakrejo", "Kasiman", "Padangan", "Ngambon"),
                    ("ukir", "limbah-jati")),
    AssociationSpec("Asosiasi Perajin Mebel Jati Bojonegoro", (CRAFT,), (), ("mebel",)),
    AssociationSpec("Kelompok Perajin Anyaman Bambu Kedungadem", (CRAFT,), ("Kedungadem",),
                    ("anyaman",)),
    AssociationSpec("Paguyuban Perajin Wayang Thengul", (CRAFT,), (), ("wayang",)),
    AssociationSpec("Forum IKM Kecamatan Sumberrejo", (FOOD, BATIK, ECOPRINT, CRAFT),
                    ("Sumberrejo",)),
    AssociationSpec("Kelompok Olahan Rosela Dander", (FOOD,), ("Dander",), ("rosela",)),
    AssociationSpec("Paguyuban Perajin Suvenir Bojonegoro", (CRAFT,), (), ("aksesoris",)),
]  # fmt: skip

# --- who they are --------------------------------------------------------------------------

WOMEN_FIRST = (
    "Sri", "Siti", "Endang", "Tutik", "Puji", "Yuli", "Nur", "Dwi", "Rina", "Lilik", "Umi",
    "Ani", "Eni", "Nanik", "Luluk", "Ninik", "Yayuk", "Tri", "Novi", "Dewi", "Indah", "Fitri",
    "Ika", "Ernawati", "Kasmini", "Sarmi", "Rukmini", "Suparmi", "Sumarni", "Winarti",
    "Sulastri", "Mulyani", "Sumiati", "Musrifah", "Khusnul", "Anik", "Erna", "Wiwik",
)  # fmt: skip
WOMEN_LAST = (
    "Wahyuni", "Rahayu", "Lestari", "Astuti", "Handayani", "Ningsih", "Rahmawati", "Susanti",
    "Mulyani", "Aminah", "Fatimah", "Khasanah", "Setyowati", "Purwanti", "Suryani", "Hidayah",
    "Sholikhah", "Muawanah", "Wulandari", "Kusumawati",
)  # fmt: skip
MEN_FIRST = (
    "Sutrisno", "Slamet", "Suyono", "Bambang", "Agus", "Eko", "Joko", "Budi", "Heru",
    "Sugeng", "Teguh", "Mujiono", "Supriyadi", "Ahmad", "Muhammad", "Imam", "Rudi", "Hadi",
    "Didik", "Yusuf", "Wahyudi", "Arif", "Sukarji", "Kasdi", "Parman", "Mukhlis", "Nur",
)  # fmt: skip
MEN_LAST = (
    "Santoso", "Prasetyo", "Hidayat", "Wibowo", "Setiawan", "Kurniawan", "Susanto", "Purnomo",
    "Haryanto", "Fauzi", "Hariyadi", "Rohman", "Syaifudin", "Mashudi", "Ansori", "Wijaya",
)  # fmt: skip
# Owners are mostly women in food, batik and eco-print, mostly men in wood and bamboo.
WOMEN_OWNERS = {FOOD: 0.75, BATIK: 0.8, ECOPRINT: 0.85, CRAFT: 0.3}
TITLES = {True: ("Bu", "Mbak", "Mbok"), False: ("Pak", "Cak", "Mas")}
WOMEN_WORKERS = {FOOD: (0.6, 1.0), BATIK: (0.6, 0.95), ECOPRINT: (0.7, 1.0), CRAFT: (0.1, 0.45)}

NAME_SUFFIXES = (
    "Barokah", "Sari Rasa", "Makmur", "Lestari", "Sumber Rejeki", "Berkah", "Mekar Sari",
    "Jaya", "Sido Mampir", "Mulya", "Kenanga", "Melati", "Manunggal", "Sejahtera", "Srikandi",
    "Tunggal Rasa", "Ngudi Rejeki", "Rejo", "Sekar Arum", "Putri", "Mandiri", "Karya Mulya",
    "Tiga Putra", "Dua Saudara", "Sinar Jaya", "Nikmat", "Lancar", "Rukun", "Anugerah",
    "Cahaya", "{title} {first}", "{title} {first}", "{title} {first}", "{village}",
)  # fmt: skip
CRAFT_NAME_SUFFIXES = (
    "Sekar Jati", "Jonegoroan", "Pari Sumilak", "Mliwis Putih", "Thengul", "Dahono",
    "Gondo Wangi", "Rinonce", "Jagung Emas", "Kahyangan", "Godhong", "Alas Jati", "Ayu",
    "Lestari", "Sekar Alas", "Kembang", "Asri", "Mulyo", "Karya", "Seni", "Wening", "Arum",
    "Bengawan", "Angling Dharma", "{first}", "{village}",
)  # fmt: skip
TRAINING = {
    None: ("Bimtek manajemen usaha", "Bimtek pemasaran daring", "Bimtek kemasan dan merek",
           "Pendampingan akses marketplace"),
    FOOD: ("Bimtek keamanan pangan (PIRT)", "Pendampingan sertifikasi halal"),
    BATIK: ("Bimtek pewarnaan alam", "Bimtek desain motif Jonegoroan"),
    ECOPRINT: ("Bimtek eco-print", "Bimtek pewarnaan alam"),
    CRAFT: ("Bimtek desain produk kerajinan", "Bimtek finishing kayu"),
}  # fmt: skip
EXHIBITIONS = (
    "Pameran Dekranasda Kabupaten Bojonegoro",
    "Pameran produk IKM Jawa Timur, Surabaya",
    "Pameran IKM di pusat perbelanjaan, Surabaya",
    "Inacraft, Jakarta",
)
PIRT_ISSUER = "Dinas Kesehatan Kabupaten Bojonegoro"
BATIKMARK_ISSUER = "Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik"


# --- what is there ------------------------------------------------------------------------------


def synthetic_registry_exists():
    """Whether the synthetic IKM were already made."""
    return Artisan.objects.filter(slug__startswith=SLUG_PREFIX).exists()


def registry_figures(regency_code=REGENCY_CODE):
    """The registry's figures as the council reports them (active IKM only), one query each."""
    counts = Artisan.objects.active().aggregate(
        ikm=Count("pk"),
        food=Count("pk", filter=Q(sector=FOOD)),
        crafts=Count("pk", filter=Q(sector__in=CRAFT_SECTORS)),
        batik=Count("pk", filter=Q(sector=BATIK)),
        ecoprint=Count("pk", filter=Q(sector=ECOPRINT)),
        craft=Count("pk", filter=Q(sector=CRAFT)),
        with_nib=Count("pk", filter=~Q(nib="")),
    )
    counts["associations"] = Association.objects.count()
    counts["districts"] = (
        Region.objects.districts_of(regency_code)
        .filter(artisans__is_active=True)
        .distinct()
        .count()
    )
    return counts


def _districts(regency_code):
    districts = list(Region.objects.districts_of(regency_code))
    if len(districts) != COUNCIL_FIGURES["districts"]:
        raise SyntheticRegistryError(
            f"The registry needs the {COUNCIL_FIGURES['districts']} districts of regency "
            f"{regency_code} with their villages, and {len(districts)} are loaded. Load the "
            f"regions first: `python manage.py import_regions {regency_code}` (the demo, "
            "`python manage.py load_demo`, loads them too)."
        )
    return districts


def _needs(current):
    """How many new IKM each figure still needs; refuses when the registry is already beyond."""
    needs = {sector: CRAFT_SPLIT[sector] - current[sector] for sector in CRAFT_SECTORS}
    needs[FOOD] = COUNCIL_FIGURES["food"] - current["food"]
    crafts = COUNCIL_FIGURES["crafts"] - current["crafts"]
    if needs[FOOD] < 0 or crafts < 0:
        raise SyntheticRegistryError(
            f"The registry already holds {current['food']} food and {current['crafts']} craft "
            "IKM, more than the council's figures; nothing was made."
        )
    # A sector already beyond its share of the crafts gives way to the others.
    for sector in CRAFT_SECTORS:
        needs[sector] = max(needs[sector], 0)
    surplus = sum(needs[sector] for sector in CRAFT_SECTORS) - crafts
    for sector in sorted(CRAFT_SECTORS, key=lambda s: -needs[s]):
        taken = min(surplus, needs[sector])
        needs[sector] -= taken
        surplus -= taken
    nib = COUNCIL_FIGURES["with_nib"] - current["with_nib"]
    total = sum(needs.values())
    if not 0 <= nib <= total:
        raise SyntheticRegistryError(
            f"{current['with_nib']} IKM already hold an NIB; the council's figure of "
            f"{COUNCIL_FIGURES['with_nib']} cannot be reached with {total} new IKM."
        )
    associations = COUNCIL_FIGURES["associations"] - current["associations"]
    if associations < 0:
        raise SyntheticRegistryError(
            f"The registry already holds {current['associations']} associations, more than "
            f"the council's {COUNCIL_FIGURES['associations']}; nothing was made."
        )
    return needs, nib, associations


def _allocate(total, weights):
    """Split `total` over the keys of `weights` in proportion, exactly (largest remainder)."""
    weight_sum = sum(weights.values())
    shares = {key: total * weight / weight_sum for key, weight in weights.items()}
    counts = {key: int(share) for key, share in shares.items()}
    left = total - sum(counts.values())
    for key in sorted(shares, key=lambda k: (counts[k] - shares[k], k))[:left]:
        counts[key] += 1
    return counts


# --- making them ---------------------------------------------------------------------------


class _Maker:
    """Draws the fictional IKM, in a fixed order from one seeded random generator."""

    def __init__(self, rng, districts, villages, today, taken_nibs):
        self.rng = rng
        self.districts = {district.name: district for district in districts}
        self.villages = villages  # district code -> [village, ...] in code order
        self.today = today
        self.taken_nibs = set(taken_nibs)
        self.slugs = Counter()
        self.certificate_serial = 0

    def choose_product(self, sector, district):
        products = [p for p in PRODUCTS[sector] if not p.only_in or district.name in p.only_in]
        return self.rng.choices(products, weights=[p.weight for p in products])[0]

    def place(self, sector, district, product):
        """The village and sentra of a new IKM in `district` making `product`."""
        for sentra in SENTRA:
            if (
                sentra.sector == sector
                and sentra.district == district.name
                and sentra.product == product.key
                and self.rng.random() < 0.85
            ):
                village = next(
                    (v for v in self.villages[district.code] if v.name == sentra.village), None
                )
                if village is not None:
                    return village, sentra.name
        return self.rng.choice(self.villages[district.code]), ""

    def product_for(self, sector, district):
        """Sentra districts make their speciality more often than elsewhere."""
        for sentra in SENTRA:
            if (
                sentra.sector == sector
                and sentra.district == district.name
                and self.rng.random() < sentra.share
            ):
                return next(p for p in PRODUCTS[sector] if p.key == sentra.product)
        return self.choose_product(sector, district)

    def owner(self, sector):
        """(a woman?, first name, full name)."""
        woman = self.rng.random() < WOMEN_OWNERS[sector]
        first_names, last_names = (WOMEN_FIRST, WOMEN_LAST) if woman else (MEN_FIRST, MEN_LAST)
        first = self.rng.choice(first_names)
        if self.rng.random() < 0.25:
            return woman, first, first  # many older Javanese go by one name
        return woman, first, f"{first} {self.rng.choice(last_names)}"

    def business_name(self, sector, product, woman, first, village):
        stem = self.rng.choice(product.words)
        suffixes = NAME_SUFFIXES if sector == FOOD else CRAFT_NAME_SUFFIXES
        suffix = self.rng.choice(suffixes).format(
            title=self.rng.choice(TITLES[woman]), first=first, village=village.name
        )
        return f"{stem} {suffix}", suffix

    def slug(self, name, district):
        base = f"{SLUG_PREFIX}{slugify(name)}-{slugify(district.name)}"[:140]
        self.slugs[base] += 1
        return base if self.slugs[base] == 1 else f"{base}-{self.slugs[base]}"

    def nib(self):
        while True:
            first = self.rng.choice("0128899")
            number = first + "".join(self.rng.choices("0123456789", k=12))
            if number not in self.taken_nibs:
                self.taken_nibs.add(number)
                return number

    def people(self, sector, woman_owner):
        """(scale, workers, of whom women, of whom persons with disabilities); the owner
        works in the business too."""
        draw = self.rng.random()
        if draw < 0.83:
            scale, workers = BusinessScale.MIKRO, self.rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
        elif draw < 0.985:
            scale, workers = BusinessScale.KECIL, self.rng.randint(5, 19)
        else:
            scale, workers = BusinessScale.MENENGAH, self.rng.randint(20, 60)
        low, high = WOMEN_WORKERS[sector]
        women = min(workers, max(round(workers * self.rng.uniform(low, high)), woman_owner))
        disabled = 1 if self.rng.random() < 0.03 else 0
        return scale, workers, women, disabled

    def legal_form(self, scale):
        draw = self.rng.random()
        if scale == BusinessScale.MENENGAH:
            return LegalForm.CV if draw < 0.6 else LegalForm.PT
        if draw < 0.88:
            return LegalForm.PERORANGAN
        if draw < 0.94:
            return LegalForm.KELOMPOK
        if draw < 0.97:
            return LegalForm.KOPERASI
        return LegalForm.CV

    def founded(self):
        years_ago = min(int(self.rng.expovariate(1 / 9)), 45)
        return max(self.today.year - 1 - years_ago, 1980)

    def dated_lines(self, names, count, since):
        picked = self.rng.sample(names, min(count, len(names)))
        return "\n".join(
            f"{name} ({self.rng.randint(since, self.today.year)})" for name in sorted(picked)
        )

    def make(self, sector, district, has_nib):
        product = self.product_for(sector, district)
        village, sentra = self.place(sector, district, product)
        woman, first, owner_name = self.owner(sector)
        business_name, suffix = self.business_name(sector, product, woman, first, village)
        scale, workers, women, disabled = self.people(sector, woman)
        founded = self.founded()
        training = ""
        if self.rng.random() < 0.45:
            names = TRAINING[None] + TRAINING[sector]
            training = self.dated_lines(names, self.rng.randint(1, 3), 2019)
        exhibitions = ""
        if self.rng.random() < (0.5 if scale != BusinessScale.MIKRO else 0.12):
            # Inacraft is a crafts fair, for the craft IKM that have grown beyond micro.
            crafts_fair = sector != FOOD and scale != BusinessScale.MIKRO
            exhibitions = self.dated_lines(EXHIBITIONS[: 4 if crafts_fair else 3], 2, 2018)
        export = ExportStatus.NONE
        if sector != FOOD and scale != BusinessScale.MIKRO and self.rng.random() < 0.25:
            export = ExportStatus.DIRECT if self.rng.random() < 0.2 else ExportStatus.INDIRECT
        consent = None
        if self.rng.random() < 0.92:
            consent = self.since(date(founded, 1, 1), years=3)
        slug = self.slug(business_name, district)
        artisan = Artisan(
            business_name=business_name,
            slug=slug,
            owner_name=owner_name,
            sector=sector,
            district=district,
            village=village,
            founded_year=founded,
            workers=workers,
            brand=suffix if self.rng.random() < 0.35 and suffix != village.name else "",
            legal_form=self.legal_form(scale),
            scale=scale,
            nib=self.nib() if has_nib else "",
            kbli_codes=product.kbli,
            sub_sector=product.sub_sector,
            sentra=sentra,
            workers_women=women,
            workers_disabled=disabled,
            capacity=f"{self.capacity(sector, scale, workers)} {product.unit} sebulan",
            export_status=export,
            training=training,
            exhibitions=exhibitions,
            phone=f"+62811{self.rng.randint(0, 99_999_999):08d}" if self.rng.random() < 0.8 else "",
            email=f"{slug[len(SLUG_PREFIX) :][:40]}@{DEMO_EMAIL_DOMAIN}"
            if self.rng.random() < 0.2
            else "",
            address=(
                f"RT {self.rng.randint(1, 12):03d}/RW {self.rng.randint(1, 5):03d}, "
                f"{village.name}, Kecamatan {district.name}"
            ),
            consent_given_on=consent,
            public_owner=False,
            public_contact=False,
            is_active=True,
        )
        return artisan, product

    def capacity(self, sector, scale, workers):
        per_worker = {FOOD: 120, BATIK: 8, ECOPRINT: 15, CRAFT: 10}[sector]
        return max(10, int(round(workers * per_worker * self.rng.uniform(0.6, 1.4), -1)))

    # --- certifications ---

    def since(self, start, years):
        """A day in the last `years` before today, not before `start` (nor after today)."""
        earliest = max(start, self.today - timedelta(days=years * 365))
        return earliest + timedelta(days=self.rng.randint(0, max((self.today - earliest).days, 0)))

    def issued(self, artisan, years):
        """An issue date: mostly within the last `years` (still valid), a few before (lapsed),
        never before the business was founded."""
        founded = date(artisan.founded_year, 1, 1)
        span = years * 365
        if self.rng.random() < 0.06:
            days_ago = self.rng.randint(span + 1, span + 400)
        else:
            days_ago = self.rng.randint(30, span - 1)
        issued = self.today - timedelta(days=days_ago)
        return issued if issued >= founded else self.since(founded, years)

    def expiry(self, issued, years):
        try:
            return issued.replace(year=issued.year + years)
        except ValueError:  # 29 February
            return issued.replace(year=issued.year + years, day=28)

    def certifications(self, artisan, product):
        rng, made = self.rng, []

        def add(kind, number, issuer, years, covered):
            """`number`: a text, or a function of the expiry date (P-IRT numbers end with
            the year they lapse)."""
            self.certificate_serial += 1
            issued = self.issued(artisan, years or 6)
            expires = self.expiry(issued, years) if years else None
            made.append(
                Certification(
                    artisan=artisan,
                    kind=kind,
                    number=number(expires) if callable(number) else number,
                    issuer=issuer,
                    issued_on=issued,
                    expires_on=expires,
                    products_covered=covered,
                    sort_order=len(made),
                )
            )

        covered = next(
            (word for word in product.words if artisan.business_name.startswith(word)),
            product.sub_sector,
        )
        if artisan.sector == FOOD:
            bpom = artisan.scale != BusinessScale.MIKRO and rng.random() < 0.15
            bpom = bpom or rng.random() < 0.005
            if bpom:
                number = f"BPOM RI MD {rng.randint(2, 8)}{rng.randint(0, 10**11 - 1):011d}"
                add(CertificationKind.BPOM, number, "Badan Pengawas Obat dan Makanan", 5, covered)
            elif rng.random() < 0.68:
                # packaging, food type, regency, product, producer; then the year it lapses
                digits = (
                    f"{rng.randint(1, 7)}{rng.randint(1, 14):02d}3522"
                    f"{rng.randint(1, 20):02d}{rng.randint(1, 9999):04d}"
                )
                add(
                    CertificationKind.PIRT,
                    lambda expires: f"P-IRT {digits}-{expires.year % 100:02d}",
                    PIRT_ISSUER,
                    5,
                    covered,
                )
            if rng.random() < (0.7 if made else 0.12):
                number = f"ID35110{rng.randint(0, 10**12 - 1):012d}"
                add(CertificationKind.HALAL, number, "BPJPH", None, covered)
        elif artisan.sector == BATIK and rng.random() < 0.12:
            add(
                CertificationKind.BATIKMARK,
                f"BM-JTM-{self.certificate_serial + 100:04d}",
                BATIKMARK_ISSUER,
                3,
                artisan.sub_sector,
            )
        if artisan.scale != BusinessScale.MIKRO and rng.random() < 0.12:
            number = f"IDM000{rng.randint(100000, 999999)}"
            add(
                CertificationKind.TRADEMARK,
                number,
                "Direktorat Jenderal Kekayaan Intelektual",
                10,
                artisan.brand or artisan.business_name,
            )
        return made


def _memberships(rng, plan, specs, associations):
    """(artisan, association) pairs: local groups first, a broad one for some; every
    association of the council gets members."""
    pairs, members = [], Counter()
    for artisan, product in plan:
        fitting = [
            spec
            for spec in specs
            if spec.admits(artisan.sector, artisan.district.name, product.key)
        ]
        local = [spec for spec in fitting if spec.is_local and rng.random() < 0.75]
        broad = [spec for spec in fitting if not spec.is_local]
        joined = list(local)
        if broad and rng.random() < (0.25 if local else 0.55):
            joined.append(rng.choice(broad))
        for spec in joined:
            pairs.append((artisan, associations[spec.name]))
            members[spec.name] += 1
    for spec in specs:
        if members[spec.name]:
            continue
        fitting = [(a, p) for a, p in plan if a.sector in spec.sectors]
        for artisan, _product in rng.sample(fitting, min(5, len(fitting))):
            pairs.append((artisan, associations[spec.name]))
    return pairs


@transaction.atomic
def create_synthetic_registry(seed=2025, *, regency_code=REGENCY_CODE, today=None):
    """Top the registry up with fictional IKM until it matches COUNCIL_FIGURES, counting the
    artisans already there; returns how many IKM it created (0 when already done).

    Certificates expire relative to `today` (default: today), so that some always fall due
    in the next 90 days. Raises SyntheticRegistryError when the districts are not loaded or the
    registry already exceeds a figure."""
    districts = _districts(regency_code)
    if synthetic_registry_exists():
        return 0
    today = today or date.today()
    current = registry_figures(regency_code)
    if all(current[key] == value for key, value in COUNCIL_FIGURES.items()):
        return 0
    needs, nib_count, association_count = _needs(current)
    rng = random.Random(seed)  # nosec B311  # seeded demo data, not a secret

    existing = set(Association.objects.values_list("name", flat=True))
    missing = [spec.name for spec in ASSOCIATIONS if spec.name not in existing]
    Association.objects.bulk_create(
        [Association(name=name) for name in missing[:association_count]]
    )
    associations = {
        association.name: association
        for association in Association.objects.filter(name__in=[s.name for s in ASSOCIATIONS])
    }
    specs = [spec for spec in ASSOCIATIONS if spec.name in associations]

    villages = {district.code: [] for district in districts}
    for village in Region.objects.filter(parent__in=districts, level=RegionLevel.VILLAGE).order_by(
        "code"
    ):
        villages[village.parent_id].append(village)
    maker = _Maker(
        rng,
        districts,
        villages,
        today,
        Artisan.objects.exclude(nib="").values_list("nib", flat=True),
    )

    # Which new IKM go where, sector by sector; then which of them have no NIB.
    places = []
    for sector in (FOOD, BATIK, ECOPRINT, CRAFT):
        counts = _allocate(needs[sector], SECTOR_WEIGHTS[sector])
        for district in districts:
            places += [(sector, district)] * counts.get(district.name, 0)
    without_nib = set(rng.sample(range(len(places)), len(places) - nib_count))
    plan = [
        maker.make(sector, district, has_nib=index not in without_nib)
        for index, (sector, district) in enumerate(places)
    ]

    artisans = Artisan.objects.bulk_create([artisan for artisan, _product in plan])
    if any(artisan.pk is None for artisan in artisans):  # a database without RETURNING
        ids = dict(Artisan.objects.filter(slug__startswith=SLUG_PREFIX).values_list("slug", "pk"))
        for artisan in artisans:
            artisan.pk = ids[artisan.slug]

    Certification.objects.bulk_create(
        [
            certification
            for artisan, product in plan
            for certification in maker.certifications(artisan, product)
        ]
    )
    Through = Artisan.associations.through
    Through.objects.bulk_create(
        [
            Through(artisan_id=artisan.pk, association_id=association.pk)
            for artisan, association in _memberships(rng, plan, specs, associations)
        ]
    )
    techniques = dict(Technique.objects.values_list("slug", "pk"))
    TechniqueThrough = Artisan.techniques.through
    TechniqueThrough.objects.bulk_create(
        [
            TechniqueThrough(artisan_id=artisan.pk, technique_id=techniques[product.technique])
            for artisan, product in plan
            if product.technique in techniques
        ]
    )
    return len(artisans)
