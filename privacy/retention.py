"""How long buyers' personal data is kept, and what erasing it means (UU 27/2022).

Two kinds of records hold a buyer's data:

- Orders are the council's sales records. Indonesia's tax law (UU KUP, art. 28) has books and
  the records behind them kept for ten years, so an order is never deleted: its number,
  amounts, lines, artisans, dates and states stay. Sales to consumers need no buyer's
  identity in those records, so the contact and the address are erased (the country,
  province and regency stay, for the council's figures by region).
- Inquiries are conversations, not sales records: their contact, message and thread are
  erased; what the council counts (kind, artisan, product, dates, status) stays.

Contact details serve delivery, returns, complaints and card disputes (card networks accept
disputes up to about 540 days after a payment), so guests' data is erased
PERSONAL_DATA_RETENTION_DAYS (default two years) after the order or the last message;
orders that were never paid are sales that did not happen and lose the buyer's data after
PERSONAL_DATA_UNPAID_RETENTION_DAYS (default 90 days). A buyer with an account keeps their
history until they ask for its deletion (see `privacy.requests`). Emails the outbox sent or
gave up on are deleted after the same retention: they repeat what the orders held.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from catalog.models import (
    EmailStatus,
    FulfilmentStatus,
    Order,
    OrderNote,
    OrderStatus,
    OutgoingEmail,
    PaymentStatus,
)
from catalog.models.orders import new_access_token
from inquiries.models import Inquiry

ERASED = "privacy.erase"
BY_REQUEST, BY_SCHEDULE = "request", "schedule"
REMOVED = "[…]"  # what stands in an editor's note where the buyer's details were

# The fields of an order that identify its buyer; an erased order has them all empty.
ORDER_CONTACT = [
    "name",
    "email",
    "phone",
    "street",
    "village",
    "village_code",
    "district",
    "district_code",
    "postal_code",
    "delivery_note",
]
INQUIRY_CONTACT = ["name", "email", "whatsapp", "company", "message"]
# A damaged or wrong piece may be reported within 2 days of arrival (the checkout says so),
# a returnable piece sent back within its own window; a part marked shipped but never
# marked delivered counts as arrived after SHIPPED_ARRIVAL_DAYS.
DAMAGE_CLAIM_DAYS = 2
SHIPPED_ARRIVAL_DAYS = 30


def retention_days():
    return settings.PERSONAL_DATA_RETENTION_DAYS


def unpaid_retention_days():
    return settings.PERSONAL_DATA_UNPAID_RETENTION_DAYS


def _return_days(part):
    windows = [
        line.product.return_window_days
        for line in part.lines.all()
        if line.product is not None and line.product.accepts_returns
    ]
    return max([DAMAGE_CLAIM_DAYS, *windows])


def open_reason(order, now=None):
    """Why the order still needs its buyer's contact ("" when it does not): not paid or
    checked yet, a part still to send or on its way, or a part within its return period."""
    now = now or timezone.now()
    if order.status == OrderStatus.AWAITING_PAYMENT:
        return "awaiting_payment"
    if order.status != OrderStatus.PAID:
        return ""
    for part in order.fulfilments.all():
        if part.status in (FulfilmentStatus.PAID, FulfilmentStatus.PACKED):
            return "to_send"
        since = now - part.updated_at
        if part.status == FulfilmentStatus.SHIPPED and since < timedelta(SHIPPED_ARRIVAL_DAYS):
            return "on_the_way"
        if part.status == FulfilmentStatus.DELIVERED and since < timedelta(_return_days(part)):
            return "returns"
    return ""


def with_parts(orders):
    """`orders` with what `open_reason` reads fetched in a few queries."""
    return orders.prefetch_related("fulfilments__lines__product")


def is_erased(order):
    return not any(getattr(order, name) for name in ORDER_CONTACT)


def _scrub(text, values):
    for value in values:
        if value and len(value) > 2:
            text = text.replace(value, REMOVED)
    return text


@transaction.atomic
def erase_order(order, reason, user=None):
    """Erase the buyer's data from the order, keeping the sale: its private link stops
    working, a transfer proof is deleted, the buyer's details are taken out of editors'
    notes, and the emails about the order are deleted. Idempotent."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    values = [getattr(order, name) for name in ORDER_CONTACT]
    for note in OrderNote.objects.filter(order=order):
        text = _scrub(note.text, values)
        if text != note.text:
            OrderNote.objects.filter(pk=note.pk).update(text=text)
    for entry in ModelLogEntry.objects.for_instance(order):  # the notes, again, in the history
        text = _scrub(entry.data.get("text", ""), values)
        if text != entry.data.get("text", ""):
            ModelLogEntry.objects.filter(pk=entry.pk).update(data={**entry.data, "text": text})
    for payment in order.payments.exclude(proof=""):
        payment.proof.delete(save=False)
        payment.save(update_fields=["proof", "updated_at"])
    order.emails.all().delete()
    was_erased = is_erased(order)
    for name in ORDER_CONTACT:
        setattr(order, name, "")
    order.buyer = None
    order.access_token = new_access_token()
    order.save(update_fields=[*ORDER_CONTACT, "buyer", "access_token"])
    if not was_erased:
        log(order, ERASED, user=user, data={"reason": reason})
    return order


