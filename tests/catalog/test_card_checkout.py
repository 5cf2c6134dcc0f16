"""Choosing the card at checkout and paying on the order page, against localstripe: the intent
is the server's (made once, for the order's total), the buyer's return is checked with
Stripe, a closed order's intent is cancelled, and without Stripe's keys only bank transfer is
offered. No mock of the stripe library."""

from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from catalog.checkout.services import expire_overdue_orders
from catalog.models import (
    Order,
    OrderStatus,
    OutgoingEmail,
    Payment,
    PaymentEvent,
    PaymentMethod,
    PaymentStatus,
    Product,
)
from catalog.payments.bank_transfer import bank_transfer
from catalog.payments.stripe_client import stripe_client
from tests.catalog.factories import ProductFactory

from .test_stripe_card import confirm_with

pytestmark = pytest.mark.django_db

DETAILS = {
    "name": "Rina Wulandari",
    "email": "rina@example.com",
    "phone": "0812 3456 7890",
    "country": "ID",
    "delivery": "pickup",
}


def fill_cart(client, price=150_000):
    product = ProductFactory(price=price, stock=5)
    client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})
    return product


def check_out(client, method="card"):
    response = client.post(reverse("checkout:checkout"), {**DETAILS, "payment_method": method})
    order = Order.objects.latest("pk")
    assert response.url == reverse("checkout:order", args=[order.access_token])
    return order


def place(client, method="card", price=150_000):
    """An order of one piece at `price`, placed by `client` choosing `method`."""
    product = fill_cart(client, price)
    order = check_out(client, method)
    order.product = product
    return order


def intent_of(order):
    payment = Payment.objects.get(order=order, method=PaymentMethod.CARD)
    return payment, stripe_client().v1.payment_intents.retrieve(payment.provider_reference)


def post_intent(client, order, data=None):
    return client.post(reverse("checkout:card", args=[order.access_token]), data or {})


def post_return(client, order):
    return client.post(reverse("checkout:card_return", args=[order.access_token]), follow=True)


def test_without_stripe_keys_only_bank_transfer_is_offered(client, home_page):
    product = ProductFactory(stock=5)
    client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})

    page = client.get(reverse("checkout:checkout")).content.decode()
    assert 'value="card"' not in page and 'name="payment_method" value="bank_transfer"' in page

    # A forged choice of the card is refused with a message, and nothing is ordered.
    response = client.post(reverse("checkout:checkout"), {**DETAILS, "payment_method": "card"})
    assert response.status_code == 200 and not Order.objects.exists()
    assert "Pilih cara membayar." in response.content.decode()

    client.post(reverse("checkout:checkout"), DETAILS)
    order = Order.objects.get()
    order_page = client.get(reverse("checkout:order", args=[order.access_token]))
    assert b"data-card-payment" not in order_page.content
    assert post_intent(client, order).status_code == 404


def test_the_buyer_chooses_the_card_and_gets_one_intent_for_the_orders_total(
    client, home_page, localstripe
):
    fill_cart(client, price=150_000)
    checkout = client.get(reverse("checkout:checkout")).content.decode()
    assert 'value="card"' in checkout and 'value="bank_transfer"' in checkout

    order = check_out(client)

    assert not order.payments.filter(method=PaymentMethod.BANK_TRANSFER).exists()
    _payment, intent = intent_of(order)
    assert (intent.amount, intent.currency) == (15_000_000, "idr")
    assert intent.metadata["order"] == order.number
    email = OutgoingEmail.objects.get(kind="order_placed_buyer")
    assert "Bayar dengan kartu" in email.body and "Rekening" not in email.body

    page = client.get(reverse("checkout:order", args=[order.access_token])).content.decode()
    assert "data-card-payment" in page and localstripe.js_url in page
    assert "pk_test_pasarkriya" in page and "Rp150.000" in page
    assert "sk_test" not in page and intent.client_secret not in page  # asked for on "Pay"


