"""What the council's editors do to an order by hand: cancel it (with a refund when asked),
record a refund, set an artisan's part to a state the courier confirmed, and note things.

Every change writes an order note (who did what) and an entry in Wagtail's history of the
order. Errors are raised as OrderActionError (or RefundError) with a message for the editor;
nothing is changed then.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from .checkout import notifications
from .checkout.services import cancel_unpaid_order, give_back_to_stock
from .models import (
    DeliveryMethod,
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderNote,
    OrderStatus,
    Payment,
    PaymentStatus,
)
from .money import format_idr
from .payments.base import check_refund, refundable
from .payments.methods import provider_for

# The states an editor may set a part to by hand (cancelling goes through `cancel_order`).
EDITOR_STATES = [
    FulfilmentStatus.PAID,
    FulfilmentStatus.PACKED,
    FulfilmentStatus.SHIPPED,
    FulfilmentStatus.DELIVERED,
]
NOT_SENT = [FulfilmentStatus.PAID, FulfilmentStatus.PACKED]


class OrderActionError(Exception):
    """Why this change cannot be made to the order, for the editor."""


def received_payment(order):
    """The order's payment that was received (the one a refund gives back from), or None."""
    received = order.payments.filter(status__in=[PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED])
    return received.order_by("-created_at", "-pk").first()


def suggested_refund(order):
    """What cancelling the parts not yet sent would give back: their pieces and shipping
    (everything still refundable when no part was sent)."""
    payment = received_payment(order)
    if payment is None:
        return 0
    left = refundable(payment)
    parts = order.fulfilments.all()
    unsent = [part for part in parts if part.status in NOT_SENT]
    if len(unsent) == len(parts):
        return left
    lines = OrderLine.objects.filter(fulfilment__in=unsent)
    value = sum(line.unit_price * line.kept_quantity for line in lines)
    return min(value + sum(part.shipping_cost for part in unsent), left)


def record_change(order, user, action, text):
    note = OrderNote.objects.create(order=order, author=user, text=text)
    log(order, action, user=user, data={"text": text})
    return note


def with_reason(text, reason):
    reason = reason.strip()
    if not reason:
        return text
    return "\n".join([text, _("Reason: %(reason)s") % {"reason": reason}])


def add_note(order, user, text):
    """An editor's note on the order (a call with the buyer, a courier's delay)."""
    text = text.strip()
    if not text:
        raise OrderActionError(_("Write the note first."))
    return record_change(order, user, "catalog.order.note", text)


@transaction.atomic
def refund_payment(payment, user, amount, note="", event_id=None):
    """Record that `amount` was given back to the buyer; returns whether it was new (a form
    sent twice with the same `event_id` refunds once)."""
    payment = Payment.objects.select_related("order").get(pk=payment.pk)
    check_refund(payment, amount)  # above what was paid: that message first
    to_send = payment.order.fulfilments.filter(status__in=NOT_SENT)
    if payment.order.status == OrderStatus.PAID and amount >= payment.amount and to_send.exists():
        raise OrderActionError(
            _(
                "Parts of this order are still to be sent: cancel the order (with its refund) "
                "instead, so that the makers do not send them."
            )
        )
    if not provider_for(payment).refund(payment, amount, user, note, event_id=event_id):
        return False
    text = _("Refund of %(amount)s recorded (%(method)s).") % {
        "amount": format_idr(amount),
        "method": payment.get_method_display().lower(),
    }
    record_change(payment.order, user, "catalog.order.refund", with_reason(text, note))
    return True


@transaction.atomic
def cancel_order(order, user, *, reason="", refund_amount=0, refund_event_id=None):
    """Cancel what can still be cancelled of the order.

    Unpaid: the whole order, its pieces back in stock. Paid: each artisan's part not yet sent
    is cancelled and its pieces go back to stock; parts already sent go on (the order stays
    paid while any does). `refund_amount` (rupiah) is recorded as a refund of the received
    payment, in the same transaction: a refused refund cancels nothing.
    """
    order = Order.objects.select_for_update().get(pk=order.pk)
    unsent = []
    if order.status == OrderStatus.AWAITING_PAYMENT:
        if refund_amount:
            raise OrderActionError(_("This order was not paid: there is nothing to refund."))
        cancel_unpaid_order(order, reason=reason)
        text = _("Order cancelled before payment; its pieces went back to stock.")
    elif order.status == OrderStatus.PAID:
        text, unsent = _cancel_unsent_parts(order)
    else:
        raise OrderActionError(
            _("This order is %(status)s already: there is nothing to cancel.")
            % {"status": order.get_status_display().lower()}
        )
    record_change(order, user, "catalog.order.cancel", with_reason(text, reason))
    if refund_amount:
        payment = received_payment(order)
        if payment is None:
            raise OrderActionError(_("No payment was received for this order."))
        if not refund_payment(payment, user, refund_amount, reason, event_id=refund_event_id):
            refund_amount = 0  # recorded before (the same form sent twice)
    if unsent:
        notifications.paid_order_cancelled(order, unsent, refunded=refund_amount)
    return order


