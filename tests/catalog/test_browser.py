"""In a real browser: an artisan on a 390 px phone screen lists a product with two photos,
an editor approves it, and buyers find it in the catalog."""

from urllib.parse import urlencode

from django.urls import reverse

import pytest

from catalog.models import Product
from tests.catalog.factories import CategoryFactory
from tests.home.test_images import phone_photo

from .accounts import artisan_account, editor_account
from .browsing import PHONE, in_database, sign_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def people(home_page):
    """Set up before the browser starts (its event loop then owns this thread)."""
    CategoryFactory(name="Kain Batik")
    return artisan_account("sri")[0], editor_account()


def test_an_artisan_lists_a_product_from_a_phone_and_it_is_live_after_approval(
    people, browser, live_server, tmp_path
):
    user, editor = people
    photos = []
    for name in ("depan.jpg", "detail.jpg"):
        path = tmp_path / name
        path.write_bytes(phone_photo(width=800, height=600))
        photos.append(str(path))

    phone = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    sign_in(phone, live_server, user.username, reverse("portal:my_listings"))
    phone.click(f"a[href='{reverse('portal:listing_add')}']")
    phone.set_input_files("input[name=photos]", photos)
    phone.fill("input[name=name]", "Kain Batik Kayangan")
    phone.fill("input[name=price]", "350000")
    phone.fill("input[name=stock]", "2")
    phone.select_option("select[name=category]", label="Kain Batik")
    phone.click("button[type=submit].portal-form__submit")

    phone.wait_for_selector(".status--awaiting_review")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    product = in_database(lambda: Product.objects.get(name="Kain Batik Kayangan"))
    assert in_database(product.images.count) == 2
    catalog_url = f"{live_server.url}{reverse('catalog:product_list')}"
    phone.goto(catalog_url)
    assert "Kain Batik Kayangan" not in phone.content()

    desk = browser.new_page(viewport={"width": 1280, "height": 900})
    queue = reverse("wagtailsnippets_catalog_product:list") + "?review_state=submitted"
    sign_in(desk, live_server, editor.username, queue)
    approve = reverse("wagtail_bulk_action", args=["catalog", "product", "approve_listing"])
    desk.goto(f"{live_server.url}{approve}?{urlencode({'id': product.pk, 'next': queue})}")
    with desk.expect_navigation():
        desk.click("main form button[type=submit]")
    assert in_database(lambda: Product.objects.get(pk=product.pk).live)

    phone.goto(catalog_url)
    assert "Kain Batik Kayangan" in phone.content()
    phone.click("text=Kain Batik Kayangan")
    assert phone.locator(".product__gallery img").count() == 2
