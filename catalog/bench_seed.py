"""A realistic catalog of any size on top of the demo content, for the benchmark (issue 9).

`seed_catalog(n)` makes the database hold `n` live products: artisans (one per 40 products, in
the demo regency's Kemendagri districts, a quarter with a profile page), a few dozen motif
stories, products with photos from a shared pool, materials, variants, stock, prices and dates
spread over two years, and their search index entries. Deterministic (product number `i` is
drawn from `random.Random(i)`) and idempotent: what exists is counted and only the difference is
made, with bulk inserts in batches.
"""

import math
import random
from contextlib import contextmanager
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from artisans.models import Artisan, Region, Sector, Technique

from . import bench_media
from .bench_index import index_objects
from .bench_words import (
    BUSINESS_NAMES,
    BUSINESS_PREFIXES,
    COLOURS,
    DESCRIPTION,
    DESCRIPTION_EN,
    FINISHES,
    FIRST_NAMES,
    FLAVOURS,
    FOOD_DESCRIPTION,
    FOOD_DESCRIPTION_EN,
    KINDS,
    LAST_NAMES,
)
from .models import Category, Material, Product, ProductImage, ProductVariant

SLUG_PREFIX = "bench-"  # of the bench's artisans; their products are the bench's products
PRODUCTS_PER_ARTISAN = 40
PROFILE_SHARE = 4  # one artisan in four has a profile page
BATCH = 2000
REGENCY_CODE = "35.22"  # the demo's regency (Bojonegoro)
TWO_YEARS = 730  # days
EXTRA_TECHNIQUES = [("batik-lukis", "Batik lukis", "Painted batik")]
EXTRA_MATERIALS = [("linen", "Linen", "Linen"), ("rotan", "Rotan", "Rattan")]
SECTOR_SHARES = {Sector.BATIK: 55, Sector.FOOD: 20, Sector.CRAFT: 15, Sector.ECOPRINT: 10}


def sector_of(kind):
    if kind.food:
        return Sector.FOOD
    if kind.category == "eco-print":
        return Sector.ECOPRINT
    return Sector.CRAFT if kind.photo in {"decor", "notebook"} else Sector.BATIK


class DemoMissing(Exception):
    """The demo content the catalog builds on is not loaded."""


@contextmanager
def dates_as_given(*models):
    """Let bulk inserts keep the `created_at` given (auto_now_add would overwrite it)."""
    fields = [model._meta.get_field("created_at") for model in models]
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def _vocabulary():
    """Techniques, materials and categories by slug (the demo's, and a few more)."""
    for slug, name, name_en in EXTRA_TECHNIQUES:
        Technique.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
    for slug, name, name_en in EXTRA_MATERIALS:
        Material.objects.get_or_create(slug=slug, defaults={"name": name, "name_en": name_en})
    techniques = {t.slug: t for t in Technique.objects.all()}
    materials = {m.slug: m for m in Material.objects.all()}
    categories = {c.slug: c for c in Category.objects.all()}
    missing = {kind.category for kind in KINDS} - set(categories)
    if missing:
        raise DemoMissing(f"Categories missing: {sorted(missing)}; run manage.py load_demo.")
    return techniques, materials, categories


