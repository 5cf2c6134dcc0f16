"""The cart: prices from the server only, quantities checked against stock, one cart per buyer
that survives signing in."""

from django.urls import reverse

import pytest

from catalog.cart.services import CartContents
from catalog.models import Cart, CartLine, ProductVariant, WholesaleTier
from tests.catalog.factories import ProductFactory

from .accounts import buyer_account

pytestmark = pytest.mark.django_db


def add(client, product, **data):
    return client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1, **data})


def cart_page(client):
    return client.get(reverse("cart:detail"))


def only_cart():
    return Cart.objects.get()


def test_a_guest_adds_a_product_and_sees_the_servers_price(client):
    product = ProductFactory(price=150_000, stock=5)

    response = add(client, product, quantity=2, price=1, unit_price=1, total=1)

    assert response.status_code == 302
    contents = cart_page(client).context["contents"]
    assert [(p.line.quantity, p.unit_price, p.total) for p in contents.lines] == [
        (2, 150_000, 300_000)
    ]
    assert contents.total == 300_000


def test_adding_again_adds_to_the_same_line_within_the_stock(client):
    product = ProductFactory(stock=3)
    add(client, product, quantity=2)

    refused = add(client, product, quantity=2)

    assert CartLine.objects.get().quantity == 2
    messages = [str(m) for m in refused.wsgi_request._messages]
    assert any("3" in message for message in messages)


@pytest.mark.parametrize("quantity", ["0", "-1", "dua", "10000", "99999999999999999999", ""])
def test_bad_quantities_are_refused_with_a_message(client, quantity):
    product = ProductFactory(stock=5)

    response = add(client, product, quantity=quantity)

    assert response.status_code == 302 and response.url == product.get_absolute_url()
    assert not CartLine.objects.exists()
    assert list(response.wsgi_request._messages)


def test_a_product_with_variants_needs_one_of_its_own(client):
    product = ProductFactory()
    variant = ProductVariant.objects.create(product=product, label="M", sku="X-M", stock=2)
    other = ProductVariant.objects.create(product=ProductFactory(), label="L", sku="Y-L", stock=2)

    add(client, product)
    add(client, product, variant=other.pk)
    assert not CartLine.objects.exists()

    add(client, product, variant=variant.pk, quantity=2)
    assert CartLine.objects.get().variant == variant


def test_unpublished_products_cannot_be_added(client):
    product = ProductFactory(live=False)

    assert add(client, product).status_code == 404


def test_wholesale_prices_count_every_variant_of_the_product(client):
    product = ProductFactory(price=100_000, stock=50)
    WholesaleTier.objects.create(product=product, min_quantity=10, unit_price=80_000)
    small = ProductVariant.objects.create(product=product, label="S", sku="P-S", stock=20)
    large = ProductVariant.objects.create(product=product, label="L", sku="P-L", stock=20)

    add(client, product, variant=small.pk, quantity=6)
    assert {p.unit_price for p in cart_page(client).context["contents"].lines} == {100_000}

    add(client, product, variant=large.pk, quantity=4)
    assert {p.unit_price for p in cart_page(client).context["contents"].lines} == {80_000}


def test_lines_are_grouped_by_artisan(client):
    first, second = ProductFactory(), ProductFactory()
    add(client, first)
    add(client, second)

    parts = cart_page(client).context["contents"].parts

    assert [part.artisan for part in parts] == [first.artisan, second.artisan]


def test_a_line_that_became_unavailable_blocks_checkout_with_a_reason(client):
    product = ProductFactory(stock=5)
    add(client, product, quantity=4)
    product.stock = 2
    product.save()

    contents = cart_page(client).context["contents"]

    assert not contents.can_check_out
    assert "2" in contents.lines[0].problem


def test_quantities_change_and_lines_go(client):
    product = ProductFactory(stock=5)
    add(client, product)
    line = CartLine.objects.get()
    url = reverse("cart:update_line", args=[line.pk])

    client.post(url, {f"line{line.pk}-quantity": "3"})
    assert CartLine.objects.get().quantity == 3
    client.post(url, {f"line{line.pk}-quantity": "6"})  # more than the stock
    assert CartLine.objects.get().quantity == 3
    client.post(url, {f"line{line.pk}-quantity": "x"})
    assert CartLine.objects.get().quantity == 3
    client.post(url, {"remove": "1"})
    assert not CartLine.objects.exists()


def test_nobody_changes_a_line_of_another_cart(client):
    product = ProductFactory(stock=5)
    add(client, product)
    line = CartLine.objects.get()

    client.cookies.clear()
    response = client.post(reverse("cart:update_line", args=[line.pk]), {"remove": "1"})

    assert response.status_code == 404
    assert CartLine.objects.filter(pk=line.pk).exists()


def test_signing_in_keeps_what_a_guest_put_in_the_cart(client):
    buyer = buyer_account()
    kept, added = ProductFactory(stock=5), ProductFactory(stock=5)
    client.force_login(buyer)
    add(client, kept)
    client.logout()

    add(client, added, quantity=2)
    client.force_login(buyer)

    assert only_cart().user == buyer
    contents = CartContents(only_cart())
    assert {(p.line.product, p.line.quantity) for p in contents.lines} == {(kept, 1), (added, 2)}
    assert client.session["cart_count"] == 3


def test_the_header_shows_the_number_of_pieces(client, home_page):
    add(client, ProductFactory(stock=5), quantity=2)

    html = client.get(reverse("catalog:product_list")).content.decode()

    assert 'class="nav-count">2' in html


def test_the_cart_costs_the_same_queries_for_2_and_12_lines(client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        cart_page(client)  # thumbnails made once
        with CaptureQueriesContext(connection) as captured:
            cart_page(client)
        return len(captured)

    for product in ProductFactory.create_batch(2, stock=5):
        add(client, product)
    with_two = queries()
    for product in ProductFactory.create_batch(10, stock=5):
        add(client, product)

    assert queries() == with_two
