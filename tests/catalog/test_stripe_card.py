"""Card payments against localstripe: one PaymentIntent per order whatever the number of starts,
the amount from the server's total, localstripe's own signed webhooks marking the order paid or
cancelled, and refunds through Stripe within what was received. No mock of the stripe library."""

import time
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest
import stripe

from catalog.checkout.services import CheckoutError, cancel_unpaid_order
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
from catalog.order_actions import refund_payment
from catalog.payments.base import RefundError
from catalog.payments.methods import PROVIDERS
from catalog.payments.stripe_card import stripe_card
from catalog.payments.stripe_client import stripe_client

from .stripe_events import card_order

DELIVERY_TIMEOUT_SECONDS = 15


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("editor", "editor@example.com", "x")


def wait_for(check, what, server):
    """Poll until `check()` is true (localstripe delivers about a second after a change)."""
    deadline = time.monotonic() + DELIVERY_TIMEOUT_SECONDS
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not happen; localstripe's log:\n{server.log()}")
        time.sleep(0.1)


def confirm_with(payment, payment_method):
    """What Stripe.js does on the buyer's page: the card, then the confirmation (localstripe
    takes the card by an update, not as a parameter of `confirm`)."""
    client = stripe_client()
    client.v1.payment_intents.update(
        payment.provider_reference, params={"payment_method": payment_method}
    )
    return client.v1.payment_intents.confirm(payment.provider_reference)


def paid_payment(order):
    """The order's card payment, confirmed at localstripe and applied as Stripe's event would."""
    payment = stripe_card.start(order)
    confirm_with(payment, "pm_card_visa")
    intent = stripe_client().v1.payment_intents.retrieve(payment.provider_reference)
    assert intent.status == "succeeded"
    event = stripe.Event.construct_from(
        {
            "id": f"evt_paid_{payment.pk}",
            "object": "event",
            "type": "payment_intent.succeeded",
            "data": {"object": intent.to_dict()},
        },
        None,
    )
    assert stripe_card.handle_stripe_event(event)
    return Payment.objects.get(pk=payment.pk)


@pytest.mark.django_db
def test_the_card_provider_is_offered_to_the_admin():
    assert PROVIDERS[PaymentMethod.CARD] is stripe_card


@pytest.mark.django_db
def test_start_creates_one_intent_for_the_servers_total(localstripe):
    order = card_order(price=75_000, quantity=2)  # Rp150.000

    payment = stripe_card.start(order)
    again = stripe_card.start(Order.objects.get(pk=order.pk))

    assert again.pk == payment.pk and again.provider_reference == payment.provider_reference
    assert Payment.objects.filter(order=order).count() == 1
    intents = list(stripe_client().v1.payment_intents.list().auto_paging_iter())
    assert [intent.id for intent in intents] == [payment.provider_reference]
    intent = intents[0]
    assert intent.amount == 15_000_000  # IDR has two decimals at Stripe
    assert intent.currency == "idr"
    assert intent.metadata["order"] == order.number
    assert payment.method == PaymentMethod.CARD and payment.status == PaymentStatus.PENDING
    assert (payment.amount, payment.charged_currency, payment.charged_minor) == (
        150_000,
        "idr",
        15_000_000,
    )
    assert stripe_card.client_secret(payment).startswith(f"{intent.id}_secret_")


@pytest.mark.django_db
def test_the_amount_is_the_orders_total_even_when_the_order_object_was_tampered(localstripe):
    order = card_order(price=75_000, quantity=2)
    order.total = 1  # whatever the caller holds: the stored order is charged

    payment = stripe_card.start(Order.objects.get(pk=order.pk))

    assert stripe_client().v1.payment_intents.retrieve(payment.provider_reference).amount == (
        15_000_000
    )


