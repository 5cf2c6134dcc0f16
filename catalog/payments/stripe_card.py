"""Card payments through Stripe PaymentIntents.

`start` creates the order's PaymentIntent once (an idempotency key derived from the order, so a
retried request or a double click creates one), for the amount of the server's order total in
rupiah or, for buyers abroad when the council chooses so, in their display currency. The card is
confirmed in the buyer's browser with Stripe.js; Stripe then tells us through the webhook
(`handle_stripe_event`), and each event is applied once through the ledger, after its intent,
currency and amount were checked against the payment.

- succeeded: the order is paid. An order that a failed attempt of this same payment had
  cancelled is paid again when its pieces are all still in stock (the buyer retried with
  another card before the failure arrived); otherwise the money is recorded for a refund.
- failed: the order is cancelled, its pieces go back to stock, the buyer is told to order again
  and pay with another card or by bank transfer. A failure after a success changes nothing.
- Whenever an unpaid order closes (failed, expired, cancelled), its intent is cancelled at
  Stripe once the change is committed, so that an old page cannot charge a closed order.
- A refund goes through Stripe (never more than was received less what was refunded).
"""

import logging
import uuid
from decimal import ROUND_DOWN, Decimal

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

import stripe

from ..checkout import notifications
from ..checkout.services import (
    CheckoutError,
    cancel_unpaid_order,
    mark_order_paid,
    take_from_stock,
)
from ..currencies import RUPIAH
from ..models import (
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
)
from .base import PaymentProvider, RefundError, check_refund
from .stripe_amounts import order_charge
from .stripe_client import (
    card_payments_enabled,
    export_pays_in_display_currency,
    stripe_client,
)

logger = logging.getLogger(__name__)

SUCCEEDED, FAILED, REFUNDED = "succeeded", "failed", "refunded"
# Stripe's event types and what each is to the ledger (any other type is acknowledged).
EVENT_KINDS = {
    "payment_intent.succeeded": SUCCEEDED,
    "payment_intent.payment_failed": FAILED,
}


def charge_currency(order):
    """What the buyer pays in: rupiah, or an export buyer's display currency when the council
    lets buyers abroad pay in it."""
    if order.display_currency != RUPIAH and export_pays_in_display_currency():
        return order.display_currency
    return RUPIAH


