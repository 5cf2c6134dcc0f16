"""Refunds of chosen pieces of a paid order: an editor picks lines, and how many pieces of each,
on the order's admin page.

- The amount is worked out here, from the prices frozen on the lines (price per piece x
  pieces). Shipping goes back with a whole part only: when every piece of an artisan's part not
  sent yet is refunded, the part is cancelled and its shipping refunded with it. A part already
  sent has cost its shipping, whatever comes back. Never more than is left of the payment: the
  amount is capped, and the note says so.
- The money goes back through the payment's provider (Stripe, or the record of the council's
  bank transfer) under the form's own event id: a form sent twice refunds once.
- Pieces of a part not sent yet go back to stock, once: the line counts its refunded pieces
  (`OrderLine.refunded_quantity`) and its artisan sends the rest. Pieces of a part already sent
  go back to stock only when the editor says they came back.
- The order's notes and its Wagtail history record it; the buyer is told (in the language they
  ordered in) and so are the artisans whose parts not sent yet lose pieces.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import line_refund_notices as notices
from .checkout.services import return_to_stock
from .models import Fulfilment, FulfilmentStatus, Order, OrderLine, OrderStatus, Payment
from .money import format_idr
from .order_actions import (
    NOT_SENT,
    OrderActionError,
    provider_for,
    received_payment,
    record_change,
)
from .payments.base import refundable


@dataclass
class RefundedPieces:
    """Pieces of one line to refund, and whether they go back to stock."""

    line: OrderLine
    part: Fulfilment
    pieces: int
    sent: bool  # the part had been sent when the pieces were refunded
    restocked: bool

    @property
    def value(self):
        return self.line.unit_price * self.pieces


@dataclass
class LineRefund:
    """A refund of pieces: what it gives back, and what it does to the order's parts."""

    order: Order
    payment: Payment
    pieces: list
    cancelled: list  # parts not sent yet left with nothing to send: cancelled
    amount: int = 0  # what goes back: the value, within what is left of the payment

    @property
    def shipping(self):
        return sum(part.shipping_cost for part in self.cancelled)

    @property
    def value(self):
        return sum(item.value for item in self.pieces) + self.shipping

    @property
    def capped(self):
        return self.amount < self.value

    @property
    def unsent_parts(self):
        """The parts not sent yet that lose pieces (their artisans are told)."""
        parts = {item.part.pk: item.part for item in self.pieces if not item.sent}
        return list(parts.values())


class _RecordedAlready(Exception):
    """This form's refund is in the ledger already: what was begun is undone."""


def label(line):
    if line.variant_label:
        return f"{line.product_name} — {line.variant_label}"
    return line.product_name


def plan_refund(order, quantities, came_back=False, *, lock=False):
    """The LineRefund that refunding `quantities` ({line pk: pieces}) of `order` would make,
    changing nothing; raises OrderActionError when it cannot be made. `lock` locks the order,
    its parts and lines (inside a transaction) for the refund itself."""
    orders = Order.objects.select_for_update() if lock else Order.objects
    order = orders.get(pk=order.pk)
    if order.status != OrderStatus.PAID:
        raise OrderActionError(
            _("This order is %(status)s: only pieces of a paid order can be refunded.")
            % {"status": order.get_status_display().lower()}
        )
    payment = received_payment(order)
    if payment is None:
        raise OrderActionError(_("No payment was received for this order."))
    wanted = {int(pk): pieces for pk, pieces in quantities.items() if pieces}
    if not wanted:
        raise OrderActionError(_("Give the number of pieces to refund of at least one line."))
    parts, lines = order.fulfilments.select_related("artisan"), order.lines.all()
    if lock:
        parts, lines = parts.select_for_update(), lines.select_for_update()
    parts = {part.pk: part for part in parts.order_by("pk")}
    lines = {line.pk: line for line in lines.order_by("pk")}
    chosen = []
    for pk, pieces in sorted(wanted.items()):
        if pk not in lines:
            raise OrderActionError(_("This form no longer matches the order: reload the page."))
        line = lines[pk]
        part = parts[line.fulfilment_id]
        _check(line, part, pieces)
        sent = part.status not in NOT_SENT
        restocked = line.stock_reserved and (came_back or not sent)
        chosen.append(RefundedPieces(line, part, pieces, sent, restocked))
    refund = LineRefund(order, payment, chosen, _emptied(parts, lines, chosen))
    refund.amount = min(refund.value, refundable(payment))
    if refund.amount <= 0:
        raise OrderActionError(_("Everything received for this order has been given back already."))
    return refund


