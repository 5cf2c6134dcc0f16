"""What a listing tells a buyer before purchase besides name and price (PP 80/2019 asks for
product legality, delivery and return terms): size and care, food legality, export, returns."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.translation import TranslatedField

DOMESTIC_VOLUMETRIC_DIVISOR = 6000  # cm3 per kg: Indonesian couriers
EXPORT_VOLUMETRIC_DIVISOR = 5000  # cm3 per kg: international express


class PhysicalDetails(models.Model):
    colours = models.CharField(_("colours (Indonesian)"), max_length=120, blank=True)
    colours_en = models.CharField(_("colours (English)"), max_length=120, blank=True)
    length_cm = models.PositiveIntegerField(_("length (cm)"), null=True, blank=True)
    width_cm = models.PositiveIntegerField(_("width (cm)"), null=True, blank=True)
    height_cm = models.PositiveIntegerField(_("height (cm)"), null=True, blank=True)
    # The parcel as the courier measures it (a cloth folds small): what volumetric weight uses.
    parcel_length_cm = models.PositiveIntegerField(_("packed length (cm)"), null=True, blank=True)
    parcel_width_cm = models.PositiveIntegerField(_("packed width (cm)"), null=True, blank=True)
    parcel_height_cm = models.PositiveIntegerField(_("packed height (cm)"), null=True, blank=True)
    care = models.TextField(_("care instructions (Indonesian)"), blank=True)
    care_en = models.TextField(_("care instructions (English)"), blank=True)
    is_handmade = models.BooleanField(
        _("handmade"), default=True, help_text=_("Shows that colour and motif may vary slightly.")
    )
    made_to_order = models.BooleanField(_("made to order"), default=False)
    production_days = models.PositiveSmallIntegerField(
        _("production time (days)"), null=True, blank=True
    )

    localized_colours = TranslatedField("colours", "colours_en")
    localized_care = TranslatedField("care", "care_en")

    class Meta:
        abstract = True

    @property
    def dimensions_cm(self):
        """(length, width, height) when all three are known, else None."""
        sizes = (self.length_cm, self.width_cm, self.height_cm)
        return sizes if all(sizes) else None

    @property
    def parcel_size_cm(self):
        """The packed (length, width, height) when all three are known, else None."""
        sizes = (self.parcel_length_cm, self.parcel_width_cm, self.parcel_height_cm)
        return sizes if all(sizes) else None

    def shipping_weight_grams(self, divisor=DOMESTIC_VOLUMETRIC_DIVISOR):
        """What a courier bills: the larger of the actual and the volumetric weight of the
        packed piece (the product's own size is not its parcel's: a cloth is folded)."""
        actual = self.weight_grams or 0
        if not self.parcel_size_cm:
            return actual
        length, width, height = self.parcel_size_cm
        volumetric = -(-length * width * height * 1000 // divisor)  # rounded up, in grams
        return max(actual, volumetric)


class FoodDetails(models.Model):
    pirt_number = models.CharField(_("PIRT number"), max_length=40, blank=True)
    bpom_number = models.CharField(_("BPOM MD number"), max_length=40, blank=True)
    halal_number = models.CharField(_("halal certificate number"), max_length=60, blank=True)
    halal_expires_on = models.DateField(
        _("halal certificate expires on"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty: a halal certificate no longer expires unless the recipe changes."
        ),
    )
    net_content = models.CharField(
        _("net content"), max_length=40, blank=True, help_text=_("e.g. 200 g, 250 ml")
    )
    ingredients = models.TextField(_("ingredients (Indonesian)"), blank=True)
    ingredients_en = models.TextField(_("ingredients (English)"), blank=True)
    allergens = models.CharField(_("allergens (Indonesian)"), max_length=200, blank=True)
    allergens_en = models.CharField(_("allergens (English)"), max_length=200, blank=True)
    shelf_life_days = models.PositiveSmallIntegerField(
        _("shelf life (days)"), null=True, blank=True
    )

    localized_ingredients = TranslatedField("ingredients", "ingredients_en")
    localized_allergens = TranslatedField("allergens", "allergens_en")

    class Meta:
        abstract = True

    @property
    def is_food(self):
        return bool(self.pirt_number or self.bpom_number or self.net_content or self.ingredients)

    @property
    def is_halal(self):
        return bool(self.halal_number)


class ReturnPayer(models.TextChoices):
    BUYER = "buyer", _("the buyer")
    SELLER = "seller", _("the seller")


class TradeTerms(models.Model):
    export_ready = models.BooleanField(_("ready for export"), default=False)
    hs_code = models.CharField(
        _("HS code"), max_length=12, blank=True, help_text=_("Customs tariff code, e.g. 5208.52")
    )
    returns_accepted = models.BooleanField(_("returns accepted"), default=True)
    return_window_days = models.PositiveSmallIntegerField(
        _("return window (days)"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    return_shipping_paid_by = models.CharField(
        _("return shipping paid by"),
        max_length=10,
        choices=ReturnPayer.choices,
        default=ReturnPayer.BUYER,
    )

    class Meta:
        abstract = True

    @property
    def accepts_returns(self):
        """Custom (made-to-order) pieces are never returnable."""
        return self.returns_accepted and not getattr(self, "made_to_order", False)
