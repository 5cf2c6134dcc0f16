from decimal import Decimal

from django.utils.timezone import localdate

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from catalog.models import (
    Category,
    ExchangeRate,
    Product,
    ProductImage,
    ShippingRate,
    ShippingScope,
    ShippingZone,
)
from tests.artisans.factories import ArtisanFactory


class CategoryFactory(DjangoModelFactory):
    slug = factory.Sequence(lambda n: f"kategori-{n}")
    name = factory.Sequence(lambda n: f"Kategori {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")

    class Meta:
        model = Category


class ProductFactory(DjangoModelFactory):
    artisan = factory.SubFactory(ArtisanFactory)
    slug = factory.Sequence(lambda n: f"produk-{n}")
    name = factory.Sequence(lambda n: f"Kain batik {n}")
    name_en = factory.Sequence(lambda n: f"Batik cloth {n}")
    description = "Kain batik tulis katun."
    description_en = "Hand-drawn batik on cotton."
    category = factory.SubFactory(CategoryFactory)
    price = 150_000
    stock = 5

    class Meta:
        model = Product
        skip_postgeneration_save = True

    @factory.post_generation
    def photos(self, create, extracted, **kwargs):
        """One photo unless told otherwise: ProductFactory(photos=3) or photos=0."""
        if not create:
            return
        for position in range(1 if extracted is None else extracted):
            ProductImageFactory(product=self, sort_order=position)


class ProductImageFactory(DjangoModelFactory):
    product = factory.SubFactory(ProductFactory)
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    alt_text = "Kain batik terlipat"
    alt_text_en = "A folded batik cloth"

    class Meta:
        model = ProductImage


class ExchangeRateFactory(DjangoModelFactory):
    currency = "USD"
    rupiah_per_unit = Decimal("16250.00")
    source = "Bank Indonesia JISDOR"
    effective_on = factory.LazyFunction(localdate)

    class Meta:
        model = ExchangeRate


def submitted_listing(**fields):
    """A new listing an artisan has sent for review (not live yet)."""
    product = ProductFactory(live=False, **fields)
    Product.objects.filter(pk=product.pk).update(review_state="submitted")
    product.refresh_from_db()
    product.save_revision()
    return product


class ShippingZoneFactory(DjangoModelFactory):
    class Meta:
        model = ShippingZone

    name = factory.Sequence(lambda n: f"Zona {n}")
    scope = ShippingScope.DOMESTIC
    provinces = factory.LazyFunction(lambda: ["35"])


def zone_with_rates(*bands, service="JNE Reguler", days=(1, 2), **zone_fields):
    """A zone whose `service` charges each (up to grams, price) band."""
    zone = ShippingZoneFactory(**zone_fields)
    for max_weight_grams, price in bands:
        ShippingRate.objects.create(
            zone=zone,
            service=service,
            max_weight_grams=max_weight_grams,
            price=price,
            days_min=days[0],
            days_max=days[1],
        )
    return zone


def courier_key(zone, service="JNE Reguler"):
    return f"courier:{zone.pk}:{service}"


# A village in Kabupaten Bojonegoro (Kemendagri codes) and its postal code.
BOJONEGORO_ADDRESS = {
    "country": "ID",
    "province_code": "35",
    "regency_code": "35.22",
    "district_code": "35.22.01",
    "village_code": "35.22.01.2001",
    "street": "Jl. Diponegoro 12, RT 02/RW 03",
    "postal_code": "62165",
}


# A buyer in Indonesia (contact only) and one in Amsterdam (contact and address).
RINA = {"name": "Rina", "email": "rina@example.com", "phone": "0812 3456 7890"}
AMSTERDAM_BUYER = {
    "name": "Anna de Vries",
    "email": "anna@example.nl",
    "phone": "+31 6 1234 5678",
    "country": "NL",
    "street": "Prinsengracht 263",
    "regency": "Amsterdam",
    "postal_code": "1016 GV",
}
