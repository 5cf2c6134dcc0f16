"""The official `stripe` library, configured from the settings on each call.

A `stripe.StripeClient` holds its own key and address, so nothing global is set (no
`stripe.api_key`): the tests point the settings at localstripe and each call follows them.
Calls go through the client's `v1` services (stripe-python 12.5 and later; the older
`client.payment_intents` style is deprecated from 13).
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

import stripe

# Seconds to wait for Stripe before giving up (the library's default is 80: a buyer's page
# would hang). A call that times out, cannot connect or gets a 409 or 5xx answer is tried once
# more (with the same idempotency key, so a create Stripe did receive is not made twice). At
# worst a call takes 2 x 8 s plus a pause of at most 0.5 s: the checkout, which also sends the
# order's emails (catalog.outbox waits at most 10 s for the mail server), stays under
# gunicorn's 30 s worker timeout.
TIMEOUT_SECONDS = 8
NETWORK_RETRIES = 1

EXPORT_PAYMENT_CURRENCIES = ("IDR", "display")


def card_payments_enabled():
    """True when the secret key, the publishable key and the webhook secret are all set."""
    return all(
        (
            settings.STRIPE_SECRET_KEY,
            settings.STRIPE_PUBLISHABLE_KEY,
            settings.STRIPE_WEBHOOK_SECRET,
        )
    )


def stripe_client():
    """A `stripe.StripeClient` for the configured key and API address."""
    if not card_payments_enabled():
        raise ImproperlyConfigured(
            "Card payments need STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY and "
            "STRIPE_WEBHOOK_SECRET."
        )
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        base_addresses={"api": settings.STRIPE_API_BASE.rstrip("/")},
        max_network_retries=NETWORK_RETRIES,
        http_client=stripe.RequestsClient(timeout=TIMEOUT_SECONDS),
    )


def export_pays_in_display_currency():
    """True when buyers abroad pay in their display currency, False when they pay in rupiah."""
    value = settings.EXPORT_PAYMENT_CURRENCY
    if value not in EXPORT_PAYMENT_CURRENCIES:
        raise ImproperlyConfigured(
            f"EXPORT_PAYMENT_CURRENCY must be one of {', '.join(EXPORT_PAYMENT_CURRENCIES)}, "
            f"not {value!r}."
        )
    return value == "display"
