"""Orders: what a buyer committed to, frozen as it was (names, prices, artisans), with one
fulfilment per artisan who sends their part."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField

# Letters and digits that cannot be mistaken for one another when read out on the phone.
NUMBER_ALPHABET = "ACDEFHJKLMNPRTUVWXY34679"


def new_order_number():
    """A short number a buyer can read out: PK-7K3M-9QXA."""
    code = "".join(secrets.choice(NUMBER_ALPHABET) for _position in range(8))
    return f"PK-{code[:4]}-{code[4:]}"


def new_access_token():
    """The secret part of a guest's private order link."""
    return secrets.token_urlsafe(24)


class OrderStatus(models.TextChoices):
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    PAID = "paid", _("Paid")
    CANCELLED = "cancelled", _("Cancelled")
    EXPIRED = "expired", _("Expired unpaid")


class FulfilmentStatus(models.TextChoices):
    AWAITING_PAYMENT = "awaiting_payment", _("Awaiting payment")
    PAID = "paid", _("Paid, to be packed")
    PACKED = "packed", _("Packed")
    SHIPPED = "shipped", _("Shipped")
    DELIVERED = "delivered", _("Delivered")
    CANCELLED = "cancelled", _("Cancelled")


class DeliveryMethod(models.TextChoices):
    COURIER = "courier", _("Courier")
    PICKUP = "pickup", _("Pick up at the council's gallery")


class OrderQuerySet(models.QuerySet):
    def awaiting_payment(self):
        return self.filter(status=OrderStatus.AWAITING_PAYMENT)

    def overdue(self, now):
        """Unpaid orders whose time to pay has run out. An order whose buyer sent a proof of
        transfer in time waits for the council's check instead (a weekend may pass)."""
        return (
            self.awaiting_payment()
            .filter(expires_at__lte=now)
            .exclude(payments__status="proof_sent")
        )


