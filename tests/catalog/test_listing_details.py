"""What a listing shows before purchase: variants, wholesale prices, legality, returns."""

from django.core.exceptions import ValidationError

import pytest

from catalog.models import ProductVariant, WholesaleTier
from tests.catalog.factories import ProductFactory

pytestmark = pytest.mark.django_db


def product_page(client, product, language="id"):
    prefix = "/id/katalog/" if language == "id" else "/en/catalog/"
    response = client.get(f"{prefix}{product.slug}/")
    assert response.status_code == 200
    return response.content.decode()


def test_variants_and_wholesale_prices_are_shown(client, home_page):
    product = ProductFactory(price=250_000, stock=0)
    ProductVariant.objects.create(product=product, label="M", sku="KMJ-M", stock=3)
    ProductVariant.objects.create(product=product, label="XL", sku="KMJ-XL", stock=0, price=275_000)
    WholesaleTier.objects.create(product=product, min_quantity=10, unit_price=225_000)

    html = product_page(client, product)

    assert "Rp275.000" in html and "Rp225.000" in html
    assert product.__class__.objects.get(pk=product.pk).is_in_stock  # a variant has stock
    assert "option--out" in html  # XL is shown as sold out


def test_a_wholesale_price_must_be_below_the_retail_price():
    product = ProductFactory(price=100_000)
    tier = WholesaleTier(product=product, min_quantity=1, unit_price=120_000)

    with pytest.raises(ValidationError) as error:
        tier.full_clean()

    assert set(error.value.message_dict) == {"min_quantity", "unit_price"}


def test_food_legality_is_shown_before_purchase(client, home_page):
    product = ProductFactory(
        name="Ledre Pisang",
        pirt_number="P-IRT 2063522010001-29",
        halal_number="ID35110000123",
        net_content="200 g",
        ingredients="pisang, tepung beras, gula",
        ingredients_en="banana, rice flour, sugar",
        allergens_en="none known",
        shelf_life_days=90,
    )

    indonesian = product_page(client, product)
    english = product_page(client, product, "en")

    assert "P-IRT 2063522010001-29" in indonesian
    assert "ID35110000123" in indonesian
    assert "pisang, tepung beras, gula" in indonesian
    assert "banana, rice flour, sugar" in english
    assert "90 days" in english


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        ({"returns_accepted": True, "return_window_days": 7}, "7 days of delivery"),
        ({"returns_accepted": False}, "cannot be returned"),
        ({"returns_accepted": True, "made_to_order": True}, "Made to order for you"),
    ],
)
def test_return_terms_are_stated_on_every_listing(client, home_page, terms, expected):
    product = ProductFactory(**terms)

    assert expected in product_page(client, product, "en")


@pytest.mark.parametrize(
    ("size", "weight", "divisor", "billed"),
    [
        ((30, 20, 10), 500, 6000, 1000),  # 6000 cm3 / 6000 = 1 kg volumetric beats 0.5 kg
        ((30, 20, 10), 1500, 6000, 1500),  # the actual weight is larger
        ((30, 20, 10), 500, 5000, 1200),  # international express divides by 5000
        (None, 700, 6000, 700),  # no size: the actual weight
    ],
)
def test_couriers_bill_the_larger_of_actual_and_volumetric_weight(size, weight, divisor, billed):
    length, width, height = size or (None, None, None)
    product = ProductFactory.build(
        weight_grams=weight, parcel_length_cm=length, parcel_width_cm=width, parcel_height_cm=height
    )

    assert product.shipping_weight_grams(divisor) == billed


def test_stock_of_a_product_with_variants_is_the_sum_of_its_variants(client, home_page):
    product = ProductFactory(stock=99)
    ProductVariant.objects.create(product=product, label="M", sku="S-M", stock=2)
    ProductVariant.objects.create(product=product, label="L", sku="S-L", stock=1)

    html = product_page(client, product, "en")

    assert "3 in stock" in html
