"""In a real browser: the product page's "Add to cart" form, which carries no CSRF token, works
from the product page, and the same form sent by another site's page is refused by what
Chromium itself says of where it comes from (catalog.same_site.from_another_site)."""

from django.urls import reverse

import pytest

from catalog.models import Cart
from tests.catalog.factories import ProductFactory

from .browsing import in_database
from .order_browsing import add_to_cart

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ANOTHER_SITE = "http://elsewhere.example/"


@pytest.fixture
def product(home_page):
    """Made before the browser starts (its event loop then owns this thread)."""
    return ProductFactory(slug="kain-sekar-jati", name="Kain Sekar Jati", stock=5)


def test_the_form_works_from_the_product_page_and_is_refused_from_another_site(
    product, browser, live_server
):
    page = browser.new_page()
    add_url = f"{live_server.url}{reverse('cart:add', args=[product.pk])}"
    # Another site's page with the same form, as a page trying to fill visitors' carts would.
    page.route(
        f"{ANOTHER_SITE}**",
        lambda route: route.fulfill(
            content_type="text/html",
            body=f'<form method="post" action="{add_url}"><input name="quantity" value="4">'
            '<button type="submit">Win a prize</button></form>',
        ),
    )
    posts = []
    page.on("request", lambda request: request.method == "POST" and posts.append(request))

    page.goto(ANOTHER_SITE)
    with page.expect_navigation():
        page.click("button[type=submit]")
    refused_on = page.url
    refusal = page.locator(".messages").all_inner_texts()
    assert in_database(lambda: Cart.objects.count()) == 0

    add_to_cart(page, live_server, product, 2)
    added_on = page.url

    cross_site, same_site = (request.all_headers() for request in posts)
    # What Playwright reports of them (Sec-Fetch-* are added below what it sees).
    assert cross_site["origin"] == ANOTHER_SITE.rstrip("/")
    assert same_site["origin"] == live_server.url
    assert refused_on == f"{live_server.url}{product.get_absolute_url()}"
    assert any("Pasar Kriya" in text for text in refusal)
    assert added_on == f"{live_server.url}{reverse('cart:detail')}"
    assert in_database(lambda: list(Cart.objects.values_list("lines__quantity", flat=True))) == [2]