@transaction.atomic
def erase_inquiry(inquiry, reason, user=None):
    """Erase the buyer's contact, message and thread; the inquiry stays counted."""
    inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    was_erased = not any(getattr(inquiry, name) for name in INQUIRY_CONTACT)
    inquiry.messages.all().delete()
    for name in INQUIRY_CONTACT:
        setattr(inquiry, name, "")
    inquiry.buyer = None
    inquiry.access_token = new_access_token()
    inquiry.link_expires_at = timezone.now()
    inquiry.save(update_fields=[*INQUIRY_CONTACT, "buyer", "access_token", "link_expires_at"])
    if not was_erased:
        log(inquiry, ERASED, user=user, data={"reason": reason})
    return inquiry


def not_erased_orders():
    return Order.objects.exclude(name="", email="")


def not_erased_inquiries():
    return Inquiry.objects.exclude(name="", email="")


def orders_due(now):
    """Guests' orders whose buyer's data has been kept long enough."""
    cutoff = now - timedelta(days=retention_days())
    unpaid_cutoff = now - timedelta(days=unpaid_retention_days())
    received = Q(payments__status__in=[PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED])
    never_paid = (
        Order.objects.filter(status__in=[OrderStatus.EXPIRED, OrderStatus.CANCELLED])
        .exclude(received)
        .values("pk")
    )
    guests = not_erased_orders().filter(buyer=None)
    return guests.filter(
        Q(created_at__lt=cutoff) | Q(created_at__lt=unpaid_cutoff, pk__in=never_paid)
    )


def inquiries_due(now):
    cutoff = now - timedelta(days=retention_days())
    return not_erased_inquiries().filter(buyer=None, last_message_at__lt=cutoff)


def purge(now=None):
    """Erase what has been kept long enough; returns the counts. Running it again erases
    nothing more (erased records no longer match)."""
    now = now or timezone.now()
    counts = {"orders": 0, "inquiries": 0, "emails": 0, "kept_open": 0}
    for order in with_parts(orders_due(now)).order_by("pk").iterator(chunk_size=200):
        if open_reason(order, now):
            counts["kept_open"] += 1  # still to be delivered or returned: next time
            continue
        erase_order(order, BY_SCHEDULE)
        counts["orders"] += 1
    for inquiry in inquiries_due(now).order_by("pk").iterator(chunk_size=200):
        erase_inquiry(inquiry, BY_SCHEDULE)
        counts["inquiries"] += 1
    old_emails = OutgoingEmail.objects.filter(
        created_at__lt=now - timedelta(days=retention_days())
    ).exclude(status=EmailStatus.QUEUED)
    counts["emails"], _by_model = old_emails.delete()
    return counts
