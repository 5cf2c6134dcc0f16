"""Faults: Stripe hung, or answering with an error, while a buyer checks out or comes back from
paying. The real stripe library talks to a port that takes the connection and never answers,
to a server that answers every call with an error, and to localstripe once Stripe is back.

The order is placed whatever Stripe does (it waits for payment, its pieces held, its email
queued); the buyer reads that the card payment could not start and can start it again later
from the order page; no payment or payment event is half-recorded. The wait is bounded by the
client's timeout and its one retry (catalog/payments/stripe_client.py).

Stripe's events delivered twice, late or out of order are tested in
tests/catalog/test_stripe_webhook.py (the same event twice, twenty times at once, a failure
after the success, a success after a failure, a success for an expired order); a declined card
in tests/catalog/test_stripe_card.py; a refund Stripe refuses in the same file."""

import time

from django.test import Client
from django.urls import reverse

import pytest

from catalog.checkout.card_payment import BEING_CONFIRMED
from catalog.models import (
    Order,
    OrderStatus,
    OutgoingEmail,
    Payment,
    PaymentEvent,
    PaymentStatus,
    Product,
)
from catalog.outbox import SEND_TIMEOUT_SECONDS
from catalog.payments import stripe_client
from tests.catalog import conftest as catalog_fixtures
from tests.catalog.test_card_checkout import intent_of, place, post_intent, post_return
from tests.catalog.test_stripe_card import confirm_with

from .fault_servers import failing_http_server, silent_server

pytestmark = pytest.mark.django_db

# The catalog's localstripe fixtures (tests/catalog/conftest.py).
localstripe_server = catalog_fixtures.localstripe_server
localstripe = catalog_fixtures.localstripe

COULD_NOT_START = "pembayaran kartu belum dapat dimulai"
GUNICORN_TIMEOUT_SECONDS = 30
STRIPE_ERRORS = {
    # Stripe's own failure: tried again once, with the same idempotency key.
    "server error": (500, {"error": {"type": "api_error", "message": "Something went wrong"}}, 2),
    "overloaded": (503, {"error": {"type": "api_error", "message": "Try again later"}}, 2),
    # Refusals: not tried again.
    "rate limited": (429, {"error": {"type": "invalid_request_error", "code": "rate_limit"}}, 1),
    "card error": (402, {"error": {"type": "card_error", "code": "card_declined"}}, 1),
}


def assert_placed_and_waiting_for_a_card(client, order):
    """The order is placed and held, nothing of a card payment recorded, and the buyer is
    told the card payment could not start."""
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert Product.objects.get(pk=order.product.pk).stock == 4  # the piece is held
    assert not Payment.objects.filter(order=order).exists()
    assert not PaymentEvent.objects.exists()
    assert OutgoingEmail.objects.filter(order=order, kind="order_placed_buyer").exists()


def order_page(client, order):
    return client.get(reverse("checkout:order", args=[order.access_token])).content.decode()


def assert_started_again_once_stripe_is_back(client, order, localstripe, settings):
    settings.STRIPE_API_BASE = localstripe.api_base
    assert post_intent(client, order).status_code == 200
    assert post_intent(client, order).status_code == 200  # a second "Pay": the same intent
    payment, intent = intent_of(order)
    assert (intent.amount, intent.currency) == (order.total * 100, "idr")
    assert Payment.objects.filter(order=order).count() == 1
    assert payment.status == PaymentStatus.PENDING


def test_a_hung_stripe_is_given_up_on_in_bounded_time_and_the_order_waits(
    client, home_page, localstripe, settings, monkeypatch
):
    monkeypatch.setattr(stripe_client, "TIMEOUT_SECONDS", 1)
    with silent_server() as hung:
        settings.STRIPE_API_BASE = hung.url
        started = time.monotonic()
        order = place(client)
        took = time.monotonic() - started
        # One try and one retry, each given up on after the timeout, then a message.
        assert hung.connections == stripe_client.NETWORK_RETRIES + 1 == 2
        assert 2 <= took < 5, took
        assert_placed_and_waiting_for_a_card(client, order)
        assert COULD_NOT_START in order_page(client, order)

        # "Pay" on the order page while Stripe still hangs: a clear refusal, nothing kept.
        response = post_intent(client, order)
        assert response.status_code == 503 and "transfer bank" in response.json()["error"]
        assert not Payment.objects.filter(order=order).exists()

    assert_started_again_once_stripe_is_back(client, order, localstripe, settings)


@pytest.mark.parametrize("error", STRIPE_ERRORS, ids=list(STRIPE_ERRORS))
def test_a_stripe_error_at_checkout_leaves_the_order_waiting_for_a_card(
    client, home_page, localstripe, settings, error
):
    status, body, tries = STRIPE_ERRORS[error]
    with failing_http_server(status, body) as failing:
        settings.STRIPE_API_BASE = failing.url
        order = place(client)
        assert [request[:2] for request in failing.requests] == [
            ("POST", "/v1/payment_intents")
        ] * tries
        # A retry carries the first try's idempotency key: Stripe would not charge twice.
        assert len({request[2] for request in failing.requests}) == 1
        assert_placed_and_waiting_for_a_card(client, order)
        assert COULD_NOT_START in order_page(client, order)

    assert_started_again_once_stripe_is_back(client, order, localstripe, settings)


def test_stripe_failing_when_the_buyer_comes_back_changes_nothing_until_it_answers(
    client, home_page, localstripe, settings
):
    order = place(client)
    payment, _intent = intent_of(order)
    confirm_with(payment, "pm_card_visa")  # paid at Stripe; its answer not read yet

    with failing_http_server(*STRIPE_ERRORS["server error"][:2]) as failing:
        settings.STRIPE_API_BASE = failing.url
        page = post_return(client, order).content.decode()
        assert len(failing.requests) == 2
    assert str(BEING_CONFIRMED) in page
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert not PaymentEvent.objects.exists()

    settings.STRIPE_API_BASE = localstripe.api_base
    post_return(client, order)
    post_return(Client(), order)  # the buyer's other tab
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID
    assert PaymentEvent.objects.filter(payment=payment).count() == 1
    assert OutgoingEmail.objects.filter(kind="payment_confirmed_buyer").count() == 1


def test_the_stripe_client_waits_a_bounded_time():
    # One try and its retry at most TIMEOUT_SECONDS each, and the pause between them (at most
    # the library's 0.5 s for a first retry), plus one mail server timeout for the order's
    # emails: under gunicorn's worker timeout, so a hung Stripe never kills the checkout.
    worst = stripe_client.TIMEOUT_SECONDS * (stripe_client.NETWORK_RETRIES + 1) + 0.5
    assert stripe_client.NETWORK_RETRIES >= 1
    assert worst + SEND_TIMEOUT_SECONDS < GUNICORN_TIMEOUT_SECONDS
