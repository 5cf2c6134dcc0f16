"""An accepted quote becomes a payable order, through the checkout's order machinery: one
part for the artisan, one line for the quoted pieces at the quoted price (delivery included as
the quote's incoterm says), paid by bank transfer or card on the usual order page."""

import uuid
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from catalog.checkout.services import commission_on, payment_window, save_with_a_number
from catalog.currencies import RUPIAH
from catalog.models import (
    DeliveryMethod,
    ExchangeRate,
    Fulfilment,
    Order,
    OrderLine,
)
from catalog.models.orders import new_access_token

from . import notifications
from .models import Inquiry, InquiryKind, InquiryStatus
from .services import InquiryError


def rupiah_total(inquiry):
    """The quote in rupiah, and the rate used (None for a quote in rupiah)."""
    amount = Decimal(inquiry.quoted_amount)
    if inquiry.quoted_currency in ("", RUPIAH):
        return int(amount.quantize(Decimal(1), ROUND_HALF_UP)), None
    rate = (
        ExchangeRate.objects.latest_per_currency(timezone.localdate())
        .filter(currency=inquiry.quoted_currency)
        .first()
    )
    if rate is None:
        raise InquiryError(
            _("There is no exchange rate for %(currency)s today: ask the Dekranasda.")
            % {"currency": inquiry.quoted_currency}
        )
    total = (amount * rate.rupiah_per_unit).quantize(Decimal(1), ROUND_HALF_UP)
    return int(total), rate


def line_name(inquiry):
    if inquiry.product is not None:
        return inquiry.product.localized_name
    if inquiry.kind == InquiryKind.CUSTOM and inquiry.motif:
        return _("Custom order: %(motif)s") % {"motif": inquiry.motif}
    return _("As quoted in inquiry #%(number)s") % {"number": inquiry.pk}


@transaction.atomic
def order_from_quote(inquiry, *, seen_price, buyer=None, **address):
    """Accept the quote the buyer saw (`seen_price`: its amount and currency) and place its
    order, once: accepting again gives the same order while it is on; after it lapsed, the quote
    (if still valid) makes a new one. `address` holds the order's phone and address fields."""
    inquiry = (
        Inquiry.objects.select_for_update(of=("self",))
        .select_related("artisan", "product")
        .get(pk=inquiry.pk)
    )
    if inquiry.live_order is not None:
        return inquiry.order
    if not inquiry.quote_is_valid:
        raise InquiryError(_("This quote can no longer be accepted: ask for a new one."))
    if seen_price != (inquiry.quoted_amount, inquiry.quoted_currency):
        raise InquiryError(
            _("The quote has changed since you opened this page: check the new price below.")
        )
    total, rate = rupiah_total(inquiry)
    quantity = inquiry.quantity or 1
    order = Order(
        cart_token=uuid.uuid4(),
        access_token=new_access_token(),
        buyer=buyer,
        language=inquiry.language,
        name=inquiry.name,
        email=inquiry.email,
        subtotal=total,
        shipping_cost=0,
        total=total,
        delivery_method=DeliveryMethod.COURIER,
        shipping_service=_("As quoted") + (f" ({inquiry.incoterm})" if inquiry.incoterm else ""),
        incoterm=inquiry.incoterm,
        display_currency=rate.currency if rate else RUPIAH,
        display_rate=rate.rupiah_per_unit if rate else None,
        expires_at=timezone.now() + payment_window(),
        **address,
    )
    save_with_a_number(order)
    fulfilment = Fulfilment.objects.create(order=order, artisan=inquiry.artisan)
    OrderLine.objects.create(
        order=order,
        fulfilment=fulfilment,
        product=inquiry.product,
        product_name=line_name(inquiry),
        unit_price=total // quantity,
        quantity=quantity,
        line_total=total,
        weight_grams=0,
        hs_code=inquiry.product.hs_code if inquiry.product else "",
        stock_reserved=False,  # quoted pieces are made or set aside by the maker
        **commission_on(inquiry.artisan, total),
    )
    inquiry.order, inquiry.status = order, InquiryStatus.ACCEPTED
    inquiry.save(update_fields=["order", "status", "updated_at"])
    notifications.quote_accepted(inquiry)
    return order
