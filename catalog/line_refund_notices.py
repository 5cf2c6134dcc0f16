"""What a refund of pieces says: the order's note (for the council, in the editor's language),
and the emails to the buyer (in the language they ordered in) and to the artisans whose parts
not sent yet lose pieces (Indonesian), queued with the refund (see `catalog.outbox`)."""

from django.conf import settings
from django.utils.translation import gettext as _

from .checkout import notifications
from .models import PaymentMethod
from .money import format_idr
from .order_actions import with_reason
from .outbox import queue_email


def _line(item):
    line = item.line
    name = (
        f"{line.product_name} ({line.variant_label})" if line.variant_label else line.product_name
    )
    return f"{item.pieces} x {name}"


def pieces_summary(refund):
    """One line per refunded line, for the payment's ledger."""
    return "; ".join(f"{_line(item)}: {format_idr(item.value)}" for item in refund.pieces)


def _stock(item):
    if item.restocked:
        return _("back in stock")
    if not item.line.stock_reserved:
        return _("made to order: no stock to give back")
    return _("not returned: stock unchanged")


def order_note(refund, reason=""):
    """The order's note: the pieces, where each went, the parts cancelled, the amount."""
    rows = [
        _("Refund of %(amount)s recorded (%(method)s) for these pieces:")
        % {
            "amount": format_idr(refund.amount),
            "method": refund.payment.get_method_display().lower(),
        }
    ]
    for item in refund.pieces:
        state = item.part.get_status_display().lower()
        where = f"{_line(item)} ({item.part.artisan}, {state})"
        rows.append(f"- {where}: {format_idr(item.value)}; {_stock(item)}")
    if refund.cancelled:
        rows.append(
            _(
                "Nothing is left to send of the parts of %(names)s: they are cancelled and "
                "their shipping (%(shipping)s) is refunded with them."
            )
            % {
                "names": ", ".join(str(part.artisan) for part in refund.cancelled),
                "shipping": format_idr(refund.shipping),
            }
        )
    if refund.capped:
        rows.append(
            _("The pieces are worth %(value)s: capped at what was left of the payment.")
            % {"value": format_idr(refund.value)}
        )
    return with_reason("\n".join(rows), reason)


def tell_buyer_and_makers(refund):
    """The buyer hears which pieces were refunded and how the money goes back; each artisan
    of a part not sent yet, which pieces not to send (and whether anything is left)."""
    order = refund.order
    queue_email(
        "lines_refunded_buyer",
        order.email,
        order.language,
        {
            "order": order,
            "order_url": notifications.order_url(order),
            "council": notifications.council(),
            "refund": refund,
            "by_card": refund.payment.method == PaymentMethod.CARD,
        },
        order=order,
    )
    for part in refund.unsent_parts:
        context = {
            "order": order,
            "fulfilment": part,
            "pieces": [item for item in refund.pieces if item.part.pk == part.pk],
            "cancelled": part in refund.cancelled,
            "shop_url": notifications.shop_orders_url(part),
        }
        for member in part.artisan.members.exclude(email=""):
            queue_email(
                "pieces_refunded_artisan",
                member.email,
                settings.LANGUAGE_CODE,
                context,
                order=order,
            )