class StripeCard(PaymentProvider):
    method = PaymentMethod.CARD

    def start(self, order):
        """The order's card payment with its PaymentIntent, created once."""
        with transaction.atomic():
            # One start at a time per order (PostgreSQL; SQLite has one writer anyway).
            order = Order.objects.select_for_update().get(pk=order.pk)
            payment, _created = Payment.objects.get_or_create(
                order=order,
                method=self.method,
                defaults={"amount": order.total, "reference": order.number},
            )
            if payment.provider_reference:
                return payment
            if order.status != OrderStatus.AWAITING_PAYMENT:
                raise CheckoutError(_("This order is no longer waiting for a payment."))
            currency, minor = order_charge(order, charge_currency(order))
            intent = stripe_client().v1.payment_intents.create(
                params={
                    "amount": minor,
                    "currency": currency,
                    "payment_method_types": ["card"],
                    "metadata": {"order": order.number},
                },
                options={"idempotency_key": f"pasar-kriya-order-{order.pk}-{order.number}"},
            )
            payment.provider_reference = intent.id
            payment.charged_currency, payment.charged_minor = currency, minor
            payment.save(
                update_fields=[
                    "provider_reference",
                    "charged_currency",
                    "charged_minor",
                    "updated_at",
                ]
            )
        return payment

    def client_secret(self, payment):
        """The secret Stripe.js confirms the card with on the buyer's page."""
        intent = stripe_client().v1.payment_intents.retrieve(payment.provider_reference)
        return intent.client_secret

    # Events -------------------------------------------------------------------------------

    def handle_stripe_event(self, event):
        """A verified Stripe event: applied once; returns whether it was new and applied.
        Events of other types, or of an intent that is not ours, are acknowledged and ignored."""
        kind = EVENT_KINDS.get(event.type)
        if kind is None:
            return False
        intent = event.data.object.to_dict()
        payment = Payment.objects.filter(
            method=self.method, provider_reference=intent.get("id") or "-"
        ).first()
        if payment is None:
            return False
        return self.handle_event(event.id, kind, payment, self._event_data(intent))

    @staticmethod
    def _event_data(intent):
        error = intent.get("last_payment_error") or {}
        return {
            "intent": intent.get("id"),
            "currency": intent.get("currency"),
            "amount": intent.get("amount"),
            "error": error.get("message") or error.get("code") or "",
        }

    def check(self, payment):
        """Ask Stripe how the payment stands (the buyer is back from paying, and the webhook
        may not have arrived yet); a success is applied through the ledger as the webhook's
        would be, with the same checks. Returns the intent's status."""
        intent = stripe_client().v1.payment_intents.retrieve(payment.provider_reference)
        if intent.status == "succeeded":
            data = self._event_data(intent.to_dict())
            self.handle_event(f"checked-{intent.id}", SUCCEEDED, payment, data)
        return intent.status

    def apply(self, event):
        payment = (
            Payment.objects.select_for_update().select_related("order").get(pk=event.payment_id)
        )
        if event.kind == REFUNDED:
            return self._apply_refund(payment, event.data)
        refused = self._mismatch(payment, event.data)
        if refused:
            logger.warning("Stripe event %s refused: %s", event.event_id, refused)
            event.data = {**event.data, "refused": refused}
            event.save(update_fields=["data"])
            return None
        if event.kind == SUCCEEDED:
            return self._succeeded(payment)
        if event.kind == FAILED:
            return self._failed(payment, event.data.get("error", ""))
        return None

    @staticmethod
    def _mismatch(payment, data):
        """Why this event does not belong to this payment, or "" when it does."""
        if data.get("intent") != payment.provider_reference:
            return "intent"
        if data.get("currency") != payment.charged_currency:
            return "currency"
        if data.get("amount") != payment.charged_minor:
            return "amount"
        return ""

    def _succeeded(self, payment):
        if payment.status in (PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED):
            return
        order = payment.order
        was_failed = payment.status == PaymentStatus.FAILED
        payment.status, payment.note = PaymentStatus.SUCCEEDED, ""
        if not mark_order_paid(order):
            order.refresh_from_db()
            if not (was_failed and self._pay_again(payment, order)):
                payment.note = _("Received for an order that was already closed: refund it.")
        payment.save(update_fields=["status", "note", "updated_at"])

    def _pay_again(self, payment, order):
        """An order this card payment's failure had cancelled, now paid after all (the buyer
        retried before the failure arrived): paid again when every piece is still in stock."""
        if order.status != OrderStatus.CANCELLED:
            return False
        if not payment.events.filter(kind=FAILED, data__refused__isnull=True).exists():
            return False  # cancelled by the buyer or the council, not by this payment
        try:
            with transaction.atomic():
                lines = OrderLine.objects.filter(order=order).select_related("product", "variant")
                for line in lines:
                    if line.product_id and take_from_stock(
                        line.product, line.variant, line.quantity
                    ):
                        OrderLine.objects.filter(pk=line.pk).update(stock_reserved=True)
        except CheckoutError:
            return False  # a piece was sold meanwhile: the money goes back
        Order.objects.filter(pk=order.pk).update(status=OrderStatus.PAID)
        order.fulfilments.update(status=FulfilmentStatus.PAID)
        order.status = OrderStatus.PAID
        notifications.payment_confirmed(order)
        return True

    def _failed(self, payment, error):
        if payment.status != PaymentStatus.PENDING:
            return  # paid, refunded or failed already: a late failure changes nothing
        with translation.override(payment.order.language):  # the buyer's email
            reason = _(
                "Your card payment did not go through, so the pieces were released. To buy "
                "them, place the order again and pay with another card or by bank transfer."
            )
        cancel_unpaid_order(payment.order, reason=reason)
        payment.status, payment.note = PaymentStatus.FAILED, error
        payment.save(update_fields=["status", "note", "updated_at"])

    def cancel_intents(self, order):
        """The intents of a closed order can no longer be paid, so that an old page cannot
        charge it (best effort: a payment that succeeded meanwhile arrives as its own event,
        and the money is marked for a refund)."""
        if not card_payments_enabled():
            return
        references = order.payments.filter(method=self.method).exclude(provider_reference="")
        for reference in references.values_list("provider_reference", flat=True):
            try:
                stripe_client().v1.payment_intents.cancel(reference)
            except stripe.StripeError as error:
                logger.info("PaymentIntent %s not cancelled: %s", reference, error)

    # Refunds ------------------------------------------------------------------------------

    def refund(self, payment, amount, user, note="", event_id=None):
        """Give `amount` rupiah back through Stripe, once per `event_id`."""
        if self.seen(event_id):
            return False
        event_id = event_id or f"refund-{uuid.uuid4()}"
        with transaction.atomic():
            payment = Payment.objects.select_for_update().get(pk=payment.pk)
            check_refund(payment, amount)  # before Stripe is asked for anything
            minor = self._refund_minor(payment, amount)
            try:
                refund = stripe_client().v1.refunds.create(
                    params={"payment_intent": payment.provider_reference, "amount": minor},
                    options={"idempotency_key": f"pasar-kriya-{event_id}"},
                )
            except stripe.StripeError as error:
                logger.warning("Stripe refused the refund of %s: %s", payment.pk, error)
                raise RefundError(
                    _("Stripe did not make the refund (%(error)s); nothing was recorded.")
                    % {"error": error.user_message or error.code or _("no answer")}
                ) from error
            data = {"by": getattr(user, "pk", None), "amount": amount, "minor": minor}
            data.update(note=note, refund=refund.id)
            return self.handle_event(event_id, REFUNDED, payment, data)

    @staticmethod
    def _refund_minor(payment, amount):
        """`amount` rupiah in the currency charged: the rest of the charge for the last of the
        money, a proportional share (rounded down) otherwise."""
        given_back = sum(
            event.data.get("minor", 0) for event in payment.events.filter(kind=REFUNDED)
        )
        if amount >= payment.amount - payment.refunded_amount:
            return payment.charged_minor - given_back
        share = Decimal(payment.charged_minor) * amount / payment.amount
        return int(share.to_integral_value(ROUND_DOWN))

    def _apply_refund(self, payment, data):
        check_refund(payment, data["amount"])  # again, on the locked row
        payment.refunded_amount += data["amount"]
        if payment.refunded_amount >= payment.amount:
            payment.status = PaymentStatus.REFUNDED
        payment.save(update_fields=["refunded_amount", "status", "updated_at"])


stripe_card = StripeCard()
