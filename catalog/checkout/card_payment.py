"""Paying an order by card on its page: Stripe.js takes the card in the buyer's browser and
confirms the order's PaymentIntent; these views give it the intent to confirm and, once the
buyer is back, ask Stripe how the payment stands. The amount is always the server's (the
intent is created from the order's total); the webhook completes the order even if the buyer
never comes back."""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

import stripe

from ..currencies import RUPIAH, format_amount
from ..models import Order, OrderStatus, PaymentMethod, PaymentStatus
from ..money import format_idr
from ..payments.stripe_amounts import StripeAmountError, from_stripe_amount, order_charge
from ..payments.stripe_card import charge_currency, stripe_card
from ..payments.stripe_client import card_payments_enabled
from .services import CheckoutError

logger = logging.getLogger(__name__)

# What the buyer reads once back from Stripe.js, by the intent's status.
PAID_STATES = {"succeeded"}
UNDER_WAY_STATES = {"processing", "requires_capture"}

UNAVAILABLE = gettext_lazy(
    "Card payment is not available right now: try again in a few minutes, or pay by bank transfer."
)
PROOF_BEING_CHECKED = gettext_lazy(
    "You have sent a proof of transfer: the Dekranasda is checking it, so there is nothing to "
    "pay by card."
)
BEING_CONFIRMED = gettext_lazy(
    "Your card payment is being confirmed; this page shows it as paid once the bank has "
    "confirmed it."
)
NOT_THROUGH = gettext_lazy(
    "Your card payment did not go through. Try again with another card, or pay by bank transfer."
)


def start_card_payment(order):
    """The order's PaymentIntent, created once; returns why it could not be, or ""."""
    try:
        stripe_card.start(order)
    except StripeAmountError as error:
        return f"{error} {_('Pay by bank transfer instead.')}"
    except CheckoutError as error:
        return str(error)
    except stripe.StripeError:
        logger.exception("No PaymentIntent for order %s", order.number)
        return str(UNAVAILABLE)
    return ""


def card_payment_of(order):
    return order.payments.filter(method=PaymentMethod.CARD).first()


def charge_text(order, payment=None):
    """What the card will be charged, as the buyer reads it ("Rp150.000", "US$9,23")."""
    if payment is not None and payment.charged_currency:
        currency, minor = payment.charged_currency, payment.charged_minor
    else:
        currency, minor = order_charge(order, charge_currency(order))
    code = currency.upper()
    if code == RUPIAH:
        return format_idr(order.total)
    return format_amount(from_stripe_amount(minor, code), code)


def card_context(order, card_payment):
    """What the order page needs to offer the card: None when cards are off or the order is
    not waiting for payment; the reason instead of the form when this order cannot be paid
    by card."""
    if not card_payments_enabled() or order.status != OrderStatus.AWAITING_PAYMENT:
        return None
    context = {
        "payment": card_payment,
        "publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
        "js_url": settings.STRIPE_JS_URL,
    }
    try:
        context["amount"] = charge_text(order, card_payment)
    except StripeAmountError as error:
        context["problem"] = str(error)
    return context


def _order_for_card(token):
    if not card_payments_enabled():
        raise Http404
    return get_object_or_404(Order, access_token=token)


@require_POST
def card_intent(request, token):
    """The client secret Stripe.js confirms the card with (JSON), the intent made if needed.
    Refused once the order is no longer waiting for payment, or a transfer is being checked
    (the buyer would pay twice)."""
    order = _order_for_card(token)
    if order.status != OrderStatus.AWAITING_PAYMENT:
        return JsonResponse(
            {"error": _("This order is no longer waiting for a payment.")}, status=409
        )
    if order.payments.filter(status=PaymentStatus.PROOF_SENT).exists():
        return JsonResponse({"error": str(PROOF_BEING_CHECKED)}, status=409)
    problem = start_card_payment(order)
    if problem:
        return JsonResponse({"error": problem}, status=503)
    payment = card_payment_of(order)
    try:
        secret = stripe_card.client_secret(payment)
    except stripe.StripeError:
        logger.exception("PaymentIntent of order %s not retrieved", order.number)
        return JsonResponse({"error": str(UNAVAILABLE)}, status=503)
    return JsonResponse({"client_secret": secret})


@require_POST
def card_return(request, token):
    """The buyer is back from confirming the card: Stripe says how the payment stands (the
    browser's word is never taken), and the order page shows it."""
    order = _order_for_card(token)
    payment = card_payment_of(order)
    if payment is None or not payment.provider_reference:
        return redirect("checkout:order", token=token)
    try:
        status = stripe_card.check(payment)
    except stripe.StripeError:
        logger.exception("PaymentIntent of order %s not checked", order.number)
        status = "unknown"
    if status in PAID_STATES:
        messages.success(request, _("Thank you: your card payment was received."))
    elif status in UNDER_WAY_STATES or status == "unknown":
        messages.info(request, BEING_CONFIRMED)
    else:
        messages.error(request, NOT_THROUGH)
    return redirect("checkout:order", token=token)
