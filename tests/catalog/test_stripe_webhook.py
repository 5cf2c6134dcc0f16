"""The Stripe webhook with events the tests sign themselves (what localstripe cannot send:
forgeries, duplicates at once, out-of-order and mismatched events). Each payment's intent is a
real one at localstripe."""

import json
import threading
import time

from django.db import connections
from django.test import Client
from django.urls import reverse

import pytest

from catalog.checkout.services import expire_order
from catalog.models import (
    Order,
    OrderStatus,
    OutgoingEmail,
    Payment,
    PaymentEvent,
    PaymentStatus,
    Product,
)
from catalog.payments.stripe_card import stripe_card
from tests.conftest import needs_service

from .stripe_events import card_order, intent_event, post_event, signature

pytestmark = pytest.mark.django_db


@pytest.fixture
def payment(localstripe):
    order = card_order(price=75_000, quantity=2, stock=5)  # Rp150.000, 3 left in stock
    return stripe_card.start(order)


def state(payment):
    """What an event may change: the order, the payment, stock, the ledger and the emails."""
    order = Order.objects.get(pk=payment.order_id)
    paid = Payment.objects.get(pk=payment.pk)
    return (
        order.status,
        paid.status,
        paid.note,
        [line.product.stock for line in order.lines.select_related("product")],
        PaymentEvent.objects.count(),
        OutgoingEmail.objects.count(),
    )


def test_a_signed_success_marks_the_order_paid(client, payment):
    response = post_event(client, intent_event(payment))

    assert response.status_code == 200
    order = Order.objects.get(pk=payment.order_id)
    assert order.status == OrderStatus.PAID
    assert Payment.objects.get(pk=payment.pk).status == PaymentStatus.SUCCEEDED
    assert Product.objects.get(pk=order.lines.get().product_id).stock == 3
    assert OutgoingEmail.objects.filter(kind="payment_confirmed_buyer").count() == 1


@pytest.mark.parametrize(
    "forgery",
    ["bad signature", "tampered body", "wrong secret", "stale timestamp", "no signature", "junk"],
)
def test_a_forged_or_stale_delivery_is_refused_and_changes_nothing(client, payment, forgery):
    before = state(payment)
    event = intent_event(payment)
    body = json.dumps(event).encode()
    header = signature(body)
    if forgery == "bad signature":
        header = header[:-4] + ("0000" if not header.endswith("0000") else "1111")
    elif forgery == "tampered body":
        body = body.replace(b'"amount": 15000000', b'"amount": 100')
        assert b'"amount": 100,' in body
    elif forgery == "wrong secret":
        header = signature(body, secret="whsec_someone_else")
    elif forgery == "stale timestamp":
        header = signature(body, timestamp=int(time.time()) - 301)
    elif forgery == "no signature":
        header = ""
    elif forgery == "junk":
        body = b"not json"
        header = signature(body)

    response = client.post(
        reverse("stripe_webhook"),
        data=body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=header,
    )

    assert response.status_code == 400
    assert state(payment) == before


def test_only_post_is_accepted(client, payment):
    assert client.get(reverse("stripe_webhook")).status_code == 405


