"""In a real browser: an artisan on a 390 px phone screen lists a product with two photos,
an editor approves it, and buyers find it in the catalog."""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from django.db import connections
from django.urls import reverse

import pytest

from catalog.models import Product
from tests.catalog.factories import CategoryFactory
from tests.conftest import needs_service
from tests.home.test_images import phone_photo

from .accounts import artisan_account, editor_account

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PHONE = {"width": 390, "height": 844}

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def browser():
    needs_service("Chromium", shutil.which(CHROMIUM), f"install Debian's chromium ({CHROMIUM})")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def in_database(query):
    """Run an ORM query in a thread of its own: Playwright's event loop owns this one, and a
    connection opened under it would outlive the test."""

    def run():
        try:
            return query()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(run).result()


def sign_in(page, live_server, username, next_url):
    page.goto(f"{live_server.url}{reverse('wagtailadmin_login')}?next={next_url}")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "x")
    page.click("button[type=submit]")


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