@pytest.mark.django_db
def test_an_export_buyer_pays_in_the_display_currency_when_the_council_says_so(
    localstripe, settings
):
    settings.EXPORT_PAYMENT_CURRENCY = "display"
    order = card_order(price=75_000, quantity=2)
    Order.objects.filter(pk=order.pk).update(display_currency="USD", display_rate=Decimal(16000))

    payment = stripe_card.start(Order.objects.get(pk=order.pk))

    intent = stripe_client().v1.payment_intents.retrieve(payment.provider_reference)
    assert (intent.currency, intent.amount) == ("usd", 938)  # 150000 / 16000 = 9.375 → 9.38
    assert (payment.charged_currency, payment.charged_minor, payment.amount) == (
        "usd",
        938,
        150_000,
    )


@pytest.mark.django_db
def test_an_export_buyer_pays_rupiah_when_the_council_says_so(localstripe, settings):
    settings.EXPORT_PAYMENT_CURRENCY = "IDR"
    order = card_order(price=75_000, quantity=2)
    Order.objects.filter(pk=order.pk).update(display_currency="USD", display_rate=Decimal(16000))

    payment = stripe_card.start(Order.objects.get(pk=order.pk))

    assert (payment.charged_currency, payment.charged_minor) == ("idr", 15_000_000)


def webhook_url(live_server):
    return f"{live_server.url}{reverse('stripe_webhook')}"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_localstripes_signed_webhook_marks_the_order_paid(localstripe, live_server):
    localstripe.register_webhook(webhook_url(live_server), events=["payment_intent.succeeded"])
    order = card_order(price=75_000, quantity=2, stock=5)
    payment = stripe_card.start(order)

    # What Stripe.js does in the browser, with the card that pays.
    confirmed = confirm_with(payment, "pm_card_visa")
    assert confirmed.status == "succeeded"

    wait_for(
        lambda: Order.objects.get(pk=order.pk).status == OrderStatus.PAID,
        "the order paid by the webhook",
        localstripe,
    )
    assert Payment.objects.get(pk=payment.pk).status == PaymentStatus.SUCCEEDED
    assert Product.objects.get(pk=order.product.pk).stock == 3  # taken once, at the order
    assert PaymentEvent.objects.filter(payment=payment, kind="succeeded").count() == 1
    assert OutgoingEmail.objects.filter(kind="payment_confirmed_buyer").count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_declined_card_cancels_the_order_and_tells_the_buyer(localstripe, live_server):
    localstripe.register_webhook(webhook_url(live_server), events=["payment_intent.payment_failed"])
    order = card_order(price=75_000, quantity=2, stock=5)
    payment = stripe_card.start(order)

    with pytest.raises(stripe.CardError):
        confirm_with(payment, "pm_card_chargeCustomerFail")

    wait_for(
        lambda: Order.objects.get(pk=order.pk).status == OrderStatus.CANCELLED,
        "the order cancelled by the webhook",
        localstripe,
    )
    assert Product.objects.get(pk=order.product.pk).stock == 5  # the pieces are back
    assert Payment.objects.get(pk=payment.pk).status == PaymentStatus.FAILED
    email = OutgoingEmail.objects.get(kind="order_cancelled_buyer")
    assert "kartu" in email.body and "transfer bank" in email.body
    # The old page can no longer charge the cancelled order (the webhook cancels the intent
    # right after the order).
    wait_for(
        lambda: (
            stripe_client().v1.payment_intents.retrieve(payment.provider_reference).status
            == "canceled"
        ),
        "the intent cancelled",
        localstripe,
    )


@pytest.mark.django_db
def test_a_full_refund_goes_through_stripe_once_per_event_id(localstripe, editor):
    order = card_order(price=75_000, quantity=2)
    payment = paid_payment(order)

    assert stripe_card.refund(payment, 150_000, editor, "rusak", event_id="refund-form-1")
    assert not stripe_card.refund(payment, 150_000, editor, "rusak", event_id="refund-form-1")

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == 150_000
    refunds = list(stripe_client().v1.refunds.list().auto_paging_iter())
    assert [(refund.amount, refund.payment_intent) for refund in refunds] == [
        (15_000_000, payment.provider_reference)
    ]
    event = PaymentEvent.objects.get(event_id="refund-form-1")
    assert event.data["refund"] == refunds[0].id and event.data["minor"] == 15_000_000


