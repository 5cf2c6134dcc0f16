"""Stripe's webhook: the signature (and its timestamp) is checked before anything is read; the
event is then applied through the ledger (once per event id) and Stripe gets its 200 at once.

Outside the language prefix (Stripe posts to one fixed address), no CSRF token (Stripe cannot
send one: the signature stands in for it), POST only.
"""

import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

import stripe

from .stripe_card import stripe_card

logger = logging.getLogger(__name__)

# Seconds an event's signature stays valid (Stripe's own default): a replay of an old delivery
# is refused even with a good signature.
TOLERANCE_SECONDS = 300


@csrf_exempt
@require_POST
def stripe_webhook(request):
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        return HttpResponseBadRequest("Card payments are not configured.")
    try:
        event = stripe.Webhook.construct_event(
            request.body,
            request.headers.get("Stripe-Signature", ""),
            secret,
            tolerance=TOLERANCE_SECONDS,
        )
    except (ValueError, stripe.SignatureVerificationError) as error:
        logger.warning("Stripe webhook refused: %s", error)
        return HttpResponseBadRequest("Invalid payload or signature.")
    try:
        stripe_card.handle_stripe_event(event)
    except (AttributeError, KeyError, TypeError) as error:
        # Signed by Stripe but not shaped like the events we handle: nothing to do with it.
        logger.warning("Stripe event %s ignored: %r", getattr(event, "id", "?"), error)
    return HttpResponse(status=200)