def _make_artisans(wanted, techniques, now):
    """Bench artisans up to `wanted` (numbered, so a second run makes none)."""
    existing = Artisan.objects.filter(slug__startswith=SLUG_PREFIX).count()
    districts = list(Region.objects.districts_of(REGENCY_CODE))
    if not districts:
        raise DemoMissing("No districts of the demo regency; run manage.py load_demo.")
    sectors = list(SECTOR_SHARES)
    weights = list(SECTOR_SHARES.values())
    artisans, picked = [], []
    for number in range(existing, wanted):
        rng = random.Random(f"artisan{number}")  # nosec B311  # seeded demo data, not a secret
        sector = rng.choices(sectors, weights)[0]
        name = f"{rng.choice(BUSINESS_PREFIXES)} {rng.choice(BUSINESS_NAMES)}"
        if sector == Sector.FOOD:
            name = f"{rng.choice(('Dapur', 'UD', 'Omah'))} {rng.choice(BUSINESS_NAMES)}"
        district = districts[number % len(districts)]
        artisans.append(
            Artisan(
                business_name=f"{name} {district.name}",
                slug=f"{SLUG_PREFIX}{slugify(name)}-{number}",
                owner_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                sector=sector,
                district=district,
                founded_year=rng.randint(1985, 2022),
                workers=rng.randint(1, 30),
                whatsapp=f"+62812{number:08d}",
                public_owner=True,
                public_contact=rng.random() < 0.8,
                created_at=now - timedelta(days=TWO_YEARS + rng.randint(1, 1500)),
            )
        )
        own = sorted({t for kind in KINDS if sector_of(kind) == sector for t in kind.techniques})
        picked.append(rng.sample(own, min(len(own), rng.randint(1, 3))))
    with dates_as_given(Artisan):
        Artisan.objects.bulk_create(artisans, batch_size=BATCH)
    through = Artisan.techniques.through
    through.objects.bulk_create(
        [
            through(artisan_id=artisan.pk, technique_id=techniques[slug].pk)
            for artisan, slugs in zip(artisans, picked, strict=True)
            for slug in slugs
            if slug in techniques
        ],
        batch_size=BATCH,
    )
    return len(artisans)


