"""Printable documents of an order, behind the same unguessable link as the order page: the
receipt of a paid order, and the proforma invoice that export buyers need to import it."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db.models import Min, Prefetch
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from home.models import CouncilSettings

from ..currencies import CURRENCIES, RUPIAH, Rate, convert, format_amount, format_rate
from ..models import (
    INDONESIA,
    DeliveryMethod,
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentStatus,
)

GRAMS_PER_KG = Decimal(1000)


def order_for_documents(token):
    """The order behind a private link, with its parts, their makers and lines (3 queries)."""
    parts = Fulfilment.objects.select_related("artisan").prefetch_related("lines")
    return get_object_or_404(
        Order.objects.prefetch_related(Prefetch("fulfilments", queryset=parts)),
        access_token=token,
    )


# A payment refunded since was still received: its receipt says what was given back.
RECEIVED = (PaymentStatus.SUCCEEDED, PaymentStatus.REFUNDED)


def received_payment(order):
    """The payment that paid the order, with `confirmed_at`: when its first event (the
    provider's or the editor's confirmation; refunds come later) arrived; None while nothing
    has been received."""
    return (
        Payment.objects.filter(order=order, status__in=RECEIVED)
        .annotate(confirmed_at=Min("events__received_at"))
        .order_by("created_at", "pk")
        .first()
    )


def kilograms(grams):
    return Decimal(grams) / GRAMS_PER_KG


@dataclass(frozen=True)
class Indicative:
    """Amounts in the buyer's display currency at the rate stored on the order."""

    rate: Rate

    @classmethod
    def for_order(cls, order):
        if order.display_currency == RUPIAH or order.display_currency not in CURRENCIES:
            return None
        if not order.display_rate:
            return None
        rate = Rate(order.display_currency, order.display_rate, "", order.created_at.date())
        return cls(rate)

    @property
    def code(self):
        return self.rate.currency

    @property
    def rate_text(self):
        return format_rate(self.rate)

    def amount(self, amount_idr):
        """`amount_idr` rupiah in the display currency, e.g. "US$40.00"."""
        converted = convert(amount_idr, self.code, {self.code: self.rate})
        return format_amount(converted, self.code)


@dataclass(frozen=True)
class ProformaLine:
    line: object
    unit_kg: Decimal
    total_kg: Decimal
    unit_indicative: str
    total_indicative: str


@dataclass(frozen=True)
class ProformaParcel:
    fulfilment: object
    lines: list
    weight_kg: Decimal


def proforma_parcels(order, indicative):
    """One parcel per artisan, each line with its weights and indicative amounts."""
    parcels = []
    for fulfilment in order.fulfilments.all():
        if fulfilment.status == FulfilmentStatus.CANCELLED:
            continue
        lines = [
            ProformaLine(
                line,
                kilograms(line.weight_grams),
                kilograms(line.weight_grams * line.quantity),
                indicative.amount(line.unit_price) if indicative else "",
                indicative.amount(line.line_total) if indicative else "",
            )
            for line in fulfilment.lines.all()
        ]
        weight = sum((entry.total_kg for entry in lines), Decimal(0))
        parcels.append(ProformaParcel(fulfilment, lines, weight))
    return parcels


def proforma_refusal(order):
    """Why this order has no proforma invoice, or None when it has one."""
    if order.country == INDONESIA:
        return _("A proforma invoice is made for orders sent abroad only.")
    if order.status not in (OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID):
        return _("This order was cancelled or has expired: it has no proforma invoice.")
    return None


def language_links(request):
    """The same document in the site's other languages."""
    current = get_language()
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],  # "English", "Bahasa Indonesia"
            "url": translate_url(request.path, code),
        }
        for code, _name in settings.LANGUAGES
        if code != current
    ]


def render_document(request, template, order, status=200, **context):
    context = {
        "order": order,
        "council": CouncilSettings.for_request(request),
        "other_languages": language_links(request),
        **context,
    }
    return TemplateResponse(request, template, context, status=status)


def unavailable(request, order, message):
    """A document this order does not have (yet): said plainly, with the way back."""
    return render_document(
        request, "catalog/checkout/documents/unavailable.html", order, status=404, message=message
    )


def receipt(request, token):
    """The receipt of a paid order: the council received the money for the named artisans."""
    order = order_for_documents(token)
    payment = received_payment(order)
    if payment is None:
        return unavailable(
            request,
            order,
            _("The receipt is ready once the council has received the payment for this order."),
        )
    return render_document(
        request,
        "catalog/checkout/receipt.html",
        order,
        payment=payment,
        paid_at=payment.confirmed_at or payment.updated_at,
        bank=settings.BANK_TRANSFER,
    )


def proforma(request, token):
    """The proforma invoice of an order sent abroad: what the buyer's customs and bank need."""
    order = order_for_documents(token)
    refusal = proforma_refusal(order)
    if refusal:
        return unavailable(request, order, refusal)
    indicative = Indicative.for_order(order)
    parcels = proforma_parcels(order, indicative)
    # Parts the council cancelled after payment are not sent: the sums are those of the rest.
    goods = sum(entry.line.line_total for parcel in parcels for entry in parcel.lines)
    shipping = sum(parcel.fulfilment.shipping_cost for parcel in parcels)
    totals = {"subtotal": goods, "shipping": shipping, "total": goods + shipping}
    return render_document(
        request,
        "catalog/checkout/proforma.html",
        order,
        parcels=parcels,
        totals=totals,
        net_kg=sum((parcel.weight_kg for parcel in parcels), Decimal(0)),
        shipping_kg=kilograms(sum(parcel.fulfilment.weight_grams for parcel in parcels)),
        indicative=indicative,
        indicative_totals=indicative
        and {name: indicative.amount(amount) for name, amount in totals.items()},
        by_courier=order.delivery_method == DeliveryMethod.COURIER,
        bank=settings.BANK_TRANSFER,
    )
