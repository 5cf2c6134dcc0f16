"""The small interface every payment method follows, and the ledger of their events.

A method starts a payment for an order and handles the events that follow (a provider's
webhook, an editor's check of a bank transfer). Each event is recorded once in the ledger
under its provider's id: a repeated, late or replayed event is recognised and changes nothing.
"""

from django.db import IntegrityError, transaction

from ..models import PaymentEvent


class PaymentProvider:
    method = ""

    def start(self, order):
        """Create (or find) the order's payment by this method."""
        raise NotImplementedError

    def apply(self, event):
        """Change the payment and its order for a newly recorded event."""
        raise NotImplementedError

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
