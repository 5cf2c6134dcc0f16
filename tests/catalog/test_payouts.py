"""What the council owes each artisan: paid sales less commission, plus the shipping buyers
paid for the artisan's parcels; unpaid and cancelled orders count for nothing."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import mark_order_paid, place_order
from catalog.models import Cart, FulfilmentStatus, Order
from catalog.payouts import artisan_payouts
from tests.catalog.factories import BOJONEGORO_ADDRESS, ProductFactory, courier_key, zone_with_rates

from .accounts import artisan_account, editor_account

pytestmark = pytest.mark.django_db

BUYER = {"name": "Rina", "email": "rina@example.com", "phone": "081234567890"}


def order_of(*items, delivery="pickup", paid=True):
    cart = Cart.objects.create()
    for product, quantity in items:
        add_to_cart(cart, product, None, quantity)
    order = place_order(cart, delivery=delivery, **BUYER, **BOJONEGORO_ADDRESS)
    if paid:
        mark_order_paid(order)
    return order


@pytest.fixture
def sales(settings):
    settings.COUNCIL_COMMISSION_PERCENT = "10"
    cloth = ProductFactory(price=500_000, stock=10, weight_grams=400)
    ledre = ProductFactory(price=20_000, stock=50, weight_grams=100)
    zone = zone_with_rates((1000, 9_000))
    order_of((cloth, 1), (ledre, 5), delivery=courier_key(zone))
    order_of((cloth, 1))
    order_of((cloth, 3), paid=False)  # awaiting payment: not owed
    cancelled = order_of((ledre, 2))
    cancelled.fulfilments.update(status=FulfilmentStatus.CANCELLED)
    return cloth.artisan, ledre.artisan


def test_each_artisan_is_owed_sales_less_commission_plus_shipping(sales):
    weaver, baker = sales

    owed = {artisan: artisan for artisan in artisan_payouts()}

    assert (owed[weaver].orders, owed[weaver].sales, owed[weaver].commission) == (
        2,
        1_000_000,
        100_000,
    )
    assert (owed[weaver].shipping, owed[weaver].owed) == (9_000, 909_000)
    assert (owed[baker].sales, owed[baker].commission, owed[baker].owed) == (
        100_000,
        10_000,
        99_000,
    )


def test_a_period_counts_the_orders_placed_in_it(sales):
    weaver, _baker = sales
    Order.objects.filter(delivery_method="pickup").update(
        created_at=timezone.now() - timedelta(days=40)
    )

    recent = {a: a for a in artisan_payouts(since=timezone.localdate() - timedelta(days=7))}

    assert recent[weaver].sales == 500_000


def test_editors_read_and_export_the_report_and_artisans_cannot(client, sales):
    weaver, _baker = sales
    client.force_login(editor_account())

    page = client.get(reverse("catalog_payouts"))
    export = client.get(reverse("catalog_payouts"), {"export": "csv"})

    assert page.status_code == 200 and "Rp909.000" in page.content.decode()
    assert "909000" in export.getvalue().decode()
    client.force_login(artisan_account("sri", weaver)[0])
    assert client.get(reverse("catalog_payouts")).status_code in (302, 403)
