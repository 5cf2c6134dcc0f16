"""Shipping rates that the council's editors keep: zones (groups of provinces, or groups of
countries) and, in each zone, each courier service's price by weight band."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django_countries import countries
from django_countries.fields import CountryField

from artisans import kemendagri
from home.translation import TranslatedField

INDONESIA = "ID"


class ShippingScope(models.TextChoices):
    DOMESTIC = "domestic", _("Indonesia (provinces)")
    INTERNATIONAL = "international", _("Abroad (countries)")


class ShippingZoneQuerySet(models.QuerySet):
    def for_destination(self, country, province_code=""):
        """The zone that covers an address: a domestic zone by its province; abroad, the zone
        that names the country, else the zone that names none (the rest of the world)."""
        if country == INDONESIA:
            zones = self.filter(scope=ShippingScope.DOMESTIC)
            return next((zone for zone in zones if province_code in zone.provinces), None)
        zones = list(self.filter(scope=ShippingScope.INTERNATIONAL))
        named = next((zone for zone in zones if country in zone.countries), None)
        return named or next((zone for zone in zones if not zone.countries), None)


def place_name(field, code):
    """A province's or a country's name, for messages."""
    if field == "provinces":
        region = kemendagri.get_region(code)
        return region.name if region else code
    return countries.name(code) or code


class ShippingZone(ClusterableModel):
    name = models.CharField(_("name (Indonesian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)
    scope = models.CharField(_("where"), max_length=16, choices=ShippingScope.choices)
    provinces = models.JSONField(
        _("provinces"),
        default=list,
        blank=True,
        help_text=_("Kemendagri province codes, for a zone in Indonesia."),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("For a zone abroad. Leave empty for the rest of the world."),
    )

    localized_name = TranslatedField("name", "name_en")
    objects = ShippingZoneQuerySet.as_manager()

    class Meta:
        ordering = ["scope", "name"]
        verbose_name = _("shipping zone")
        verbose_name_plural = _("shipping zones")

    def __str__(self):
        return self.name

    @admin.display(description=_("rates"))
    def rate_count(self):
        return len(self.rates.all())

    def clean(self):
        if self.scope == ShippingScope.DOMESTIC:
            self.countries = []
            taken = {
                code: zone
                for zone in ShippingZone.objects.filter(scope=self.scope).exclude(pk=self.pk)
                for code in zone.provinces
            }
            clash = [code for code in self.provinces if code in taken]
            if not self.provinces:
                raise ValidationError({"provinces": _("Choose the provinces of this zone.")})
        else:
            self.provinces = []
            others = ShippingZone.objects.filter(scope=self.scope).exclude(pk=self.pk)
            if not self.countries and any(not zone.countries for zone in others):
                raise ValidationError(
                    {"countries": _("Another zone already covers the rest of the world.")}
                )
            taken = {str(code): zone for zone in others for code in zone.countries}
            clash = [str(code) for code in self.countries if str(code) in taken]
        if clash:
            field = "provinces" if self.scope == ShippingScope.DOMESTIC else "countries"
            raise ValidationError(
                {
                    field: _("%(place)s is already in the zone “%(zone)s”.")
                    % {"place": place_name(field, clash[0]), "zone": taken[clash[0]]}
                }
            )


class ShippingRate(models.Model):
    """A courier service's price for a parcel up to a weight, in one zone."""

    zone = ParentalKey(ShippingZone, on_delete=models.CASCADE, related_name="rates")
    service = models.CharField(
        _("courier service"), max_length=60, help_text=_("E.g. JNE Reguler, Pos Indonesia EMS.")
    )
    max_weight_grams = models.PositiveIntegerField(
        _("up to (grams)"),
        validators=[MinValueValidator(1)],
        help_text=_("Billed weight: the larger of the actual and the volumetric weight."),
    )
    price = models.PositiveBigIntegerField(_("price (rupiah)"))
    days_min = models.PositiveSmallIntegerField(_("days at least"), default=1)
    days_max = models.PositiveSmallIntegerField(_("days at most"), default=3)

    class Meta:
        ordering = ["service", "max_weight_grams"]
        verbose_name = _("shipping rate")
        verbose_name_plural = _("shipping rates")
        constraints = [
            models.UniqueConstraint(
                fields=["zone", "service", "max_weight_grams"], name="one_price_per_band"
            )
        ]

    def __str__(self):
        return f"{self.service} ≤ {self.max_weight_grams} g"

    def clean(self):
        if self.days_max < self.days_min:
            raise ValidationError({"days_max": _("At most cannot be less than at least.")})