def _cancel_unsent_parts(order):
    # Locked: an artisan marking a part shipped meanwhile waits, and is then refused.
    parts = list(order.fulfilments.select_for_update().select_related("artisan").order_by("pk"))
    unsent = [part for part in parts if part.status in NOT_SENT]
    if not unsent:
        raise OrderActionError(
            _("Every part of this order has been sent already: there is nothing left to cancel.")
        )
    for line in OrderLine.objects.filter(fulfilment__in=unsent, stock_reserved=True):
        give_back_to_stock(line)
    Fulfilment.objects.filter(pk__in=[part.pk for part in unsent], status__in=NOT_SENT).update(
        status=FulfilmentStatus.CANCELLED
    )
    names = ", ".join(str(part.artisan) for part in unsent)
    kept = [
        part for part in parts if part not in unsent and part.status != FulfilmentStatus.CANCELLED
    ]
    if not kept:
        order.status = OrderStatus.CANCELLED
        order.save(update_fields=["status"])
        text = _(
            "Paid order cancelled: the parts of %(names)s were not sent yet and their "
            "pieces went back to stock."
        ) % {"names": names}
        return text, unsent
    text = _(
        "Parts of %(names)s cancelled (not sent yet; their pieces went back to stock). "
        "Parts already sent go on: %(kept)s."
    ) % {"names": names, "kept": ", ".join(str(part.artisan) for part in kept)}
    return text, unsent


@transaction.atomic
def set_fulfilment(fulfilment, user, status, courier="", tracking_number="", note=""):
    """Set an artisan's part by hand (the courier confirmed delivery, a tracking number was
    mistyped). Returns the part; raises OrderActionError when the change is not possible."""
    part = Fulfilment.objects.select_for_update().select_related("order", "artisan")
    part = part.get(pk=fulfilment.pk)
    if part.order.status != OrderStatus.PAID or part.status == FulfilmentStatus.CANCELLED:
        raise OrderActionError(
            _("This part is %(status)s: only parts of a paid order can be set by hand.")
            % {"status": part.get_status_display().lower()}
        )
    if status not in EDITOR_STATES:
        raise OrderActionError(_("Choose one of the states offered."))
    courier, tracking_number = courier.strip(), tracking_number.strip()
    sent = status in (FulfilmentStatus.SHIPPED, FulfilmentStatus.DELIVERED)
    by_courier = part.order.delivery_method == DeliveryMethod.COURIER
    if sent and by_courier and not (courier and tracking_number):
        raise OrderActionError(
            _("A part sent by courier needs the courier and the tracking number (resi).")
        )
    changes = _changes(part, status, courier, tracking_number)
    if not changes:
        raise OrderActionError(_("Nothing was changed."))
    was = part.status
    part.status, part.courier, part.tracking_number = status, courier, tracking_number
    part.save()
    if status != was and status == FulfilmentStatus.SHIPPED:
        notifications.part_shipped(part)
    elif status != was and status == FulfilmentStatus.DELIVERED:
        notifications.part_delivered(part)
    text = _("Part of %(artisan)s: %(changes)s.") % {
        "artisan": part.artisan,
        "changes": "; ".join(changes),
    }
    record_change(part.order, user, "catalog.order.fulfilment", with_reason(text, note))
    return part


def _changes(part, status, courier, tracking_number):
    changes = []
    if status != part.status:
        changes.append(
            _("state %(old)s → %(new)s")
            % {
                "old": part.get_status_display().lower(),
                "new": FulfilmentStatus(status).label.lower(),
            }
        )
    if courier != part.courier:
        changes.append(_("courier “%(value)s”") % {"value": courier or "-"})
    if tracking_number != part.tracking_number:
        changes.append(_("tracking number “%(value)s”") % {"value": tracking_number or "-"})
    return changes
