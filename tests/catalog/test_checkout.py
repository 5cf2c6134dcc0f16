"""Checkout in one page: the buyer's details, the server's prices, a private order page."""

from django.test import Client
from django.urls import reverse

import pytest

from catalog.models import Order, OrderStatus, Product
from tests.catalog.factories import (
    BOJONEGORO_ADDRESS,
    ProductFactory,
    courier_key,
    zone_with_rates,
)

from .accounts import buyer_account

pytestmark = pytest.mark.django_db

CONTACT = {"name": "Rina Wulandari", "email": "rina@example.com", "phone": "0812 3456 7890"}
DETAILS = {**CONTACT, **BOJONEGORO_ADDRESS, "delivery": "pickup"}


def fill_cart(client, product, quantity=1):
    client.post(reverse("cart:add", args=[product.pk]), {"quantity": quantity})


def test_a_guest_checks_out_and_lands_on_the_private_order_page(client, home_page):
    product = ProductFactory(price=150_000, stock=5)
    fill_cart(client, product, 2)

    east_java = zone_with_rates((1000, 9_000), (2000, 18_000))
    posted = {"total": "1", "unit_price": "1", "shipping_cost": "0"}

    response = client.post(
        reverse("checkout:checkout"),
        {**DETAILS, **posted, "delivery": courier_key(east_java)},
    )

    order = Order.objects.get()
    assert response.url == reverse("checkout:order", args=[order.access_token])
    # The server's prices, not the posted ones: two pieces of 500 g (the default) in 1 kg.
    assert (order.subtotal, order.shipping_cost, order.total) == (300_000, 9_000, 309_000)
    assert (order.village, order.district, order.regency) == (
        "Luwihaji",
        "Ngraho",
        "Kabupaten Bojonegoro",
    )
    assert order.shipping_service == "JNE Reguler"
    assert order.status == OrderStatus.AWAITING_PAYMENT
    assert Product.objects.get(pk=product.pk).stock == 3
    page = client.get(response.url).content.decode()
    assert order.number in page and "0000000000" in page and "Rp309.000" in page


def test_a_guessed_order_link_shows_nothing(client, home_page):
    fill_cart(client, ProductFactory(stock=5))
    client.post(reverse("checkout:checkout"), DETAILS)
    order = Order.objects.get()

    for token in (order.number, order.access_token[:-1] + "x", str(order.pk)):
        assert client.get(reverse("checkout:order", args=[token])).status_code == 404


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "rina-at-example"),
        ("phone", "12345"),
        ("postal_code", "6211"),
        ("name", ""),
        ("street", ""),
        ("regency_code", "34.01"),  # a regency of another province
        ("village_code", ""),
        ("delivery", "courier:999:JNE Reguler"),
    ],
)
def test_bad_details_are_named_and_the_cart_is_kept(client, home_page, field, value):
    fill_cart(client, ProductFactory(stock=5))
    by_courier = courier_key(zone_with_rates((1000, 9_000)))

    response = client.post(
        reverse("checkout:checkout"), {**DETAILS, "delivery": by_courier, field: value}
    )

    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Order.objects.exists()
    assert response.context["form"]["street"].value() == DETAILS["street"] or field == "street"
    assert "Please correct the marked fields." not in response.content.decode()  # Indonesian


def test_an_empty_cart_goes_back_to_the_cart(client):
    assert client.get(reverse("checkout:checkout")).url == reverse("cart:detail")


def test_a_piece_sold_meanwhile_sends_the_buyer_back_to_the_cart(client, home_page):
    product = ProductFactory(stock=2)
    fill_cart(client, product, 2)
    Product.objects.filter(pk=product.pk).update(stock=1)

    response = client.post(reverse("checkout:checkout"), DETAILS)

    assert response.url == reverse("cart:detail")
    assert not Order.objects.exists()


def test_a_returning_buyer_finds_their_details_filled_in(client, home_page):
    buyer = buyer_account()
    client.force_login(buyer)
    fill_cart(client, ProductFactory(stock=5))
    client.post(reverse("checkout:checkout"), DETAILS)
    fill_cart(client, ProductFactory(stock=5))

    form = client.get(reverse("checkout:checkout")).context["form"]

    assert Order.objects.get().buyer == buyer
    assert form.initial["street"] == DETAILS["street"]


def test_each_line_records_the_councils_commission(client, home_page, settings):
    settings.COUNCIL_COMMISSION_PERCENT = "5"
    usual = ProductFactory(price=101_010, stock=5)
    own_rate = ProductFactory(price=200_000, stock=5)
    own_rate.artisan.commission_percent = 2.5
    own_rate.artisan.save()
    fill_cart(client, usual)
    fill_cart(client, own_rate)

    client.post(reverse("checkout:checkout"), DETAILS)

    lines = {line.product: line for line in Order.objects.get().lines.all()}
    assert (lines[usual].commission_percent, lines[usual].commission) == (5, 5_051)
    assert (lines[own_rate].commission_percent, lines[own_rate].commission) == (2.5, 5_000)


def test_a_signed_in_buyer_finds_their_orders_and_nobody_elses(client, home_page):
    other = buyer_account("other")
    client.force_login(other)
    fill_cart(client, ProductFactory(stock=5))
    client.post(reverse("checkout:checkout"), DETAILS)
    theirs = Order.objects.get()
    client.force_login(buyer_account())
    fill_cart(client, ProductFactory(stock=5))
    client.post(reverse("checkout:checkout"), DETAILS)

    listed = list(client.get(reverse("checkout:my_orders")).context["orders"])

    mine = Order.objects.exclude(pk=theirs.pk).get()
    assert listed == [mine]
    client.logout()
    assert list(client.get(reverse("checkout:my_orders")).context["orders"]) == []


def test_a_guest_finds_the_orders_placed_in_this_browser_only(client, home_page):
    fill_cart(client, ProductFactory(stock=5))
    client.post(reverse("checkout:checkout"), DETAILS)
    order = Order.objects.get()

    here = client.get(reverse("checkout:my_orders"))
    elsewhere = Client().get(reverse("checkout:my_orders"))

    assert here.status_code == elsewhere.status_code == 200
    assert list(here.context["orders"]) == [order] and list(elsewhere.context["orders"]) == []


def test_a_buyer_cancels_before_paying_and_the_pieces_go_back(client, home_page):
    product = ProductFactory(stock=3)
    fill_cart(client, product, 2)
    client.post(reverse("checkout:checkout"), DETAILS)
    order = Order.objects.get()

    response = client.post(reverse("checkout:cancel", args=[order.access_token]), follow=True)

    assert Order.objects.get().status == OrderStatus.CANCELLED
    assert Product.objects.get(pk=product.pk).stock == 3
    assert "Pesanan Anda dibatalkan" in response.content.decode()


def test_once_a_proof_is_sent_only_the_council_cancels(client, home_page):
    fill_cart(client, ProductFactory(stock=3))
    client.post(reverse("checkout:checkout"), DETAILS)
    order = Order.objects.get()
    order.payments.update(status="proof_sent")

    client.post(reverse("checkout:cancel", args=[order.access_token]))
    guessed = client.post(reverse("checkout:cancel", args=["not-a-token"]))

    assert Order.objects.get().status == OrderStatus.AWAITING_PAYMENT
    assert guessed.status_code == 404
