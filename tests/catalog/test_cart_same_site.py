"""The product page's "Add to cart" form carries no CSRF token, so the page is the same for every
anonymous visitor (kept compressed, shareable by a CDN); the cart refuses instead a form the
browser says was sent from another site (catalog.same_site.from_another_site)."""

from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from catalog.models import Cart, CartLine
from home.page_cache import CACHE_STATUS_HEADER
from tests.catalog.factories import ProductFactory

from .accounts import buyer_account

pytestmark = pytest.mark.django_db

SAME_SITE = {
    "browser with Sec-Fetch-Site": {"HTTP_SEC_FETCH_SITE": "same-origin"},
    "address typed by the visitor": {"HTTP_SEC_FETCH_SITE": "none"},
    "browser with Origin only": {"HTTP_ORIGIN": "http://testserver"},
    "old browser on HTTPS, own Referer": {
        "secure": True,
        "HTTP_REFERER": "https://testserver/id/katalog/kain/",
    },
    "program on plain HTTP": {},
}
ANOTHER_SITE = {
    "cross-site": {"HTTP_SEC_FETCH_SITE": "cross-site"},
    "sibling host": {"HTTP_SEC_FETCH_SITE": "same-site"},
    "foreign Origin": {"HTTP_ORIGIN": "https://elsewhere.example"},
    "opaque Origin": {"HTTP_ORIGIN": "null"},
    "own host over HTTP on an HTTPS request": {"secure": True, "HTTP_ORIGIN": "http://testserver"},
    "Sec-Fetch-Site wins over a forged Origin": {
        "HTTP_SEC_FETCH_SITE": "cross-site",
        "HTTP_ORIGIN": "http://testserver",
    },
    "old browser on HTTPS, foreign Referer": {
        "secure": True,
        "HTTP_REFERER": "https://elsewhere.example/testserver/",
    },
    "old browser on HTTPS, no Referer": {"secure": True},
}


@pytest.fixture
def product(home_page):
    return ProductFactory(slug="kain-sekar-jati", name="Kain Sekar Jati", stock=5)


def add(client, product, quantity=1, language="id", **headers):
    with translation.override(language):
        url = reverse("cart:add", args=[product.pk])
    return client.post(url, {"quantity": quantity}, **headers)


def messages_of(response):
    return [str(message) for message in response.wsgi_request._messages]


@pytest.mark.parametrize("headers", SAME_SITE.values(), ids=SAME_SITE.keys())
def test_a_form_from_the_site_itself_adds_without_a_token(product, headers):
    visitor = Client(enforce_csrf_checks=True)

    response = add(visitor, product, quantity=2, **headers)

    assert response.status_code == 302
    assert response.url.endswith("/keranjang/")
    assert CartLine.objects.get().quantity == 2
    assert visitor.session["cart_count"] == 2


@pytest.mark.parametrize("headers", ANOTHER_SITE.values(), ids=ANOTHER_SITE.keys())
def test_a_form_from_another_site_is_refused_back_on_the_product_with_a_message(product, headers):
    visitor = Client(enforce_csrf_checks=True)

    response = add(visitor, product, **headers)

    assert response.status_code == 302
    assert response.url == product.get_absolute_url()
    assert not Cart.objects.exists() and not CartLine.objects.exists()
    assert "sessionid" not in response.cookies  # no session (nor cart) made for it
    [message] = messages_of(response)
    assert "tidak ada yang ditambahkan ke keranjang Anda" in message  # in Indonesian, the default


def test_the_refusal_is_in_the_visitors_language_and_the_page_shows_it(product):
    visitor = Client()

    response = add(visitor, product, language="en", HTTP_SEC_FETCH_SITE="cross-site")
    page = visitor.get(response.url)

    assert response.url == "/en/catalog/kain-sekar-jati/"
    assert "This form can only be sent from Pasar Kriya" in page.content.decode()
    assert 'class="add-to-cart"' in page.content.decode()  # the visitor may add it from here


def test_a_refused_form_leaves_the_buyers_cart_as_it_was(product):
    buyer = Client()
    add(buyer, product, quantity=2, HTTP_SEC_FETCH_SITE="same-origin")

    add(buyer, product, quantity=3, HTTP_SEC_FETCH_SITE="cross-site")

    assert CartLine.objects.get().quantity == 2
    assert buyer.session["cart_count"] == 2


def test_the_anonymous_product_page_carries_no_token_and_its_form_works(product, settings):
    settings.PAGE_CACHE_SECONDS = settings.CATALOG_CACHE_SECONDS = 600
    Client().get(product.get_absolute_url())  # kept, rendered for somebody else
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get(product.get_absolute_url())
    added = add(
        visitor, product, HTTP_SEC_FETCH_SITE="same-origin", HTTP_ORIGIN="http://testserver"
    )

    assert page[CACHE_STATUS_HEADER] == "hit"
    assert 'class="add-to-cart"' in page.content.decode()
    assert "csrfmiddlewaretoken" not in page.content.decode()
    assert "csrftoken" not in page.cookies
    assert added.status_code == 302
    assert visitor.session["cart_count"] == 1


def test_a_signed_in_buyers_product_page_and_form_still_work(product, settings):
    settings.PAGE_CACHE_SECONDS = settings.CATALOG_CACHE_SECONDS = 600
    Client().get(product.get_absolute_url())  # the product's part kept for anonymous visitors
    user = buyer_account()
    buyer = Client(enforce_csrf_checks=True)
    buyer.force_login(user)

    page = buyer.get(product.get_absolute_url())
    added = add(buyer, product, HTTP_SEC_FETCH_SITE="same-origin")
    refused = add(buyer, product, HTTP_SEC_FETCH_SITE="cross-site")

    html = page.content.decode()
    assert page.status_code == 200 and page.get(CACHE_STATUS_HEADER) is None
    assert 'class="add-to-cart"' in html
    assert html.count("csrfmiddlewaretoken") == 1  # the header's sign-out form only
    assert added.status_code == 302 and added.url.endswith("/keranjang/")
    assert refused.url == product.get_absolute_url()
    assert CartLine.objects.get(cart__user=user).quantity == 1
