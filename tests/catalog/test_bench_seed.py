"""The benchmark's catalog (manage.py seed_bench): the size asked, photos from a shared pool with
their renditions made, found by the search, made once, and its pages answering."""

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection

from wagtail.search.backends import get_search_backend

import pytest

from artisans.models import Artisan, ArtisanPage, Technique
from catalog.bench_index import index_objects
from catalog.bench_media import COLLECTION, POOL_SIZE
from catalog.bench_seed import PRODUCTS_PER_ARTISAN, SLUG_PREFIX, seed_catalog
from catalog.bench_words import MOTIFS
from catalog.models import Category, Material, Product, ProductImage, ProductVariant
from catalog.photos import PRODUCT_PHOTO_RENDITIONS
from home.demo.content import CATEGORIES, MATERIALS
from home.demo.steps_showcase import TECHNIQUES
from home.models import MotifPage, SiteImage
from tests.artisans.factories import ArtisanIndexPageFactory, DistrictFactory, RegencyFactory
from tests.home.factories import MotifIndexPageFactory

pytestmark = pytest.mark.django_db

PHOTO_EDGE = 48  # small drawings keep the test fast; the code path is the same
PRODUCTS = 60


@pytest.fixture
def demo_frame(home_page):
    """What the benchmark builds on, as the demo makes it: districts of the regency, the
    category tree, materials, techniques and the motif and artisan index pages."""
    regency = RegencyFactory()
    for number, name in enumerate(("Ngraho", "Dander", "Kalitidu"), start=1):
        DistrictFactory(code=f"35.22.{number:02d}", name=name, parent=regency)
    for order, data in enumerate(CATEGORIES):
        Category.objects.create(
            slug=data["slug"], name=data["id"], name_en=data["en"], sort_order=order,
            parent=Category.objects.filter(slug=data["parent"]).first(),
        )  # fmt: skip
    for data in MATERIALS:
        Material.objects.create(slug=data["slug"], name=data["id"], name_en=data["en"])
    for slug, name, name_en in TECHNIQUES:
        Technique.objects.create(slug=slug, name=name, name_en=name_en)
    MotifIndexPageFactory(parent=home_page)
    ArtisanIndexPageFactory(parent=home_page)
    return home_page


def bench_products():
    return Product.objects.filter(artisan__slug__startswith=SLUG_PREFIX)


def counts():
    models = (Product, ProductImage, ProductVariant, Artisan, ArtisanPage, MotifPage, SiteImage)
    return {model.__name__: model.objects.count() for model in models}


def test_the_catalog_has_the_size_asked_with_photos_from_a_pool(demo_frame):
    made = seed_catalog(PRODUCTS, photo_edge=PHOTO_EDGE)

    assert Product.objects.live().count() == PRODUCTS
    assert made["products"] == PRODUCTS
    assert Artisan.objects.filter(slug__startswith=SLUG_PREFIX).count() == -(
        -PRODUCTS // PRODUCTS_PER_ARTISAN
    )
    assert ArtisanPage.objects.live().filter(artisan__slug__startswith=SLUG_PREFIX).count() == 1
    assert MotifPage.objects.live().count() == len(MOTIFS)
    pool = SiteImage.objects.filter(collection__name=COLLECTION, title__startswith="Bench photo")
    assert pool.count() == POOL_SIZE
    photos = ProductImage.objects.filter(product__in=bench_products())
    assert photos.count() > PRODUCTS  # one to three each
    assert set(photos.values_list("image_id", flat=True)) <= set(pool.values_list("pk", flat=True))
    for image in pool:  # made ahead: no page view resizes a photo
        assert image.renditions.count() >= len(PRODUCT_PHOTO_RENDITIONS)
    assert ProductVariant.objects.filter(product__in=bench_products()).exists()
    assert bench_products().filter(stock=0).count() < PRODUCTS // 2
    dates = bench_products().values_list("created_at", flat=True)
    assert (max(dates) - min(dates)).days > 90  # spread over two years


def test_seeded_products_are_found_by_the_search(demo_frame):
    seed_catalog(PRODUCTS, photo_edge=PHOTO_EDGE)
    shirt = bench_products().filter(name__startswith="Kemeja").first()

    found = Product.objects.filter(live=True).search("batik")
    ranked = Product.objects.ranked_ids(shirt.name, 10)

    assert len(found) > PRODUCTS // 3
    assert shirt.pk in ranked


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQL indexing is PostgreSQL's")
def test_the_sql_indexing_writes_what_the_search_backend_writes(demo_frame):
    seed_catalog(PRODUCTS, photo_edge=PHOTO_EDGE)
    products = list(bench_products())
    content_type = ContentType.objects.get_for_model(Product)

    def entries():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT object_id, title::text, autocomplete::text, body::text, title_norm,"
                " title_text, body_text FROM wagtailsearch_indexentry"
                " WHERE content_type_id = %s AND object_id = ANY(%s) ORDER BY object_id",
                [content_type.pk, [str(product.pk) for product in products]],
            )
            return cursor.fetchall()

    get_search_backend().add_bulk(Product, products)
    by_backend = entries()
    index_objects(Product, products)

    assert entries() == by_backend


def test_seeding_again_with_the_same_size_adds_nothing(demo_frame, capsys):
    call_command("seed_bench", products=PRODUCTS, photo_size=PHOTO_EDGE)
    before = counts()

    call_command("seed_bench", products=PRODUCTS, photo_size=PHOTO_EDGE)

    assert counts() == before
    assert "0 products, 0 artisans and 0 profile pages added" in capsys.readouterr().out


def test_the_seeded_pages_answer(demo_frame, client):
    seed_catalog(PRODUCTS, photo_edge=PHOTO_EDGE)
    product = bench_products().first()
    profile = ArtisanPage.objects.live().filter(artisan__slug__startswith=SLUG_PREFIX).first()
    motif = MotifPage.objects.live().get(slug="truntum")

    for url in (
        "/id/",
        "/id/katalog/",
        "/id/katalog/?technique=batik-tulis&in_stock=on",
        "/id/katalog/?q=batik",
        product.get_absolute_url(),
        profile.url,
        motif.url,
    ):
        assert client.get(url).status_code == 200, url
