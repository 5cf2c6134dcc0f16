"""Bank transfer to the council's account: the buyer transfers with the order number as the
reference and uploads a proof; an editor checks the account and confirms or rejects. A refund
is the council transferring money back, recorded by the editor who made the transfer."""

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..checkout.services import cancel_unpaid_order, mark_order_paid
from ..models import OrderStatus, Payment, PaymentMethod, PaymentStatus
from .base import PaymentProvider, check_refund

CONFIRMED, REJECTED, REFUNDED = "confirmed", "rejected", "refunded"


class BankTransfer(PaymentProvider):
    method = PaymentMethod.BANK_TRANSFER

    def start(self, order):
        payment, _created = Payment.objects.get_or_create(
            order=order,
            method=self.method,
            defaults={"amount": order.total, "reference": order.number},
        )
        return payment

    @transaction.atomic
    def cancel_before_proof(self, order):
        """The buyer cancels an unpaid order, as long as no proof of transfer was sent (money
        may be on its way then: the council decides). Returns whether it was cancelled."""
        payment = (
            Payment.objects.select_for_update().filter(order=order, method=self.method).first()
        )
        if payment is not None and payment.status != PaymentStatus.PENDING:
            return False
        return cancel_unpaid_order(order)

    @transaction.atomic
    def submit_proof(self, payment, proof):
        """The buyer's proof of transfer, kept privately for the editor who checks it."""
        payment = Payment.objects.select_for_update().get(pk=payment.pk)
        if payment.status not in (PaymentStatus.PENDING, PaymentStatus.PROOF_SENT):
            return False
        if payment.order.status != OrderStatus.AWAITING_PAYMENT:
            return False
        if payment.order.expires_at <= timezone.now():
            return False  # too late: the order lapses; a transfer made now is refunded
        payment.proof.save(proof.name, proof, save=False)
        payment.status = PaymentStatus.PROOF_SENT
        payment.save(update_fields=["proof", "status", "updated_at"])
        return True

    def confirm(self, payment, user):
        """The money is in the council's account."""
        return self.handle_event(f"payment-{payment.pk}", CONFIRMED, payment, {"by": user.pk})

    def reject(self, payment, user, note):
        """No such transfer arrived: the order is cancelled and its pieces go back to stock."""
        data = {"by": user.pk, "note": note}
        return self.handle_event(f"payment-{payment.pk}", REJECTED, payment, data)

    def refund(self, payment, amount, user, note="", event_id=None):
        """The council has transferred `amount` back to the buyer's account."""
        if self.seen(event_id):
            return False  # this refund was recorded already (a form sent twice)
        check_refund(payment, amount)  # a clear error before anything is recorded
        data = {"by": user.pk, "amount": amount, "note": note}
        return self.handle_event(event_id or f"refund-{uuid.uuid4()}", REFUNDED, payment, data)

    def apply(self, event):
        payment = Payment.objects.select_for_update().get(pk=event.payment_id)
        if event.kind == REFUNDED:
            return self._apply_refund(payment, event.data["amount"])
        if event.kind == CONFIRMED:
            # The money is in the account whatever became of the order: recorded as received,
            # so that it can be refunded when the order had closed meanwhile.
            payment.status = PaymentStatus.SUCCEEDED
            if not mark_order_paid(payment.order):
                payment.note = _("Received for an order that was already closed: refund it.")
        elif event.kind == REJECTED:
            note = event.data.get("note", "")
            cancel_unpaid_order(payment.order, reason=note)
            payment.status, payment.note = PaymentStatus.FAILED, note
        payment.save(update_fields=["status", "note", "updated_at"])

    def _apply_refund(self, payment, amount):
        check_refund(payment, amount)  # again, on the locked row: the event is undone if not
        payment.refunded_amount += amount
        if payment.refunded_amount >= payment.amount:
            payment.status = PaymentStatus.REFUNDED
        payment.save(update_fields=["refunded_amount", "status", "updated_at"])


bank_transfer = BankTransfer()
