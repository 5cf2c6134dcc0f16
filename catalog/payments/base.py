"""The small interface every payment method follows, and the ledger of their events.

A method starts a payment for an order, handles the events that follow (a provider's
webhook, an editor's check of a bank transfer) and gives money back (a refund). Each event is
recorded once in the ledger under its provider's id: a repeated, late or replayed event is
recognised and changes nothing.
"""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ..models import PaymentEvent, PaymentStatus
from ..money import format_idr


class RefundError(Exception):
    """Why this refund cannot be made, for the editor."""


def refundable(payment):
    """What may still be given back of this payment: received, less what was refunded."""
    if payment.status not in (PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED):
        return 0
    return max(payment.amount - payment.refunded_amount, 0)


def check_refund(payment, amount):
    """Raise RefundError unless `amount` rupiah can be given back of `payment` now."""
    if payment.status not in (PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED):
        raise RefundError(_("Only a payment that was received can be refunded."))
    if amount <= 0:
        raise RefundError(_("Give an amount to refund above zero."))
    left = refundable(payment)
    if amount > left:
        raise RefundError(
            _("%(amount)s is more than can be refunded: %(left)s was paid and not yet given back.")
            % {"amount": format_idr(amount), "left": format_idr(left)}
        )


class PaymentProvider:
    method = ""

    def start(self, order):
        """Create (or find) the order's payment by this method."""
        raise NotImplementedError

    def apply(self, event):
        """Change the payment and its order for a newly recorded event."""
        raise NotImplementedError

    def refund(self, payment, amount, user, note="", event_id=None):
        """Give `amount` rupiah of `payment` back to the buyer, in part or in full.

        Never more than was paid less what was already refunded (`check_refund` raises
        RefundError with the reason). Recorded as one event in the ledger: `event_id` names
        this one refund (the editor's form carries it, so a form sent twice refunds once);
        without it a new id is made. When everything has been given back the payment is
        REFUNDED. Returns whether the refund was new.
        """
        raise NotImplementedError

    def seen(self, event_id):
        """Whether the ledger already holds this event of this provider."""
        return bool(event_id) and (
            PaymentEvent.objects.filter(provider=self.method, event_id=event_id).exists()
        )

    def handle_event(self, event_id, kind, payment=None, data=None):
        """Record the event once and apply it; returns whether it was new."""
        with transaction.atomic():
            try:
                with transaction.atomic():
                    event = PaymentEvent.objects.create(
                        provider=self.method,
                        event_id=event_id,
                        kind=kind,
                        payment=payment,
                        data=data or {},
                    )
            except IntegrityError:
                return False  # seen before
            self.apply(event)
        return True