@pytest.mark.django_db
def test_parts_refunded_never_exceed_what_was_received(localstripe, editor):
    order = card_order(price=75_000, quantity=2)
    payment = paid_payment(order)

    assert stripe_card.refund(payment, 100_000, editor, event_id="part-1")
    with pytest.raises(RefundError, match=r"Rp100\.000"):
        stripe_card.refund(Payment.objects.get(pk=payment.pk), 100_000, editor, event_id="part-2")
    assert stripe_card.refund(Payment.objects.get(pk=payment.pk), 50_000, editor, event_id="p3")

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == 150_000
    amounts = sorted(refund.amount for refund in stripe_client().v1.refunds.list().data)
    assert amounts == [5_000_000, 10_000_000]
    assert not PaymentEvent.objects.filter(event_id="part-2").exists()


@pytest.mark.django_db
def test_an_over_refund_is_refused_before_stripe_is_asked(localstripe, editor):
    order = card_order(price=75_000, quantity=2)
    payment = paid_payment(order)

    with pytest.raises(RefundError):
        stripe_card.refund(payment, 150_001, editor, event_id="too-much")
    with pytest.raises(RefundError):
        stripe_card.refund(payment, 0, editor, event_id="nothing")

    assert stripe_client().v1.refunds.list().data == []
    payment.refresh_from_db()
    assert payment.refunded_amount == 0 and payment.status == PaymentStatus.SUCCEEDED


@pytest.mark.django_db
def test_an_unpaid_card_payment_cannot_be_refunded(localstripe, editor):
    payment = stripe_card.start(card_order())

    with pytest.raises(RefundError):
        stripe_card.refund(payment, 1_000, editor)
    assert stripe_client().v1.refunds.list().data == []


@pytest.mark.django_db
def test_a_refund_in_dollars_gives_back_the_share_charged(localstripe, settings, editor):
    settings.EXPORT_PAYMENT_CURRENCY = "display"
    order = card_order(price=75_000, quantity=2)
    Order.objects.filter(pk=order.pk).update(display_currency="USD", display_rate=Decimal(16000))
    payment = paid_payment(Order.objects.get(pk=order.pk))

    assert stripe_card.refund(payment, 50_000, editor, event_id="usd-1")  # a third: 3.12
    assert stripe_card.refund(Payment.objects.get(pk=payment.pk), 100_000, editor, event_id="2")

    amounts = sorted(refund.amount for refund in stripe_client().v1.refunds.list().data)
    assert amounts == [312, 626]  # the rest of the 938 cents, never more
    assert Payment.objects.get(pk=payment.pk).status == PaymentStatus.REFUNDED


@pytest.mark.django_db
def test_the_admins_refund_goes_through_the_card_provider(localstripe, editor):
    order = card_order(price=75_000, quantity=2)
    payment = paid_payment(order)
    order.fulfilments.update(status="delivered")

    assert refund_payment(payment, editor, 40_000, "retur", event_id="admin-1")
    assert not refund_payment(payment, editor, 40_000, "retur", event_id="admin-1")

    assert [refund.amount for refund in stripe_client().v1.refunds.list().data] == [4_000_000]
    assert Payment.objects.get(pk=payment.pk).refunded_amount == 40_000


@pytest.mark.django_db
def test_a_refund_stripe_refuses_is_a_clear_error_and_records_nothing(localstripe, editor):
    payment = paid_payment(card_order(price=75_000, quantity=2))
    Payment.objects.filter(pk=payment.pk).update(provider_reference="pi_unknown_to_stripe")

    with pytest.raises(RefundError, match="Stripe"):
        stripe_card.refund(Payment.objects.get(pk=payment.pk), 1_000, editor, event_id="r-1")

    assert not PaymentEvent.objects.filter(event_id="r-1").exists()
    assert Payment.objects.get(pk=payment.pk).refunded_amount == 0


@pytest.mark.django_db
def test_a_closed_order_gets_no_payment_intent(localstripe):
    order = card_order()
    cancel_unpaid_order(order)

    with pytest.raises(CheckoutError):
        stripe_card.start(Order.objects.get(pk=order.pk))

    assert stripe_client().v1.payment_intents.list().data == []