class Order(models.Model):
    number = models.CharField(_("order number"), max_length=16, unique=True, editable=False)
    access_token = models.CharField(max_length=40, unique=True, editable=False)
    # The cart it was placed from: the same cart submitted twice gives this one order.
    cart_token = models.UUIDField(unique=True, editable=False)
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("buyer account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="orders",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone or WhatsApp"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=8, default="id")
    # Where the parcels go. In Indonesia the regions are kept by Kemendagri code and name;
    # abroad, `regency` holds the city and `province` the state or region.
    country = CountryField(_("country"), default="ID")
    street = models.CharField(_("street, number, RT/RW"), max_length=200, blank=True)
    village = models.CharField(_("village (kelurahan/desa)"), max_length=80, blank=True)
    village_code = models.CharField(max_length=13, blank=True)
    district = models.CharField(_("district (kecamatan)"), max_length=80, blank=True)
    district_code = models.CharField(max_length=8, blank=True)
    regency = models.CharField(_("regency or city"), max_length=80, blank=True)
    regency_code = models.CharField(max_length=5, blank=True)
    province = models.CharField(_("province"), max_length=80, blank=True)
    province_code = models.CharField(max_length=2, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    delivery_note = models.CharField(_("note for the courier"), max_length=200, blank=True)
    # How it travels, as quoted when the order was placed.
    delivery_method = models.CharField(
        _("delivery"), max_length=10, choices=DeliveryMethod.choices, default=DeliveryMethod.COURIER
    )
    shipping_service = models.CharField(_("courier service"), max_length=60, blank=True)
    shipping_days_min = models.PositiveSmallIntegerField(null=True, blank=True)
    shipping_days_max = models.PositiveSmallIntegerField(null=True, blank=True)
    incoterm = models.CharField(
        _("incoterm"), max_length=3, blank=True, help_text=_("For orders sent abroad.")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=OrderStatus.choices,
        default=OrderStatus.AWAITING_PAYMENT,
    )
    subtotal = models.PositiveBigIntegerField(_("subtotal (rupiah)"))
    shipping_cost = models.PositiveBigIntegerField(_("shipping (rupiah)"), default=0)
    total = models.PositiveBigIntegerField(_("total (rupiah)"))
    # The display currency the buyer saw, and the rate used (indicative; payment is in IDR
    # unless a later payment method says otherwise).
    display_currency = models.CharField(_("display currency"), max_length=3, default="IDR")
    display_rate = models.DecimalField(
        _("rupiah per unit of the display currency"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
    )
    created_at = models.DateTimeField(_("placed at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("pay before"))

    objects = OrderQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        indexes = [models.Index(fields=["status", "expires_at"], name="order_status_expiry")]

    def __str__(self):
        return self.number


class FulfilmentQuerySet(models.QuerySet):
    def for_account(self, user):
        """The parts of orders that the artisans this account keeps have to send."""
        return self.filter(artisan__members=user, artisan__is_active=True)

    def to_send(self):
        """Paid parts not yet shipped."""
        return self.filter(status__in=[FulfilmentStatus.PAID, FulfilmentStatus.PACKED])


# What an artisan may move a part on to, from each state (payment and cancellation are the
# council's and the payment's business, not the artisan's).
ARTISAN_STEPS = {
    FulfilmentStatus.PAID: [FulfilmentStatus.PACKED, FulfilmentStatus.SHIPPED],
    FulfilmentStatus.PACKED: [FulfilmentStatus.SHIPPED],
    FulfilmentStatus.SHIPPED: [FulfilmentStatus.DELIVERED],
}


# When an artisan sees the buyer's name, address and phone for their part: from payment until
# the part has arrived (the courier may call before delivering). Not before payment, not once
# delivered or cancelled: only those who need them, only while they do (UU 27/2022).
SHOWS_BUYER_CONTACT = [FulfilmentStatus.PAID, FulfilmentStatus.PACKED, FulfilmentStatus.SHIPPED]


class Fulfilment(models.Model):
    """One artisan's part of an order: packed and sent by that artisan."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="fulfilments")
    artisan = models.ForeignKey(
        "artisans.Artisan",
        verbose_name=_("artisan"),
        on_delete=models.PROTECT,
        related_name="fulfilments",
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=FulfilmentStatus.choices,
        default=FulfilmentStatus.AWAITING_PAYMENT,
    )
    courier = models.CharField(_("courier"), max_length=60, blank=True)
    tracking_number = models.CharField(_("tracking number"), max_length=60, blank=True)
    weight_grams = models.PositiveIntegerField(_("billed weight (grams)"), default=0)
    shipping_cost = models.PositiveBigIntegerField(_("shipping (rupiah)"), default=0)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FulfilmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("fulfilment")
        verbose_name_plural = _("fulfilments")
        constraints = [
            models.UniqueConstraint(fields=["order", "artisan"], name="one_fulfilment_per_artisan")
        ]

    def __str__(self):
        return f"{self.order} — {self.artisan}"

    @property
    def shows_buyer_contact(self):
        """Whether the artisan sees the buyer's contact and address (SHOWS_BUYER_CONTACT)."""
        return self.status in SHOWS_BUYER_CONTACT


class OrderLine(models.Model):
    """A line as it was when ordered: the catalog may change afterwards, this does not."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    fulfilment = models.ForeignKey(Fulfilment, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(
        "catalog.Product", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    variant = models.ForeignKey(
        "catalog.ProductVariant", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    product_name = models.CharField(_("product"), max_length=160)
    variant_label = models.CharField(_("variant"), max_length=80, blank=True)
    sku = models.CharField(_("SKU"), max_length=40, blank=True)
    unit_price = models.PositiveBigIntegerField(_("price per piece (rupiah)"))
    quantity = models.PositiveIntegerField(_("quantity"))
    line_total = models.PositiveBigIntegerField(_("line total (rupiah)"))
    weight_grams = models.PositiveIntegerField(_("weight per piece (grams)"), default=0)
    hs_code = models.CharField(_("HS code"), max_length=12, blank=True)
    commission_percent = models.DecimalField(
        _("council's commission (%)"), max_digits=4, decimal_places=2, default=0
    )
    commission = models.PositiveBigIntegerField(_("council's commission (rupiah)"), default=0)
    # Whether this line's pieces were taken from stock (not when made to order): what is
    # given back when the order expires or is cancelled.
    stock_reserved = models.BooleanField(default=False, editable=False)
    # Pieces of this line the council refunded (see `catalog.line_refunds`): the line as
    # ordered stays as it was; the buyer keeps, and the artisan sends, the rest.
    refunded_quantity = models.PositiveIntegerField(_("pieces refunded"), default=0, editable=False)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")

    def __str__(self):
        return f"{self.quantity} x {self.product_name}"

    @property
    def kept_quantity(self):
        """The pieces still ordered: those not refunded."""
        return self.quantity - self.refunded_quantity


class OrderNote(models.Model):
    """What an editor noted on an order (a call with the buyer, a courier's delay): for the
    council only."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("order note")
        verbose_name_plural = _("order notes")

    def __str__(self):
        return self.text[:60]
