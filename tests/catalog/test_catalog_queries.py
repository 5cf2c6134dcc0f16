"""The catalog list (plain, filtered, searched) and a product page cost as many SQL queries with
10 products as with 500."""

import pytest
import wagtail_factories

from catalog.models import Material, Product, ProductImage
from tests.artisans.factories import ArtisanFactory, TechniqueFactory
from tests.catalog.factories import CategoryFactory, ProductFactory
from tests.home.factories import MotifIndexPageFactory, MotifPageFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


class Catalog:
    """Products that share a few artisans, categories, techniques, motifs and materials, each
    with one photo (one shared image, so that 500 products stay quick to create)."""

    def __init__(self, home_page):
        motifs = MotifIndexPageFactory(parent=home_page)
        self.motifs = [MotifPageFactory(parent=motifs) for _ in range(2)]
        self.artisans = [ArtisanFactory() for _ in range(3)]
        self.categories = [CategoryFactory() for _ in range(2)]
        self.techniques = [TechniqueFactory(slug=f"teknik-{n}") for n in range(2)]
        self.materials = [
            Material.objects.create(slug=f"bahan-{n}", name=f"Bahan {n}") for n in range(2)
        ]
        self.image = wagtail_factories.ImageFactory()
        self.product = None

    def grow_to(self, count):
        """Products up to `count`; the first one is the product whose page is measured."""
        added = [
            ProductFactory(
                artisan=self.artisans[n % 3],
                category=self.categories[n % 2],
                technique=self.techniques[n % 2],
                motif=self.motifs[n % 2],
                photos=0,
            )
            for n in range(Product.objects.count(), count)
        ]
        ProductImage.objects.bulk_create(
            ProductImage(product=product, image=self.image) for product in added
        )
        Product.materials.through.objects.bulk_create(
            Product.materials.through(product=product, material=self.materials[n % 2])
            for n, product in enumerate(added)
        )
        self.product = self.product or added[0]

    def urls(self):
        return {
            "list": "/id/katalog/",
            "filtered": "/id/katalog/?technique=teknik-0&material=bahan-0&in_stock=on&sort=price",
            "searched": "/id/katalog/?q=batik",
            "searched and filtered": "/id/katalog/?q=kain+batik&material=bahan-1&sort=-price",
            "product": self.product.get_absolute_url(),
        }


def test_catalog_pages_cost_the_same_queries_with_10_and_500_products(client, home_page):
    catalog = Catalog(home_page)
    catalog.grow_to(10)
    with_ten = {name: queries_for(client, url) for name, url in catalog.urls().items()}

    catalog.grow_to(500)
    with_500 = {name: queries_for(client, url) for name, url in catalog.urls().items()}

    assert with_500 == with_ten
    # A search costs one query more than the plain list: the ranked ids from the backend.
    assert with_ten["searched"] == with_ten["list"] + 1
