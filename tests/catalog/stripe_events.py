"""Stripe events built and signed by the tests (where localstripe cannot send them: duplicates,
out-of-order, mismatched or forged deliveries), and orders to pay by card."""

import hashlib
import hmac
import json
import time
import uuid

from django.urls import reverse

from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import Cart
from tests.catalog.factories import ProductFactory

from .stripe_server import WEBHOOK_SECRET

DETAILS = {
    "name": "Rina",
    "email": "rina@example.com",
    "phone": "081234567890",
    "delivery": "pickup",
}


def card_order(price=75_000, quantity=2, stock=5):
    """An unpaid order of `quantity` pieces at `price` (Rp150.000 by default), by pickup."""
    product = ProductFactory(stock=stock, price=price)
    cart = Cart.objects.create()
    add_to_cart(cart, product, None, quantity)
    order = place_order(cart, **DETAILS)
    order.product = product
    return order


def intent_event(payment, kind="succeeded", event_id=None, **changes):
    """A payment_intent.<kind> event for `payment`'s intent; `changes` alter the intent."""
    intent = {
        "id": payment.provider_reference,
        "object": "payment_intent",
        "amount": payment.charged_minor,
        "currency": payment.charged_currency,
        "status": "succeeded" if kind == "succeeded" else "requires_payment_method",
        "metadata": {"order": payment.order.number},
        "last_payment_error": None,
    }
    if kind == "payment_failed":
        intent["last_payment_error"] = {"code": "card_declined", "message": "Card declined"}
    intent.update(changes)
    return {
        "id": event_id or f"evt_{uuid.uuid4().hex}",
        "object": "event",
        "type": f"payment_intent.{kind}",
        "created": int(time.time()),
        "data": {"object": intent},
    }


def signature(payload, secret=WEBHOOK_SECRET, timestamp=None):
    """The Stripe-Signature header Stripe would send with `payload` (bytes)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signed = f"{timestamp}.".encode() + payload
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def post_event(client, event, secret=WEBHOOK_SECRET, timestamp=None, payload=None):
    """Deliver `event` to the webhook, signed with `secret`, as Stripe would."""
    body = json.dumps(event).encode() if payload is None else payload
    return client.post(
        reverse("stripe_webhook"),
        data=body,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature(body, secret, timestamp),
    )
