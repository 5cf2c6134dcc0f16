"""Orders of the buyer in `builders.DETAILS`, ready to place."""

from django.utils import translation

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import Cart
from tests.catalog.factories import ProductFactory, courier_key, zone_with_rates

from .builders import DETAILS


@pytest.fixture(autouse=True)
def in_english():
    """Pages asked for in English (/en/...), so that the tests read the same words whether
    or not the Indonesian translations are compiled."""
    translation.activate("en")
    yield
    translation.activate("id")


@pytest.fixture
def delivery(db):
    return courier_key(zone_with_rates((5000, 15_000)))


@pytest.fixture
def place(delivery):
    """place(*products, buyer=None, **details): an order awaiting payment, one piece of each
    product (two products of new artisans when none are given)."""

    def placing(*products, buyer=None, **details):
        products = products or (ProductFactory(stock=5), ProductFactory(stock=5))
        cart = Cart.objects.create()
        for product in products:
            add_to_cart(cart, product, None, 1)
        order = place_order(cart, delivery=delivery, buyer=buyer, **{**DETAILS, **details})
        order.parts = {part.artisan: part for part in order.fulfilments.all()}
        return order

    return placing
