"""The buyer's cart: found for a request, filled, changed, merged on sign-in, and priced.

Quantities are checked against stock each time; prices are always worked out here from the
catalog (`catalog.pricing`), never taken from the browser.
"""

import uuid
from contextlib import suppress
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Prefetch, Sum
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from home.renditions import RENDITIONS, prefetch_renditions

from ..models import MAX_LINE_QUANTITY, Cart, CartLine, ProductImage
from ..pricing import unit_price

SESSION_TOKEN = "cart_token"  # nosec B105  # a session key name, not a secret
SESSION_COUNT = "cart_count"  # pieces in the cart, for the header without a query


class CartError(Exception):
    """A change the cart refuses, with a message for the buyer."""


def cart_for(request, create=False):
    """The request's cart: the signed-in buyer's, else the guest's from the session."""
    if request.user.is_authenticated:
        cart = Cart.objects.filter(user=request.user).first()
        if cart is None and create:
            cart, _created = Cart.objects.get_or_create(user=request.user)
        return cart
    cart = guest_cart(request)
    if cart is None and create:
        cart = Cart.objects.create()
        request.session[SESSION_TOKEN] = str(cart.token)
    return cart


def guest_cart(request):
    """The cart whose token this session holds, if it still belongs to no account."""
    try:
        token = uuid.UUID(str(request.session.get(SESSION_TOKEN, "")))
    except ValueError:
        return None
    return Cart.objects.filter(token=token, user=None).first()


def remember_pieces(session, cart):
    """Keep the number of pieces in the cart in the session, for the header: one sum, not
    the priced contents."""
    pieces = cart.lines.aggregate(pieces=Sum("quantity"))["pieces"] if cart else None
    session[SESSION_COUNT] = pieces or 0


def pieces_available(product, variant):
    """How many pieces may be ordered now; None when there is no limit (made to order)."""
    if product.made_to_order:
        return None
    return variant.stock if variant is not None else product.available_stock


def check_quantity(product, variant, quantity):
    available = pieces_available(product, variant)
    if available is not None and quantity > available:
        if available == 0:
            raise CartError(_("%(product)s is out of stock.") % {"product": product})
        raise CartError(
            ngettext(
                "Only %(count)d piece of %(product)s is left.",
                "Only %(count)d pieces of %(product)s are left.",
                available,
            )
            % {"count": available, "product": product}
        )
    if quantity > MAX_LINE_QUANTITY:
        raise CartError(
            _("At most %(count)d pieces per product; ask the maker for a quote for more.")
            % {"count": MAX_LINE_QUANTITY}
        )


@transaction.atomic
def add_to_cart(cart, product, variant, quantity):
    """Add `quantity` pieces to the cart (to its line for this product and variant)."""
    line = (
        CartLine.objects.select_for_update()
        .filter(cart=cart, product=product, variant=variant)
        .first()
    )
    total = quantity + (line.quantity if line else 0)
    check_quantity(product, variant, total)
    if line is None:
        try:
            with transaction.atomic():
                return CartLine.objects.create(
                    cart=cart, product=product, variant=variant, quantity=total
                )
        except IntegrityError:  # the same line added at the same moment: add to it
            line = CartLine.objects.get(cart=cart, product=product, variant=variant)
            total = line.quantity + quantity
            check_quantity(product, variant, total)
    line.quantity = total
    line.save(update_fields=["quantity"])
    return line


def set_quantity(line, quantity):
    """Change a line's quantity; 0 removes it. Lowering is always allowed."""
    if quantity == 0:
        line.delete()
        return None
    if quantity > line.quantity:
        check_quantity(line.product, line.variant, quantity)
    line.quantity = quantity
    line.save(update_fields=["quantity"])
    return line


@transaction.atomic
def merge_into_account(request, user):
    """On sign-in, a guest's cart joins the account's (quantities capped at what is left)."""
    guest = guest_cart(request)
    request.session.pop(SESSION_TOKEN, None)
    if guest is None:
        return
    own = Cart.objects.filter(user=user).first()
    if own is None:
        guest.user = user
        guest.save(update_fields=["user"])
        return
    for line in guest.lines.select_related("product", "variant"):
        # When the account's cart already holds what is left of it, that line stays as it is.
        with suppress(CartError):
            add_to_cart(own, line.product, line.variant, line.quantity)
    guest.delete()


@dataclass
class PricedLine:
    line: CartLine
    unit_price: int
    problem: str = ""

    @property
    def total(self):
        return self.unit_price * self.line.quantity


@dataclass
class ArtisanPart:
    """The lines one artisan will send (one fulfilment each, later)."""

    artisan: object
    lines: list = field(default_factory=list)

    @property
    def subtotal(self):
        return sum(priced.total for priced in self.lines)


class CartContents:
    """A cart's lines priced now, grouped by artisan, with what stops a checkout."""

    def __init__(self, cart):
        lines = list(
            cart.lines.select_related("product__artisan__district", "variant").prefetch_related(
                "product__wholesale_tiers",
                "product__variants",
                Prefetch(
                    "product__images",
                    queryset=ProductImage.objects.select_related("image").prefetch_related(
                        prefetch_renditions("image__renditions", RENDITIONS["thumbnail"])
                    ),
                ),
            )
            if cart is not None
            else []
        )
        per_product = {}
        for line in lines:
            per_product[line.product_id] = per_product.get(line.product_id, 0) + line.quantity
        parts = {}
        for line in lines:
            priced = PricedLine(
                line,
                unit_price(line.product, line.variant, per_product[line.product_id]),
                problem=self.problem(line),
            )
            artisan = line.product.artisan
            parts.setdefault(artisan.pk, ArtisanPart(artisan)).lines.append(priced)
        self.parts = list(parts.values())
        self.lines = [priced for part in self.parts for priced in part.lines]

    @staticmethod
    def problem(line):
        product = line.product
        if not (product.live and product.artisan.is_active):
            return _("No longer available: remove it to continue.")
        try:
            check_quantity(product, line.variant, line.quantity)
        except CartError as error:
            return str(error)
        return ""

    @property
    def total(self):
        return sum(part.subtotal for part in self.parts)

    @property
    def count(self):
        return sum(priced.line.quantity for priced in self.lines)

    @property
    def can_check_out(self):
        return bool(self.lines) and not any(priced.problem for priced in self.lines)
