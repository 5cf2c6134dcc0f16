"""Variants of a product (size, colour) and wholesale prices by quantity."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from home.translation import TranslatedField


class ProductVariant(Orderable):
    """One way a product comes (a size, a colour), with its own SKU, stock and maybe price."""

    product = ParentalKey("catalog.Product", on_delete=models.CASCADE, related_name="variants")
    label = models.CharField(_("label (Indonesian)"), max_length=80, help_text=_("e.g. L, Biru"))
    label_en = models.CharField(_("label (English)"), max_length=80, blank=True)
    sku = models.CharField(_("SKU"), max_length=40, unique=True)
    stock = models.PositiveIntegerField(_("stock"), default=0)
    price = models.PositiveBigIntegerField(
        _("price (rupiah)"), null=True, blank=True, help_text=_("Empty: the product's price.")
    )

    localized_label = TranslatedField("label", "label_en")

    panels = [
        FieldPanel("label"),
        FieldPanel("label_en"),
        FieldPanel("sku"),
        FieldPanel("stock"),
        FieldPanel("price"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("variant")
        verbose_name_plural = _("variants")

    def __str__(self):
        return f"{self.product} — {self.localized_label}"

    @property
    def unit_price(self):
        return self.price if self.price is not None else self.product.price


class WholesaleTier(Orderable):
    """From `min_quantity` pieces on, each piece costs `unit_price`."""

    product = ParentalKey(
        "catalog.Product", on_delete=models.CASCADE, related_name="wholesale_tiers"
    )
    min_quantity = models.PositiveIntegerField(
        _("from quantity"), validators=[MinValueValidator(2)]
    )
    unit_price = models.PositiveBigIntegerField(_("price per piece (rupiah)"))

    panels = [FieldPanel("min_quantity"), FieldPanel("unit_price")]

    class Meta(Orderable.Meta):
        verbose_name = _("wholesale price")
        verbose_name_plural = _("wholesale prices")
        constraints = [
            models.UniqueConstraint(
                fields=["product", "min_quantity"], name="one_wholesale_price_per_quantity"
            )
        ]

    def clean(self):
        super().clean()
        if self.product_id and self.unit_price and self.unit_price >= self.product.price:
            raise ValidationError(
                {"unit_price": _("A wholesale price must be lower than the retail price.")}
            )
