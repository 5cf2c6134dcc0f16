"""A buyer's own requests about their data (UU 27/2022): a copy of it, and its erasure.

A buyer is either an account (its orders and inquiries) or, for guests, an email address
whose owner proved they read it (`privacy.links`): the orders and inquiries placed without
an account under that address. Erasure waits while an order still needs the buyer's contact
(`retention.open_reason`): the buyer is told which orders and why, and nothing is erased.

Requests are answered by the site at once, not queued for an editor: the law gives the council
little time (3 x 24 hours to answer), and nothing in a request needs a person's judgement.
Each erasure stays in the order's and the inquiry's history (Wagtail's log, "Personal data
erased at the buyer's request"), which is what the council shows when asked to account for
it; a request held back by an order under way is not stored (the buyer asks again).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog.models import Fulfilment, Order, OrderLine, OutgoingEmail
from inquiries.models import Inquiry

from . import retention


@dataclass
class Subject:
    """Whose data: a signed-in account, or a guest's confirmed email address."""

    user: object = None
    email: str = ""

    def orders(self):
        if self.user is not None:
            return Order.objects.filter(buyer=self.user)
        return retention.not_erased_orders().filter(buyer=None, email__iexact=self.email)

    def inquiries(self):
        if self.user is not None:
            return Inquiry.objects.filter(buyer=self.user)
        return retention.not_erased_inquiries().filter(buyer=None, email__iexact=self.email)

    def addresses(self):
        """Every email address the records of this buyer were sent to."""
        found = {self.email.lower()} if self.email else set()
        if self.user is not None and self.user.email:
            found.add(self.user.email.lower())
        for model_records in (self.orders(), self.inquiries()):
            found.update(email.lower() for email in model_records.values_list("email", flat=True))
        return {email for email in found if email}


def account_refusal(user):
    """Why this account cannot be deleted by its owner ("" when it can): the council's
    and the artisans' accounts hold more than a buyer's data."""
    if user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return _(
            "This account is used to work on the site (the Dekranasda's or an artisan's): "
            "ask the Dekranasda to close it."
        )
    return ""


def _iso(moment):
    return moment.isoformat() if moment else None


def _order_data(order):
    return {
        "number": order.number,
        "placed_at": _iso(order.created_at),
        "status": order.get_status_display(),
        "language": order.language,
        "contact": {"name": order.name, "email": order.email, "phone": order.phone},
        "address": {
            "country": order.country.code,
            "province": order.province,
            "regency": order.regency,
            "district": order.district,
            "village": order.village,
            "street": order.street,
            "postal_code": order.postal_code,
            "note_for_the_courier": order.delivery_note,
        },
        "delivery": order.get_delivery_method_display(),
        "courier_service": order.shipping_service,
        "subtotal_idr": order.subtotal,
        "shipping_idr": order.shipping_cost,
        "total_idr": order.total,
        "display_currency": order.display_currency,
        "parts": [
            {
                "artisan": part.artisan.business_name,
                "status": part.get_status_display(),
                "courier": part.courier,
                "tracking_number": part.tracking_number,
                "lines": [
                    {
                        "product": line.product_name,
                        "variant": line.variant_label,
                        "quantity": line.quantity,
                        "refunded_quantity": line.refunded_quantity,
                        "unit_price_idr": line.unit_price,
                        "line_total_idr": line.line_total,
                    }
                    for line in part.lines.all()
                ],
            }
            for part in order.fulfilments.all()
        ],
        "payments": [
            {
                "method": payment.get_method_display(),
                "amount_idr": payment.amount,
                "refunded_idr": payment.refunded_amount,
                "status": payment.get_status_display(),
                "reference": payment.reference,
                "started_at": _iso(payment.created_at),
            }
            for payment in order.payments.all()
        ],
    }


def _inquiry_data(inquiry):
    return {
        "received_at": _iso(inquiry.created_at),
        "kind": inquiry.get_kind_display(),
        "status": inquiry.get_status_display(),
        "artisan": inquiry.artisan.business_name if inquiry.artisan else None,
        "product": inquiry.product.name if inquiry.product else None,
        "contact": {
            "name": inquiry.name,
            "email": inquiry.email,
            "whatsapp": inquiry.whatsapp,
            "company": inquiry.company,
        },
        "country": inquiry.country.code or None,
        "quantity": inquiry.quantity,
        "message": inquiry.message,
        "messages": [
            {
                "from": message.get_author_kind_display(),
                "sent_at": _iso(message.created_at),
                "text": message.body,
            }
            for message in inquiry.messages.all()
        ],
    }


def export(subject):
    """Everything the site keeps about the buyer, as JSON-ready data."""
    parts = Fulfilment.objects.select_related("artisan").order_by("pk")
    parts = parts.prefetch_related(Prefetch("lines", queryset=OrderLine.objects.order_by("pk")))
    orders = subject.orders().prefetch_related(Prefetch("fulfilments", queryset=parts), "payments")
    inquiries = subject.inquiries().select_related("artisan", "product")
    data = {"exported_at": _iso(timezone.now())}
    if subject.user is not None:
        user = subject.user
        data["account"] = {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "joined_at": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
        }
    else:
        data["email"] = subject.email
    data["orders"] = [_order_data(order) for order in orders]
    data["inquiries"] = [
        _inquiry_data(inquiry) for inquiry in inquiries.prefetch_related("messages")
    ]
    return data


@dataclass
class Outcome:
    erased: bool
    waiting: list = field(default_factory=list)  # (order, reason) that hold the erasure
    refused: str = ""


def waiting_orders(subject, now=None):
    now = now or timezone.now()
    orders = retention.with_parts(subject.orders()).order_by("created_at", "pk")
    return [(order, reason) for order in orders if (reason := retention.open_reason(order, now))]


@transaction.atomic
def erase(subject):
    """Erase the buyer's data (and their account), or nothing when an order still needs it."""
    if subject.user is not None and (refusal := account_refusal(subject.user)):
        return Outcome(False, refused=refusal)
    waiting = waiting_orders(subject)
    if waiting:
        return Outcome(False, waiting=waiting)
    addresses = subject.addresses()
    for order in subject.orders():
        retention.erase_order(order, retention.BY_REQUEST)
    for inquiry in subject.inquiries():
        retention.erase_inquiry(inquiry, retention.BY_REQUEST)
    for address in addresses:
        OutgoingEmail.objects.filter(to__iexact=address).delete()
    if subject.user is not None:
        subject.user.delete()
    return Outcome(True)
