"""Placing an order from a cart, and giving stock back when an order lapses.

Stock is taken with one conditional UPDATE per line (`stock >= quantity`), inside the order's
transaction: two buyers racing for the last piece cannot both get it, on PostgreSQL (the row
is locked by the first update; the second re-reads it) and on SQLite (one writer at a time).
"""

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from django_tasks import default_task_backend, task

from home.frontend_cache import purge_product_page
from home.page_cache import invalidate_pages

from ..cart.services import CartContents
from ..models import (
    Cart,
    Fulfilment,
    FulfilmentStatus,
    Order,
    OrderLine,
    OrderStatus,
    PaymentStatus,
    Product,
    ProductVariant,
)
from ..models.orders import new_access_token, new_order_number
from ..shipping.quotes import Destination, find_option, net_weight
from . import notifications


class CheckoutError(Exception):
    """Why an order cannot be placed, for the buyer."""


def payment_window():
    return timedelta(hours=getattr(settings, "ORDER_PAYMENT_HOURS", 24))


def commission_on(artisan, amount):
    """The council's share of a sale, recorded on the line (rounded half up to a rupiah)."""
    percent = artisan.commission_percent
    if percent is None:
        percent = Decimal(settings.COUNCIL_COMMISSION_PERCENT)
    share = (Decimal(amount) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return {"commission_percent": percent, "commission": int(share)}


def take_from_stock(product, variant, quantity):
    """Take `quantity` pieces from stock, or raise if they are no longer there.
    Returns whether stock was taken (made-to-order pieces are not kept in stock)."""
    if product.made_to_order:
        return False
    if variant is not None:
        pieces = ProductVariant.objects.filter(pk=variant.pk, stock__gte=quantity)
    else:
        pieces = Product.objects.filter(pk=product.pk, stock__gte=quantity)
    if not pieces.update(stock=F("stock") - quantity):
        raise CheckoutError(
            _("%(product)s has just been sold out; change your cart to continue.")
            % {"product": product}
        )
    invalidate_pages()  # the stock shown on the product's pages
    purge_product_page(product)
    return True


def return_to_stock(line, pieces):
    """Put `pieces` of the line back in stock (a line made to order took none)."""
    if not (line.stock_reserved and pieces):
        return
    if line.variant_id:
        ProductVariant.objects.filter(pk=line.variant_id).update(stock=F("stock") + pieces)
    elif line.product_id:
        Product.objects.filter(pk=line.product_id).update(stock=F("stock") + pieces)
    invalidate_pages()
    if line.product_id:
        purge_product_page(line.product_id)


def give_back_to_stock(line):
    """The line's pieces back in stock, once: those still ordered (pieces refunded went back
    when they were refunded, see `catalog.line_refunds`)."""
    if not line.stock_reserved:
        return
    return_to_stock(line, line.kept_quantity)
    OrderLine.objects.filter(pk=line.pk).update(stock_reserved=False)


def save_with_a_number(order, attempts=5):
    """Save a new order awaiting payment under a free number, its expiry scheduled."""
    for _attempt in range(attempts):
        order.number = new_order_number()
        try:
            with transaction.atomic():
                order.save()
            schedule_expiry(order)
            return
        except IntegrityError:
            if Order.objects.filter(cart_token=order.cart_token).exists():
                raise
    raise IntegrityError("No free order number")


def schedule_expiry(order):
    """Queue the order's expiry for the end of its time to pay, once the order is committed.
    Only a queue that can wait (TASKS_BACKEND=database) takes it; with tasks run in-process,
    and for any order whose task was lost, `manage.py expire_orders` expires it."""
    if not default_task_backend.supports_defer:
        return
    deferred = expire_if_unpaid.using(run_after=order.expires_at)
    transaction.on_commit(partial(deferred.enqueue, order.pk), robust=True)


@task()
def expire_if_unpaid(order_id):
    """An order's expiry, queued when it was placed: expires it if it is still unpaid past its
    time (a paid, cancelled or already expired order, or one whose proof of transfer came in
    time, is left as it is). Returns whether it lapsed; running it again does nothing."""
    order = Order.objects.overdue(timezone.now()).filter(pk=order_id).first()
    return order is not None and expire_order(order)


@transaction.atomic
def place_order(cart, *, delivery, buyer=None, language="id", currency=None, **details):
    """Turn the cart into an order awaiting payment, its pieces taken from stock.

    `details` are the buyer's contact and address (fields of Order, checked by the checkout
    form); `delivery` the key of the shipping option they chose, priced again here. The same
    cart placed twice (a double tap, a retried request) gives the first order. `currency` is
    the buyer's display currency (an ExchangeRate) or None.
    """
    token = cart.token
    cart = Cart.objects.select_for_update().filter(pk=cart.pk).first()
    existing = Order.objects.filter(cart_token=token).first()
    if existing is not None:
        return existing
    if cart is None:
        raise CheckoutError(_("This cart has already been ordered."))
    contents = CartContents(cart)
    if not contents.lines:
        raise CheckoutError(_("Your cart is empty."))
    problems = [priced.problem for priced in contents.lines if priced.problem]
    if problems:
        raise CheckoutError(problems[0])
    destination = Destination(details.get("country", "ID"), details.get("province_code", ""))
    option = find_option(contents, destination, delivery)
    if option is None:
        raise CheckoutError(_("This delivery option is no longer offered: choose another."))
    order = Order(
        cart_token=cart.token,
        access_token=new_access_token(),
        buyer=buyer,
        language=language,
        subtotal=contents.total,
        shipping_cost=option.total,
        total=contents.total + option.total,
        delivery_method=option.method,
        shipping_service=option.service,
        shipping_days_min=option.days_min,
        shipping_days_max=option.days_max,
        incoterm=settings.EXPORT_INCOTERM if destination.abroad and option.parcels_travel else "",
        display_currency=currency.currency if currency else "IDR",
        display_rate=currency.rupiah_per_unit if currency else None,
        expires_at=timezone.now() + payment_window(),
        **details,
    )
    save_with_a_number(order)
    for part in contents.parts:
        parcel = option.parcel_for(part.artisan)
        fulfilment = Fulfilment.objects.create(
            order=order,
            artisan=part.artisan,
            weight_grams=parcel.weight_grams,
            shipping_cost=parcel.price,
        )
        for priced in part.lines:
            line = priced.line
            OrderLine.objects.create(
                order=order,
                fulfilment=fulfilment,
                product=line.product,
                variant=line.variant,
                product_name=line.product.localized_name,
                variant_label=line.variant.localized_label if line.variant else "",
                sku=line.variant.sku if line.variant else "",
                unit_price=priced.unit_price,
                quantity=line.quantity,
                line_total=priced.total,
                weight_grams=net_weight(line.product),
                hs_code=line.product.hs_code,
                **commission_on(part.artisan, priced.total),
                stock_reserved=take_from_stock(line.product, line.variant, line.quantity),
            )
    cart.delete()  # the buyer's next cart is a new one
    return order


def _close_unpaid(order, status, reason=""):
    """An unpaid order closed (expired, or cancelled: by the buyer, or by the council, who may
    give a reason): its pieces go back to stock, a payment still awaited is marked not
    received, and the buyer is told, once. Returns whether it was still open."""
    closed = Order.objects.filter(pk=order.pk, status=OrderStatus.AWAITING_PAYMENT).update(
        status=status
    )
    if not closed:
        return False
    for line in OrderLine.objects.filter(order=order, stock_reserved=True):
        give_back_to_stock(line)
    order.fulfilments.update(status=FulfilmentStatus.CANCELLED)
    order.payments.filter(status=PaymentStatus.PENDING).update(
        status=PaymentStatus.FAILED, updated_at=timezone.now()
    )
    order.status = status
    notifications.order_closed(order, status, reason=reason)
    transaction.on_commit(partial(_close_card_payments, order))
    return True


def _close_card_payments(order):
    from ..payments.stripe_card import stripe_card  # it builds on this module

    stripe_card.cancel_intents(order)


@transaction.atomic
def expire_order(order):
    """An unpaid order whose time ran out."""
    return _close_unpaid(order, OrderStatus.EXPIRED)


@transaction.atomic
def cancel_unpaid_order(order, reason=""):
    return _close_unpaid(order, OrderStatus.CANCELLED, reason=reason)


@transaction.atomic
def mark_order_paid(order):
    """Paid: each artisan's part is now to be packed (the buyer and the artisans are told).
    Returns whether it was awaiting payment (an order that lapsed meanwhile has given its
    pieces back and is not revived)."""
    paid = Order.objects.filter(pk=order.pk, status=OrderStatus.AWAITING_PAYMENT).update(
        status=OrderStatus.PAID
    )
    if paid:
        order.fulfilments.update(status=FulfilmentStatus.PAID)
        order.status = OrderStatus.PAID
        notifications.payment_confirmed(order)
    return bool(paid)


def expire_overdue_orders(now=None):
    """Expire every unpaid order past its time; returns how many lapsed."""
    overdue = Order.objects.overdue(now or timezone.now())
    return sum(expire_order(order) for order in overdue)
