"""In a real browser, the whole life of an order: a buyer on a 390 px phone fills a cart from
two artisans, chooses the address from the Kemendagri lists, checks out with bank transfer and
uploads a proof; an editor confirms the money; each artisan ships its part from the phone;
the buyer's order page shows each part's state."""

from urllib.parse import urlencode

from django.urls import reverse

import pytest

from catalog.models import Fulfilment, FulfilmentStatus, Order, OrderStatus, Product
from tests.home.test_images import phone_photo

from .browsing import PHONE, in_database, sign_in
from .order_browsing import add_to_cart, fill_address

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_an_order_from_two_artisans_from_cart_to_shipped(market, browser, live_server, tmp_path):
    cloth, ledre = market["products"]
    buyer = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    add_to_cart(buyer, live_server, cloth, 1)
    add_to_cart(buyer, live_server, ledre, 3)

    buyer.goto(f"{live_server.url}{reverse('cart:detail')}")
    buyer.click(f"a[href='{reverse('checkout:checkout')}']")
    fill_address(buyer)
    by_jne = f"input[name=delivery][value^='{market['delivery']}@']"
    buyer.wait_for_selector(by_jne)
    buyer.check(by_jne)
    assert buyer.inner_text("[data-total-to-pay]") == "Rp443.000"  # before committing
    assert buyer.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    with buyer.expect_navigation():
        buyer.click("button.portal-form__submit")

    order = in_database(lambda: Order.objects.get())
    # 300 g of cloth and 600 g of ledre: one 1 kg parcel from each maker.
    assert (order.subtotal, order.shipping_cost, order.total) == (425_000, 18_000, 443_000)
    assert order.village == "Luwihaji" and order.number in buyer.content()
    proof = tmp_path / "bukti.jpg"
    proof.write_bytes(phone_photo(width=600, height=900))
    buyer.set_input_files("input[name=proof]", str(proof))
    with buyer.expect_navigation():
        buyer.click(".order__pay button[type=submit]")
    assert buyer.locator(".message--success").count() >= 1
    assert in_database(lambda: Product.objects.get(pk=cloth.pk).stock) == 1

    desk = browser.new_page(viewport={"width": 1280, "height": 900})
    payments = reverse("wagtailsnippets_catalog_payment:list")
    sign_in(desk, live_server, market["editor"].username, payments)
    payment = in_database(lambda: order.payments.get())
    confirm = reverse("wagtail_bulk_action", args=["catalog", "payment", "confirm_transfer"])
    desk.goto(f"{live_server.url}{confirm}?{urlencode({'id': payment.pk, 'next': payments})}")
    with desk.expect_navigation():
        desk.click("main form button[type=submit]")
    assert in_database(lambda: Order.objects.get(pk=order.pk).status) == OrderStatus.PAID

    for number, artisan in enumerate(market["artisans"], start=1):
        phone = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
        sign_in(phone, live_server, artisan.username, reverse("portal:my_orders"))
        part = phone.locator("section.cart-part")
        assert part.count() == 1  # its own part only
        part.locator("input[name$=courier]").fill("JNE")
        part.locator("input[name$=tracking_number]").fill(f"JNE00000000{number}")
        with phone.expect_navigation():
            part.locator("button[value=shipped]").click()
        assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        phone.close()

    states = in_database(lambda: list(Fulfilment.objects.values_list("status", flat=True)))
    assert states == [FulfilmentStatus.SHIPPED, FulfilmentStatus.SHIPPED]
    buyer.reload()
    parts = buyer.locator("section.cart-part")
    assert parts.count() == 2
    for index in range(2):
        assert "Dikirim" in parts.nth(index).inner_text()
        assert f"JNE00000000{index + 1}" in parts.nth(index).inner_text()
    buyer.screenshot(path=str(tmp_path / "order.png"), full_page=True)