def _price(rng, low, high):
    """Prices spread evenly on a log scale, rounded to a thousand rupiah."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    return max(1000, round(value / 1000) * 1000)


class ProductMaker:
    """Draws product number `i` and what belongs to it (photos, materials, variants)."""

    def __init__(self, artisans, motifs, techniques, materials, categories, photos, now):
        self.by_sector = {}
        for artisan in artisans:
            self.by_sector.setdefault(artisan.sector, []).append(artisan)
        self.kinds = [k for k in KINDS if self.by_sector.get(sector_of(k))]
        self.motifs, self.now = motifs, now
        self.techniques, self.materials, self.categories = techniques, materials, categories
        self.photos = {}
        for number, photo in enumerate(photos):
            self.photos.setdefault(KINDS[number % len(KINDS)].photo, []).append(photo)
        self.all_photos = photos

    def make(self, i):
        rng = random.Random(i)  # nosec B311  # seeded demo data, not a secret
        kind = rng.choice(self.kinds)
        artisan = rng.choice(self.by_sector[sector_of(kind)])
        colour, colour_en = rng.choice(COLOURS)
        technique = self.techniques.get(rng.choice(kind.techniques))
        motif = rng.choice(self.motifs) if kind.motif and rng.random() < 0.85 else None
        created = self.now - timedelta(seconds=rng.uniform(0, TWO_YEARS * 86400))
        fields = {}
        if kind.food:
            flavour, flavour_en = rng.choice(FLAVOURS)
            grams = rng.choice((100, 150, 200, 250, 500))
            halal = f"ID35110000{rng.randint(10**6, 10**7 - 1)}"
            name, name_en = (
                f"{kind.name} {flavour} {grams} g",
                f"{flavour_en} {kind.name_en}, {grams} g",
            )
            text, text_en = FOOD_DESCRIPTION, FOOD_DESCRIPTION_EN
            fields.update(
                pirt_number=f"P-IRT {rng.randint(10**14, 10**15 - 1)}",
                halal_number=halal if rng.random() < 0.6 else "",
                net_content=f"{grams} g",
                ingredients=f"{flavour}, minyak kelapa, garam",
                ingredients_en=f"{flavour_en}, coconut oil, salt",
                shelf_life_days=rng.choice((90, 180, 365)),
                returns_accepted=False,
                is_handmade=False,
            )
        else:
            finish, finish_en = rng.choice(FINISHES)
            motif_name = f" {motif.title}" if motif else ""
            name = f"{kind.name}{motif_name} {colour} {finish}"
            name_en = f"{kind.name_en}{motif_name}, {colour_en}, {finish_en}"
            text, text_en = DESCRIPTION, DESCRIPTION_EN
            fields.update(colours=colour, colours_en=colour_en, export_ready=rng.random() < 0.1)
        words = {
            "name": name,
            "name_en": name_en,
            "artisan": artisan.business_name,
            "district": artisan.district.name,
            "colour_id": colour.lower(),
            "colour_en": colour_en,
            "technique": technique.name if technique else "tradisional",
            "technique_en": technique.name_en if technique else "traditional",
        }
        in_stock = rng.random() < 0.85
        product = Product(
            artisan=artisan,
            slug=f"{slugify(name)[:140]}-{i}",
            name=name,
            name_en=name_en,
            description=text.format(**words),
            description_en=text_en.format(**words),
            category=self.categories[kind.category],
            technique=technique,
            motif=motif,
            price=_price(rng, *kind.prices),
            stock=rng.randint(1, 40) if in_stock else 0,
            weight_grams=rng.randint(*kind.weight),
            created_at=created,
            live=True,
            has_unpublished_changes=False,
            first_published_at=created,
            last_published_at=created,
            **fields,
        )
        photos = self.photos.get(kind.photo) or self.all_photos
        images = rng.sample(photos, min(len(photos), rng.randint(1, 3)))
        materials = [self.materials[s] for s in kind.materials if s in self.materials]
        materials = rng.sample(materials, min(len(materials), rng.randint(1, 2)))
        sizes = [(label, rng.randint(0, 12) if in_stock else 0) for label in kind.sizes]
        if sizes:
            product.stock = sum(stock for _label, stock in sizes)
        return product, images, materials, sizes


def _insert(products, extras):
    """Insert a batch of products with their photos, materials and variants; index them."""
    with dates_as_given(Product):
        Product.objects.bulk_create(products)
    photos, materials, variants = [], [], []
    through = Product.materials.through
    for product, (images, product_materials, sizes) in zip(products, extras, strict=True):
        photos += [
            ProductImage(
                product=product,
                image=image,
                sort_order=position,
                alt_text=product.name[:200],
                alt_text_en=product.name_en[:200],
            )
            for position, image in enumerate(images)
        ]
        materials += [through(product_id=product.pk, material_id=m.pk) for m in product_materials]
        variants += [
            ProductVariant(
                product=product,
                label=label,
                label_en=label,
                stock=stock,
                sku=f"BN{product.pk:07d}-{label}",
                sort_order=position,
            )
            for position, (label, stock) in enumerate(sizes)
        ]
    ProductImage.objects.bulk_create(photos)
    through.objects.bulk_create(materials)
    ProductVariant.objects.bulk_create(variants)
    index_objects(Product, products)


def seed_catalog(products, say=lambda message: None, photo_edge=bench_media.PHOTO_EDGE):
    """Make the database hold `products` live products; returns what was made. The pictures
    are drawn `photo_edge` pixels wide (the tests draw them small)."""
    now = timezone.now().replace(microsecond=0)
    techniques, materials, categories = _vocabulary()
    say("Photo pool and renditions...")
    photos = bench_media.photo_pool(edge=photo_edge)
    portraits = bench_media.portraits(edge=photo_edge)
    bench_media.product_renditions_of_demo()
    say("Motif stories...")
    motifs = bench_media.motif_pages(edge=photo_edge)
    made = {"artisans": 0, "profiles": 0, "products": 0}
    wanted = products - Product.objects.live().count()
    if wanted <= 0:
        return made
    bench = Product.objects.filter(artisan__slug__startswith=SLUG_PREFIX).count()
    artisans_wanted = max(1, math.ceil((bench + wanted) / PRODUCTS_PER_ARTISAN))
    with transaction.atomic():
        made["artisans"] = _make_artisans(artisans_wanted, techniques, now)
    artisans = list(
        Artisan.objects.filter(slug__startswith=SLUG_PREFIX)
        .select_related("district")
        .order_by("pk")
    )
    say(f"Profile pages for one artisan in {PROFILE_SHARE}...")
    with transaction.atomic():
        made["profiles"] = bench_media.profile_pages(artisans[::PROFILE_SHARE], portraits)
    maker = ProductMaker(artisans, motifs, techniques, materials, categories, photos, now)
    for start in range(bench, bench + wanted, BATCH):
        drawn = [maker.make(i) for i in range(start, min(start + BATCH, bench + wanted))]
        with transaction.atomic():
            _insert([d[0] for d in drawn], [d[1:] for d in drawn])
        made["products"] += len(drawn)
        say(f"  {made['products']:,} of {wanted:,} products")
    refresh_statistics()
    return made


def refresh_statistics():
    """Let PostgreSQL's planner know the new sizes at once, as a long-running site's would
    (fresh from bulk inserts it guesses a handful of rows and picks nested loops)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
