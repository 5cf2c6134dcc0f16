"""Placing orders: frozen lines, one fulfilment per artisan, stock taken once, given back when
an unpaid order lapses, and no piece sold twice when buyers race for it."""

import threading
from datetime import timedelta

from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import CheckoutError, expire_overdue_orders, place_order
from catalog.models import (
    Cart,
    FulfilmentStatus,
    Order,
    OrderStatus,
    PaymentStatus,
    Product,
    ProductVariant,
    WholesaleTier,
)
from catalog.payments.bank_transfer import bank_transfer
from tests.catalog.factories import ProductFactory
from tests.conftest import needs_service

CONTACT = {
    "name": "Rina",
    "email": "rina@example.com",
    "phone": "+6281100000123",
    "delivery": "pickup",
}


def cart_with(*items):
    cart = Cart.objects.create()
    for product, variant, quantity in items:
        add_to_cart(cart, product, variant, quantity)
    return cart


@pytest.mark.django_db
def test_an_order_freezes_names_and_prices_and_splits_by_artisan():
    batik = ProductFactory(name="Kain Sekar Jati", price=100_000, stock=10)
    WholesaleTier.objects.create(product=batik, min_quantity=5, unit_price=90_000)
    ledre = ProductFactory(name="Ledre", price=30_000, stock=10)

    order = place_order(cart_with((batik, None, 5), (ledre, None, 2)), **CONTACT)

    assert order.status == OrderStatus.AWAITING_PAYMENT
    assert order.total == 5 * 90_000 + 2 * 30_000
    assert {(f.artisan, f.status) for f in order.fulfilments.all()} == {
        (batik.artisan, FulfilmentStatus.AWAITING_PAYMENT),
        (ledre.artisan, FulfilmentStatus.AWAITING_PAYMENT),
    }
    batik.name, batik.price = "Renamed", 1
    batik.save()
    line = order.lines.get(product=batik)
    assert (line.product_name, line.unit_price, line.line_total) == (
        "Kain Sekar Jati",
        90_000,
        450_000,
    )
    assert order.number.startswith("PK-") and len(order.access_token) >= 32
    assert not Cart.objects.exists()


@pytest.mark.django_db
def test_stock_is_taken_from_the_product_or_its_variant():
    plain = ProductFactory(stock=3)
    shirt = ProductFactory(stock=0)
    size_m = ProductVariant.objects.create(product=shirt, label="M", sku="S-M", stock=4)

    place_order(cart_with((plain, None, 2), (shirt, size_m, 3)), **CONTACT)

    assert Product.objects.get(pk=plain.pk).stock == 1
    assert ProductVariant.objects.get(pk=size_m.pk).stock == 1


@pytest.mark.django_db
def test_made_to_order_pieces_take_no_stock():
    product = ProductFactory(stock=0, made_to_order=True, production_days=14)

    order = place_order(cart_with((product, None, 3)), **CONTACT)

    assert order.lines.get().stock_reserved is False
    assert Product.objects.get(pk=product.pk).stock == 0


@pytest.mark.django_db
def test_a_cart_that_asks_for_more_than_is_left_places_nothing():
    first, scarce = ProductFactory(stock=5), ProductFactory(stock=2)
    cart = cart_with((first, None, 1), (scarce, None, 2))
    Product.objects.filter(pk=scarce.pk).update(stock=1)  # sold elsewhere meanwhile

    with pytest.raises(CheckoutError):
        place_order(cart, **CONTACT)

    assert not Order.objects.exists()
    assert Product.objects.get(pk=first.pk).stock == 5


@pytest.mark.django_db
def test_the_same_cart_placed_twice_gives_one_order():
    product = ProductFactory(stock=5)
    cart = cart_with((product, None, 1))

    first = place_order(cart, **CONTACT)
    again = place_order(cart, **CONTACT)

    assert again == first
    assert Product.objects.get(pk=product.pk).stock == 4


@pytest.mark.django_db
def test_an_unpaid_order_lapses_and_gives_its_stock_back_once(capsys):
    product = ProductFactory(stock=5)
    order = place_order(cart_with((product, None, 2)), **CONTACT)
    Order.objects.filter(pk=order.pk).update(expires_at=timezone.now() - timedelta(minutes=1))

    call_command("expire_orders")
    assert expire_overdue_orders() == 0  # a second run changes nothing

    order.refresh_from_db()
    assert order.status == OrderStatus.EXPIRED
    assert Product.objects.get(pk=product.pk).stock == 5
    assert set(order.fulfilments.values_list("status", flat=True)) == {FulfilmentStatus.CANCELLED}
    assert "1 unpaid order(s) expired." in capsys.readouterr().out


@pytest.mark.django_db
def test_an_order_whose_proof_came_in_time_waits_for_the_councils_check():
    product = ProductFactory(stock=5)
    order = place_order(cart_with((product, None, 2)), **CONTACT)
    bank_transfer.start(order)
    order.payments.update(status=PaymentStatus.PROOF_SENT)
    Order.objects.filter(pk=order.pk).update(expires_at=timezone.now() - timedelta(days=2))

    assert expire_overdue_orders() == 0
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert Product.objects.get(pk=product.pk).stock == 3


@pytest.mark.django_db
def test_an_order_within_its_time_is_kept():
    product = ProductFactory(stock=5)
    place_order(cart_with((product, None, 2)), **CONTACT)

    assert expire_overdue_orders() == 0
    assert Product.objects.get(pk=product.pk).stock == 3


def race(count, work):
    """Run `work(i)` in `count` threads started together; returns the results and errors."""
    start, results, errors = threading.Barrier(count), [], []

    def run(i):
        try:
            start.wait()
            results.append(work(i))
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


@pytest.fixture
def real_database():
    """PostgreSQL, or SQLite in a file (not in memory): where threads really race."""
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    needs_service("a database on disk", not in_memory, "threads cannot race in memory")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_fifty_buyers_racing_for_five_pieces_get_exactly_five_orders(real_database, capsys):
    product = ProductFactory(stock=5)
    carts = [cart_with((product, None, 1)) for _buyer in range(50)]

    orders, errors = race(50, lambda i: place_order(carts[i], **CONTACT))

    assert len(orders) == 5
    assert all(isinstance(error, CheckoutError) for error in errors) and len(errors) == 45
    assert Product.objects.get(pk=product.pk).stock == 0
    assert Order.objects.count() == 5
    with capsys.disabled():
        print(
            f"\n{connection.vendor}: 50 buyers, 5 pieces: "
            f"{len(orders)} orders, {len(errors)} refused, stock 0"
        )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_cart_submitted_ten_times_at_once_gives_one_order(real_database, capsys):
    product = ProductFactory(stock=5)
    cart = cart_with((product, None, 2))

    orders, errors = race(10, lambda i: place_order(cart, **CONTACT))

    assert errors == [] and len({order.pk for order in orders}) == 1
    assert Order.objects.count() == 1
    assert Product.objects.get(pk=product.pk).stock == 3
    with capsys.disabled():
        orders_placed = Order.objects.count()
        print(f"\n{connection.vendor}: one cart, 10 submissions: {orders_placed} order, stock 3")