def test_the_client_secret_is_given_for_the_servers_intent_whatever_the_page_sends(
    client, home_page, localstripe
):
    order = place(client, price=150_000)
    before, _intent = intent_of(order)

    for tampered in ({"amount": "100", "currency": "usd"}, {}, {"amount": "1"}):
        response = post_intent(client, order, tampered)
        assert response.status_code == 200
        payment, intent = intent_of(order)
        assert response.json()["client_secret"] == intent.client_secret
        assert payment.pk == before.pk and (intent.amount, intent.currency) == (15_000_000, "idr")
    assert Payment.objects.filter(order=order).count() == 1


def test_paying_by_card_and_coming_back_shows_the_order_paid_once(client, home_page, localstripe):
    order = place(client)
    payment, _intent = intent_of(order)
    confirm_with(payment, "pm_card_visa")  # what Stripe.js does with the card

    response = post_return(client, order)

    assert "Terima kasih: pembayaran kartu Anda sudah diterima." in response.content.decode()
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID
    assert Payment.objects.get(pk=payment.pk).status == PaymentStatus.SUCCEEDED
    # Coming back again (a reload), then Stripe's own webhook event: still one confirmation.
    post_return(client, order)
    assert OutgoingEmail.objects.filter(kind="payment_confirmed_buyer").count() == 1
    assert PaymentEvent.objects.filter(payment=payment).count() == 1
    assert Product.objects.get(pk=order.product.pk).stock == 4
    # A paid order offers no more payment.
    page = client.get(reverse("checkout:order", args=[order.access_token])).content.decode()
    assert "data-card-payment" not in page
    assert post_intent(client, order).status_code == 409


def test_coming_back_from_an_unconfirmed_card_changes_nothing(client, home_page, localstripe):
    order = place(client)

    response = post_return(client, order)

    assert "Pembayaran kartu Anda tidak berhasil." in response.content.decode()
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert not PaymentEvent.objects.exists()


def test_a_bank_transfer_buyer_may_pay_by_card_instead(client, home_page, localstripe):
    order = place(client, method="bank_transfer")
    assert not order.payments.filter(method=PaymentMethod.CARD).exists()
    page = client.get(reverse("checkout:order", args=[order.access_token])).content.decode()
    assert "Bayar dengan kartu saja" in page

    assert post_intent(client, order).status_code == 200
    payment, _intent = intent_of(order)
    confirm_with(payment, "pm_card_visa")
    post_return(client, order)

    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID


def test_no_card_payment_once_a_proof_of_transfer_is_being_checked(client, home_page, localstripe):
    order = place(client, method="bank_transfer")
    payment = bank_transfer.start(order)
    Payment.objects.filter(pk=payment.pk).update(status=PaymentStatus.PROOF_SENT)

    response = post_intent(client, order)

    assert response.status_code == 409 and "Dekranasda" in response.json()["error"]
    assert not order.payments.filter(method=PaymentMethod.CARD).exists()


def test_a_cancelled_or_expired_order_has_its_intent_cancelled(
    client, home_page, localstripe, django_capture_on_commit_callbacks
):
    cancelled = place(client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("checkout:cancel", args=[cancelled.access_token]))
    assert intent_of(cancelled)[1].status == "canceled"
    assert not cancelled.payments.filter(method=PaymentMethod.BANK_TRANSFER).exists()

    other = Client()
    expired = place(other)
    Order.objects.filter(pk=expired.pk).update(expires_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert expire_overdue_orders() == 1
    assert intent_of(expired)[1].status == "canceled"
    assert post_intent(other, expired).status_code == 409


def test_stripe_out_of_reach_at_checkout_still_places_the_order(
    client, home_page, localstripe, settings
):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there

    order = place(client)

    page = client.get(reverse("checkout:order", args=[order.access_token])).content.decode()
    assert "pembayaran kartu belum dapat dimulai" in page
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    response = post_intent(client, order)
    assert response.status_code == 503 and "transfer bank" in response.json()["error"]

    settings.STRIPE_API_BASE = localstripe.api_base  # Stripe is back: the buyer tries again
    assert post_intent(client, order).status_code == 200
    assert intent_of(order)[1].amount == order.total * 100
