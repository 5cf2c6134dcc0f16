"""The exact inputs the property tests of test_public_inputs.py found giving a 500, each kept
as a plain test of what the visitor gets instead."""

from django.test import Client

import pytest

from catalog.models import CartLine
from tests.catalog.factories import BOJONEGORO_ADDRESS

from .public_shop import query_string, shop_fixture, url  # noqa: F401 (the fixture "shop")

pytestmark = pytest.mark.django_db


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("next_url", ["0", "home", "katalog"])
def test_the_currency_switch_sent_back_to_a_bare_word_stays_relative(client, home_page, next_url):
    """`redirect("0")` looked for a view named "0" (NoReverseMatch, a 500)."""
    response = client.post(url("catalog:set_currency"), {"currency": "USD", "next": next_url})

    assert response.status_code == 302 and response["Location"] == next_url


def test_the_delivery_choices_of_an_emptied_cart_are_only_the_gallery(client, shop):
    """A cart emptied in another tab (the order was placed) made the courier prices divide
    nothing among no parcels (max() of an empty sequence, a 500)."""
    ledre = shop["products"][1]
    client.post(url("cart:add", ledre.pk), {"quantity": "1"})
    CartLine.objects.all().delete()

    query = [*BOJONEGORO_ADDRESS.items(), ("delivery", shop["delivery"])]
    response = client.get(url("checkout:delivery", query=query))

    assert response.status_code == 200
    assert "JNE" not in response.content.decode()


def test_a_currency_nobody_offers_is_named_in_the_message_as_text(client, home_page):
    response = client.post(url("catalog:set_currency"), {"currency": "<i>x</i>", "next": "/"})
    page = client.get(response["Location"], follow=True).content.decode()

    assert "&lt;I&gt;X&lt;/I&gt;" in page and "<I>X" not in page


@pytest.mark.parametrize("page", ["²", "\u0661\u0662"])
def test_a_page_number_in_other_digits_keeps_the_page(client, shop, page):
    """ "²" passed str.isdigit() and failed int() in the canonical link of every page (a 500);
    Arabic-Indic digits are a number int() reads. A story index and the catalog alike show
    a page of their list."""
    stories = client.get(f"{shop['story_index'].url}?{query_string([('page', page)])}")
    catalog = client.get(url("catalog:product_list", query=[("page", page)]))

    assert (stories.status_code, catalog.status_code) == (200, 200)


@pytest.mark.parametrize("about", ["product", "artisan"])
def test_an_inquiry_about_a_superscript_number_is_not_found(client, home_page, about):
    """`?product=²` passed str.isdigit() and failed int() (a 500)."""
    assert client.get(url("inquiries:ask", query=[(about, "²")])).status_code == 404


@pytest.mark.parametrize(
    "view", ["checkout:order", "checkout:receipt", "checkout:proforma", "inquiries:thread"]
)
@pytest.mark.parametrize("token", ["%00", "a%00b", "x" * 65, "%C2%B2"])
def test_a_private_link_that_cannot_be_a_token_is_not_found(client, home_page, view, token):
    """On PostgreSQL a NUL byte in the token reached the query (DataError, a 500)."""
    path = url(view, "TOKEN").replace("TOKEN", token)

    assert client.get(path).status_code == 404
    assert client.post(path).status_code in (403, 404)  # CSRF or not found, never a 500
