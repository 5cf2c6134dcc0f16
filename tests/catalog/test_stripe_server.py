"""localstripe as the test suite starts it: PaymentIntents through the real stripe library, and
webhooks that localstripe signs and Stripe's own verification accepts. No mock anywhere."""

import queue
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import stripe

from catalog.payments.stripe_amounts import from_stripe_amount, to_stripe_amount
from catalog.payments.stripe_client import card_payments_enabled, stripe_client

from .stripe_server import WEBHOOK_SECRET

# localstripe sends its events about a second after the change; allow for a slow machine.
DELIVERY_TIMEOUT_SECONDS = 15


def create_intent(client, payment_method, amount_idr=150_000, key="order-1"):
    return client.v1.payment_intents.create(
        params={
            "amount": to_stripe_amount(amount_idr, "IDR"),
            "currency": "idr",
            "payment_method": payment_method,
            "payment_method_types": ["card"],
            "metadata": {"order": "PK-TEST"},
        },
        options={"idempotency_key": key},
    )


def test_the_settings_point_at_localstripe(localstripe, settings):
    assert card_payments_enabled()
    assert localstripe.url == settings.STRIPE_API_BASE
    assert localstripe.url.startswith("http://127.0.0.1:")
    # The Stripe.js stand-in, with the Card Element's confirmCardPayment.
    # The address is localstripe's, on loopback (the test settings): B310 does not apply.
    with urllib.request.urlopen(settings.STRIPE_JS_URL, timeout=10) as response:  # nosec B310
        assert response.status == 200
        assert "confirmCardPayment" in response.read().decode()


def test_a_card_payment_in_rupiah_succeeds(localstripe):
    client = stripe_client()
    assert list(client.v1.payment_intents.list().auto_paging_iter()) == []  # an empty server
    intent = create_intent(client, "pm_card_visa")
    assert intent.status == "requires_confirmation"
    assert intent.amount == 15_000_000  # Rp150.000: IDR has two decimals at Stripe
    assert intent.client_secret.startswith(f"{intent.id}_secret_")

    confirmed = client.v1.payment_intents.confirm(intent.id)
    assert confirmed.status == "succeeded"

    stored = client.v1.payment_intents.retrieve(intent.id)
    assert stored.status == "succeeded"
    assert stored.currency == "idr"
    assert from_stripe_amount(stored.amount, stored.currency) == 150_000
    assert stored.metadata["order"] == "PK-TEST"


def test_flushing_empties_localstripe(localstripe):
    # What the `localstripe` fixture does before each test.
    client = stripe_client()
    intent = create_intent(client, "pm_card_visa")
    assert [found.id for found in client.v1.payment_intents.list().auto_paging_iter()] == [
        intent.id
    ]
    localstripe.flush()
    assert list(client.v1.payment_intents.list().auto_paging_iter()) == []


def test_a_declined_card_fails(localstripe):
    client = stripe_client()
    # Declined when charged (4000 0000 0000 0341).
    intent = create_intent(client, "pm_card_chargeCustomerFail")
    with pytest.raises(stripe.CardError) as error:
        client.v1.payment_intents.confirm(intent.id)
    assert error.value.code == "card_declined"

    stored = client.v1.payment_intents.retrieve(intent.id)
    assert stored.status == "requires_payment_method"
    assert stored.last_payment_error.code == "card_declined"


def test_localstripe_declines_charge_declined_only_when_attached(localstripe):
    """A gap of localstripe 1.15.10 to keep in mind: Stripe declines pm_card_visa_chargeDeclined
    (4000 0000 0000 0002) on confirmation, localstripe only when it is attached to a customer,
    and lets the payment succeed. Tests of a declined payment use pm_card_chargeCustomerFail
    (4000 0000 0000 0341). This test fails the day localstripe behaves like Stripe."""
    client = stripe_client()
    intent = create_intent(client, "pm_card_visa_chargeDeclined")
    assert client.v1.payment_intents.confirm(intent.id).status == "succeeded"


class Receiver(ThreadingHTTPServer):
    """A webhook endpoint on 127.0.0.1 that keeps what it is sent."""

    def __init__(self):
        self.deliveries = queue.Queue()
        super().__init__(("127.0.0.1", 0), ReceiverHandler)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/webhook"


class ReceiverHandler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.deliveries.put((body, self.headers.get("Stripe-Signature")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format, *args):
        pass


@pytest.fixture
def receiver():
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_signed_webhook_is_delivered_and_verifies(localstripe, receiver):
    localstripe.register_webhook(receiver.url, events=["payment_intent.succeeded"])
    client = stripe_client()
    intent = create_intent(client, "pm_card_visa")
    client.v1.payment_intents.confirm(intent.id)

    # localstripe posts each event about a second later to the webhooks registered *then*: an
    # event of an earlier test may arrive here first. Each one is signed all the same.
    deadline = time.monotonic() + DELIVERY_TIMEOUT_SECONDS
    while True:
        try:
            body, signature = receiver.deliveries.get(timeout=max(0, deadline - time.monotonic()))
        except queue.Empty:
            pytest.fail(f"no webhook delivered; localstripe's log:\n{localstripe.log()}")
        assert signature.startswith("t=") and ",v1=" in signature
        event = stripe.Webhook.construct_event(body, signature, WEBHOOK_SECRET)
        assert event.type == "payment_intent.succeeded"
        if event.data.object.id == intent.id:
            break

    assert event.data.object.amount == 15_000_000
    assert event.data.object.currency == "idr"

    # The same delivery fails verification with another secret or a changed body.
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(body, signature, "whsec_another")
    tampered = body.replace(b"15000000", b"100")
    assert tampered != body
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(tampered, signature, WEBHOOK_SECRET)