def _check(line, part, pieces):
    if pieces < 0:
        raise OrderActionError(_("A number of pieces cannot be below zero."))
    if part.status == FulfilmentStatus.CANCELLED:
        raise OrderActionError(
            _(
                "The part of %(artisan)s is cancelled: its pieces were dealt with then. Record "
                "a refund of the payment if money is still owed."
            )
            % {"artisan": part.artisan}
        )
    left = line.kept_quantity
    if pieces > left:
        if not left:
            raise OrderActionError(
                _("Every piece of “%(product)s” has been refunded already.")
                % {"product": label(line)}
            )
        raise OrderActionError(
            ngettext(
                "Only %(left)d piece of “%(product)s” is left to refund (%(refunded)d of "
                "%(quantity)d refunded already).",
                "Only %(left)d pieces of “%(product)s” are left to refund (%(refunded)d of "
                "%(quantity)d refunded already).",
                left,
            )
            % {
                "left": left,
                "product": label(line),
                "refunded": line.refunded_quantity,
                "quantity": line.quantity,
            }
        )


def _emptied(parts, lines, chosen):
    """The parts not sent yet that these pieces leave with nothing to send."""
    taken = {item.line.pk: item.pieces for item in chosen}
    touched = {item.part.pk for item in chosen if not item.sent}
    return [
        part
        for pk, part in parts.items()
        if pk in touched
        and all(
            line.kept_quantity == taken.get(line.pk, 0)
            for line in lines.values()
            if line.fulfilment_id == pk
        )
    ]


def refund_lines(
    order, user, quantities, *, came_back=False, note="", event_id=None, expected_amount=None
):
    """Refund `quantities` ({line pk: pieces}) of the paid `order` through its payment's
    provider, once per `event_id`: returns the LineRefund, or None when this form's refund
    had been recorded already (nothing is changed then). Raises OrderActionError or
    RefundError, with nothing changed, when it cannot be made (more pieces than are left,
    a line of a cancelled part, nothing left of the payment, an amount other than
    `expected_amount`, the one the editor saw)."""
    try:
        return _refund_lines(
            order, user, quantities, came_back, note.strip(), event_id, expected_amount
        )
    except _RecordedAlready:
        return None


@transaction.atomic
def _refund_lines(order, user, quantities, came_back, note, event_id, expected_amount):
    order = Order.objects.select_for_update().get(pk=order.pk)
    payment = received_payment(order)
    if payment is not None and provider_for(payment).seen(event_id):
        raise _RecordedAlready
    refund = plan_refund(order, quantities, came_back, lock=True)
    if expected_amount is not None and refund.amount != expected_amount:
        raise OrderActionError(
            _("The amount to refund is now %(amount)s: check it and confirm again.")
            % {"amount": format_idr(refund.amount)}
        )
    text = notices.order_note(refund, note)  # the parts' states before the refund
    event_note = "\n".join(filter(None, [notices.pieces_summary(refund), note]))
    _take_back(refund)
    if not provider_for(refund.payment).refund(
        refund.payment, refund.amount, user, event_note, event_id=event_id
    ):
        raise _RecordedAlready  # the same form, sent at the same moment, got there first
    record_change(refund.order, user, "catalog.order.line_refund", text)
    notices.tell_buyer_and_makers(refund)
    return refund


def _take_back(refund):
    """The pieces out of the order (and back to stock where they go), once; the parts left
    with nothing to send cancelled, and the order with them when no part is left."""
    for item in refund.pieces:
        line = item.line
        counted = OrderLine.objects.filter(
            pk=line.pk, refunded_quantity=line.refunded_quantity
        ).update(refunded_quantity=F("refunded_quantity") + item.pieces)
        if not counted:  # a guard: the lines are locked, or written one at a time
            raise OrderActionError(_("This order changed meanwhile: reload the page."))
        if item.restocked:
            return_to_stock(line, item.pieces)
        line.refunded_quantity += item.pieces
    if not refund.cancelled:
        return
    cancelled = [part.pk for part in refund.cancelled]
    Fulfilment.objects.filter(pk__in=cancelled, status__in=NOT_SENT).update(
        status=FulfilmentStatus.CANCELLED
    )
    OrderLine.objects.filter(fulfilment__in=cancelled).update(stock_reserved=False)
    for part in refund.cancelled:
        part.status = FulfilmentStatus.CANCELLED
    order = refund.order
    if not order.fulfilments.exclude(status=FulfilmentStatus.CANCELLED).exists():
        order.status = OrderStatus.CANCELLED
        order.save(update_fields=["status"])
