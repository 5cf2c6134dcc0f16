"""In a real browser, a card payment through localstripe's Stripe.js stand-in: a buyer on a
390 px phone fills a cart from two artisans, chooses the card at checkout, pays on the order
page (with the bank's check the stand-in shows), and the order page shows it paid; localstripe's
signed webhook arrives and changes nothing more; each artisan sees its own part to pack.

localstripe's stand-in draws its own card fields but does not turn them into a PaymentMethod:
its `confirmCardPayment` only completes the bank's check of an intent already waiting for it.
So the test does, through the stripe library, what Stripe.js does with the typed card at that
point (a card that asks for 3-D Secure, attached to the order's intent and confirmed); the
page's code is the production code, unchanged."""

from django.urls import reverse

import pytest

from catalog.models import Order, OrderStatus, OutgoingEmail, Payment, PaymentEvent, Product
from catalog.payments.stripe_client import stripe_client

from .browsing import PHONE, in_database, sign_in
from .order_browsing import add_to_cart, fill_address
from .test_stripe_card import wait_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# Stripe's test card that asks for 3-D Secure (localstripe knows it too).
THREE_D_SECURE_CARD = {
    "number": "4000002760003184",
    "exp_month": 12,
    "exp_year": 2030,
    "cvc": "123",
}


def what_stripe_js_does_with_the_card(payment):
    client = stripe_client()
    card = client.v1.payment_methods.create(params={"type": "card", "card": THREE_D_SECURE_CARD})
    client.v1.payment_intents.update(payment.provider_reference, params={"payment_method": card.id})
    intent = client.v1.payment_intents.confirm(payment.provider_reference)
    assert intent.status == "requires_action"  # the bank's check, done on the buyer's page


def test_a_buyer_pays_by_card_on_a_phone(market, browser, live_server, localstripe, tmp_path):
    localstripe.register_webhook(f"{live_server.url}{reverse('stripe_webhook')}")
    cloth, ledre = market["products"]
    buyer = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    add_to_cart(buyer, live_server, cloth, 1)
    add_to_cart(buyer, live_server, ledre, 3)

    buyer.goto(f"{live_server.url}{reverse('checkout:checkout')}")
    fill_address(buyer)
    by_jne = f"input[name=delivery][value^='{market['delivery']}@']"
    buyer.wait_for_selector(by_jne)
    buyer.check(by_jne)
    buyer.check("input[name=payment_method][value=card]")
    assert buyer.inner_text("[data-total-to-pay]") == "Rp443.000"
    with buyer.expect_navigation():
        buyer.click("button.portal-form__submit")

    order = in_database(lambda: Order.objects.get())
    payment = in_database(lambda: order.payments.get())
    assert payment.method == "card" and payment.charged_minor == 44_300_000
    assert in_database(lambda: Product.objects.get(pk=cloth.pk).stock) == 1  # kept for the buyer

    # The card form of localstripe's Stripe.js, mounted by our script; "Pay" is enabled.
    buyer.wait_for_selector("[data-card-element] input[placeholder=number]")
    assert buyer.is_enabled("[data-card-submit]")
    assert "Rp443.000" in buyer.inner_text("[data-card-submit]")
    what_stripe_js_does_with_the_card(payment)
    for field, value in (("number", "4000002760003184"), ("exp_month", "12")):
        buyer.fill(f"[data-card-element] input[placeholder={field}]", value)
    for field, value in (("exp_year", "30"), ("cvc", "123"), ("postal_code", "62165")):
        buyer.fill(f"[data-card-element] input[placeholder={field}]", value)
    assert buyer.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    buyer.screenshot(path=str(tmp_path / "card-form.png"), full_page=True)
    buyer.click("[data-card-submit]")
    with buyer.expect_navigation():
        buyer.click("text=Complete authentication")  # the stand-in's bank check

    assert "Sudah dibayar" in buyer.inner_text("h1 + .lead")
    assert buyer.locator(".message--success").count() == 1
    assert in_database(lambda: Order.objects.get(pk=order.pk).status) == OrderStatus.PAID
    assert buyer.locator("[data-card-payment]").count() == 0
    # localstripe's own signed event reaches the webhook and is recorded, once, changing
    # nothing: one confirmation email, the pieces taken once.
    wait_for(
        lambda: in_database(
            lambda: PaymentEvent.objects.filter(event_id__startswith="evt_").exists()
        ),
        "localstripe's webhook",
        localstripe,
    )
    assert in_database(lambda: Payment.objects.get(pk=payment.pk).status) == "succeeded"
    emails = in_database(lambda: OutgoingEmail.objects.filter(kind="payment_confirmed_buyer"))
    assert in_database(lambda: emails.count()) == 1
    assert in_database(lambda: Product.objects.get(pk=cloth.pk).stock) == 1
    buyer.screenshot(path=str(tmp_path / "paid-by-card.png"), full_page=True)

    for artisan, product in zip(market["artisans"], (cloth, ledre), strict=True):
        phone = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
        sign_in(phone, live_server, artisan.username, reverse("portal:my_orders"))
        parts = phone.locator("section.cart-part")
        assert parts.count() == 1  # its own part only
        assert product.name in parts.first.inner_text()
        assert "Sudah dibayar" in parts.first.inner_text()
        phone.close()