def test_without_a_webhook_secret_nothing_is_accepted(client, payment, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    before = state(payment)

    response = post_event(client, intent_event(payment), secret="")

    assert response.status_code == 400 and state(payment) == before


def test_the_webhook_lives_outside_the_language_prefix():
    assert reverse("stripe_webhook") == "/stripe/webhook/"


def test_the_same_event_twice_counts_once(client, payment):
    event = intent_event(payment)
    assert post_event(client, event).status_code == 200
    after_first = state(payment)

    assert post_event(client, event).status_code == 200

    assert state(payment) == after_first


def test_another_event_for_a_paid_order_changes_nothing(client, payment):
    post_event(client, intent_event(payment))
    emails = OutgoingEmail.objects.count()

    post_event(client, intent_event(payment))  # Stripe's retry with a new id

    assert OutgoingEmail.objects.count() == emails
    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.PAID


def test_a_failure_after_the_success_changes_nothing(client, payment):
    post_event(client, intent_event(payment))
    before = state(payment)

    response = post_event(client, intent_event(payment, "payment_failed"))

    assert response.status_code == 200
    status, paid, note, stock, events, emails = state(payment)
    assert (status, paid, note, stock, emails) == before[:4] + before[5:]
    assert status == OrderStatus.PAID and paid == PaymentStatus.SUCCEEDED
    assert events == before[4] + 1  # recorded, and nothing else


def test_a_failure_cancels_the_order_releases_stock_and_tells_the_buyer(client, payment):
    response = post_event(client, intent_event(payment, "payment_failed"))

    assert response.status_code == 200
    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.CANCELLED
    paid = Payment.objects.get(pk=payment.pk)
    assert paid.status == PaymentStatus.FAILED and paid.note == "Card declined"
    assert Product.objects.get(pk=paid.order.lines.get().product_id).stock == 5
    email = OutgoingEmail.objects.get(kind="order_cancelled_buyer")
    assert "Pembayaran dengan kartu Anda tidak berhasil" in email.body
    assert "transfer bank" in email.body


def test_a_success_after_a_failure_still_ends_paid(client, payment):
    # The buyer's first card was declined, the second went through, and the failure arrived
    # first: the order is paid again, its pieces taken from stock again.
    post_event(client, intent_event(payment, "payment_failed"))
    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.CANCELLED

    assert post_event(client, intent_event(payment)).status_code == 200

    order = Order.objects.get(pk=payment.order_id)
    assert order.status == OrderStatus.PAID
    assert set(order.fulfilments.values_list("status", flat=True)) == {"paid"}
    assert Product.objects.get(pk=order.lines.get().product_id).stock == 3
    assert order.lines.get().stock_reserved
    paid = Payment.objects.get(pk=payment.pk)
    assert paid.status == PaymentStatus.SUCCEEDED and paid.note == ""
    assert OutgoingEmail.objects.filter(kind="payment_confirmed_buyer").count() == 1


def test_a_success_after_a_failure_when_the_pieces_are_gone_asks_for_a_refund(client, payment):
    post_event(client, intent_event(payment, "payment_failed"))
    product = Order.objects.get(pk=payment.order_id).lines.get().product
    Product.objects.filter(pk=product.pk).update(stock=1)  # sold to someone else meanwhile

    post_event(client, intent_event(payment))

    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.CANCELLED
    assert Product.objects.get(pk=product.pk).stock == 1
    paid = Payment.objects.get(pk=payment.pk)
    assert paid.status == PaymentStatus.SUCCEEDED
    assert paid.note == "Diterima untuk pesanan yang sudah ditutup: kembalikan dananya."


def test_a_success_for_an_order_that_expired_is_kept_for_a_refund(client, payment):
    expire_order(payment.order)

    post_event(client, intent_event(payment))

    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.EXPIRED
    paid = Payment.objects.get(pk=payment.pk)
    assert paid.status == PaymentStatus.SUCCEEDED and paid.note  # an editor refunds it


def test_the_webhook_before_the_buyer_comes_back_ends_paid(client, payment):
    # The buyer closed the tab after paying: the webhook alone completes the order, and the
    # page the buyer may open later starts nothing new.
    post_event(client, intent_event(payment))

    again = stripe_card.start(Order.objects.get(pk=payment.order_id))

    assert again.pk == payment.pk and again.status == PaymentStatus.SUCCEEDED
    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.PAID


@pytest.mark.parametrize(
    "change",
    [{"currency": "usd"}, {"amount": 100}, {"amount": 15_000_001}, {"currency": "jpy"}],
)
def test_a_currency_or_amount_mismatch_is_refused(client, payment, change):
    before = state(payment)
    event = intent_event(payment, **change)

    assert post_event(client, event).status_code == 200  # acknowledged, not applied

    status, paid, note, stock, _events, emails = state(payment)
    assert (status, paid, note, stock, emails) == before[:4] + before[5:]
    assert status == OrderStatus.AWAITING_PAYMENT
    refused = PaymentEvent.objects.get(event_id=event["id"])
    assert refused.data["refused"] in ("currency", "amount")


def test_a_refused_failure_does_not_cancel(client, payment):
    post_event(client, intent_event(payment, "payment_failed", currency="usd"))

    assert Order.objects.get(pk=payment.order_id).status == OrderStatus.AWAITING_PAYMENT


def test_an_event_for_an_unknown_intent_is_acknowledged_and_ignored(client, payment):
    before = state(payment)

    response = post_event(client, intent_event(payment, id="pi_not_ours"))

    assert response.status_code == 200 and state(payment) == before


def test_other_event_types_are_acknowledged_and_ignored(client, payment):
    before = state(payment)
    event = intent_event(payment)
    event["type"] = "charge.dispute.created"

    assert post_event(client, event).status_code == 200
    assert state(payment) == before


def deliver_at_once(count, body, header):
    """Post the same signed body `count` times from as many threads, all at once."""
    start, codes, errors = threading.Barrier(count), [], []

    def deliver():
        try:
            start.wait()
            response = Client().post(
                reverse("stripe_webhook"),
                data=body,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=header,
            )
            codes.append(response.status_code)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=deliver) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes, errors


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_success_delivered_twenty_times_at_once_pays_once(localstripe):
    needs_service(
        "a database on disk",
        not (
            connections["default"].vendor == "sqlite" and connections["default"].is_in_memory_db()
        ),
        "threads cannot race in memory",
    )
    payment = stripe_card.start(card_order(price=75_000, quantity=2, stock=5))
    body = json.dumps(intent_event(payment)).encode()

    codes, errors = deliver_at_once(20, body, signature(body))

    assert errors == [] and codes == [200] * 20
    order = Order.objects.get(pk=payment.order_id)
    assert order.status == OrderStatus.PAID
    assert Product.objects.get(pk=order.lines.get().product_id).stock == 3
    assert PaymentEvent.objects.filter(payment=payment).count() == 1
    # One email set: the order's emails at placing, and the buyer's confirmation once.
    kinds = sorted(OutgoingEmail.objects.values_list("kind", flat=True))
    assert kinds.count("payment_confirmed_buyer") == 1 and len(kinds) == len(set(kinds))
