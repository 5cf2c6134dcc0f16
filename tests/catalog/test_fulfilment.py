"""Each artisan sees and sends only their own part of a paid order; the buyer sees each part."""

from django.urls import reverse

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import mark_order_paid, place_order
from catalog.models import Cart, FulfilmentStatus
from tests.catalog.factories import (
    BOJONEGORO_ADDRESS,
    ProductFactory,
    courier_key,
    zone_with_rates,
)

from .accounts import artisan_account

pytestmark = pytest.mark.django_db

DETAILS = {"name": "Rina", "email": "rina@example.com", "phone": "081234567890"}


@pytest.fixture
def order():
    first, second = ProductFactory(name="Kain A", stock=5), ProductFactory(name="Ledre B", stock=5)
    cart = Cart.objects.create()
    add_to_cart(cart, first, None, 1)
    add_to_cart(cart, second, None, 2)
    by_courier = courier_key(zone_with_rates((5000, 15_000)))
    address = {**BOJONEGORO_ADDRESS, "street": "Jl. Mawar 1"}
    placed = place_order(cart, delivery=by_courier, **DETAILS, **address)
    placed.parts = {part.artisan: part for part in placed.fulfilments.all()}
    placed.makers = (first.artisan, second.artisan)
    return placed


def artisan_client(client, artisan):
    user, _artisan = artisan_account(f"user-{artisan.pk}", artisan)
    client.force_login(user)
    return client


def test_an_artisan_sees_only_their_part_and_only_once_paid(client, home_page, order):
    maker_a, _maker_b = order.makers
    artisan_client(client, maker_a)
    orders_url = reverse("portal:my_orders")

    assert order.number not in client.get(orders_url).content.decode()  # not paid yet
    mark_order_paid(order)
    page = client.get(orders_url).content.decode()

    assert order.number in page and "Kain A" in page and "Jl. Mawar 1" in page
    assert "Ledre B" not in page


def test_shipping_needs_the_courier_and_the_tracking_number(client, home_page, order):
    maker_a, _maker_b = order.makers
    mark_order_paid(order)
    part = order.parts[maker_a]
    artisan_client(client, maker_a)
    url = reverse("portal:fulfilment_step", args=[part.pk])

    client.post(url, {f"f{part.pk}-status": "shipped"})
    part.refresh_from_db()
    assert part.status == FulfilmentStatus.PAID

    client.post(
        url,
        {
            f"f{part.pk}-status": "shipped",
            f"f{part.pk}-courier": "JNE",
            f"f{part.pk}-tracking_number": "JNE123",
        },
    )
    part.refresh_from_db()
    assert (part.status, part.courier, part.tracking_number) == ("shipped", "JNE", "JNE123")

    buyer_page = client.get(reverse("checkout:order", args=[order.access_token])).content.decode()
    assert "JNE123" in buyer_page


def test_an_artisan_cannot_touch_another_artisans_part(client, home_page, order):
    maker_a, maker_b = order.makers
    mark_order_paid(order)
    other = order.parts[maker_b]
    artisan_client(client, maker_a)

    response = client.post(
        reverse("portal:fulfilment_step", args=[other.pk]), {f"f{other.pk}-status": "packed"}
    )

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.status == FulfilmentStatus.PAID


@pytest.mark.parametrize("status", ["paid", "cancelled", "delivered", "nonsense"])
def test_steps_out_of_order_are_refused(client, home_page, order, status):
    maker_a, _maker_b = order.makers
    mark_order_paid(order)
    part = order.parts[maker_a]
    artisan_client(client, maker_a)

    response = client.post(
        reverse("portal:fulfilment_step", args=[part.pk]), {f"f{part.pk}-status": status}
    )

    part.refresh_from_db()
    assert part.status == FulfilmentStatus.PAID
    assert list(response.wsgi_request._messages)


def test_a_part_to_be_picked_up_goes_to_the_gallery(client):
    product = ProductFactory(name="Kain A", stock=5)
    cart = Cart.objects.create()
    add_to_cart(cart, product, None, 1)
    placed = place_order(cart, delivery="pickup", **DETAILS)
    mark_order_paid(placed)
    client.force_login(artisan_account("sri", product.artisan)[0])

    page = client.get(reverse("portal:my_orders")).content.decode()

    assert "mengambil pesanan ini di galeri" in page


def test_a_part_to_be_picked_up_is_brought_to_the_gallery_without_a_courier(client):
    product = ProductFactory(name="Kain A", stock=5)
    cart = Cart.objects.create()
    add_to_cart(cart, product, None, 1)
    placed = place_order(cart, delivery="pickup", **DETAILS)
    mark_order_paid(placed)
    part = placed.fulfilments.get()
    client.force_login(artisan_account("sri", product.artisan)[0])

    page = client.get(reverse("portal:my_orders")).content.decode()
    client.post(
        reverse("portal:fulfilment_step", args=[part.pk]), {f"f{part.pk}-status": "shipped"}
    )

    assert "Sudah diantar ke galeri" in page and "tracking_number" not in page
    part.refresh_from_db()
    assert (part.status, part.courier) == (FulfilmentStatus.SHIPPED, "")
