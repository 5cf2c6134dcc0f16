"""What sending a cart costs: each artisan sends its own parcel, billed by the courier at the
larger of its actual and volumetric weight, at the rates the council keeps for the zone of the
address. Picking up at the council's gallery costs nothing."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from ..models import INDONESIA, DeliveryMethod, ShippingZone
from ..models.listing_details import DOMESTIC_VOLUMETRIC_DIVISOR, EXPORT_VOLUMETRIC_DIVISOR

PICKUP = "pickup"


@dataclass(frozen=True)
class Destination:
    country: str
    province_code: str = ""

    @property
    def abroad(self):
        return self.country != INDONESIA

    @property
    def volumetric_divisor(self):
        return EXPORT_VOLUMETRIC_DIVISOR if self.abroad else DOMESTIC_VOLUMETRIC_DIVISOR


@dataclass
class ParcelQuote:
    artisan: object
    weight_grams: int
    price: int


@dataclass
class ShippingOption:
    key: str
    method: str
    service: str
    days_min: int | None = None
    days_max: int | None = None
    parcels: list = field(default_factory=list)

    @property
    def total(self):
        return sum(parcel.price for parcel in self.parcels)

    @property
    def parcels_travel(self):
        """Whether a courier carries the parcels (not collected at the gallery)."""
        return self.method == DeliveryMethod.COURIER

    @property
    def label(self):
        return _("Pick up at the council's gallery") if self.method == PICKUP else self.service

    def parcel_for(self, artisan):
        return next(parcel for parcel in self.parcels if parcel.artisan.pk == artisan.pk)


def net_weight(product):
    """What one piece weighs as its maker states it (a default when they gave none)."""
    return product.weight_grams or settings.DEFAULT_PIECE_WEIGHT_GRAMS


def piece_weight(product, divisor):
    """What one piece weighs for the courier (a default when the artisan gave no weight)."""
    return product.shipping_weight_grams(divisor) or settings.DEFAULT_PIECE_WEIGHT_GRAMS


def parcel_weight(part, divisor):
    return sum(
        piece_weight(priced.line.product, divisor) * priced.line.quantity for priced in part.lines
    )


def pickup_option(contents):
    """The artisans bring their parts to the gallery, where the buyer collects them."""
    parcels = [
        ParcelQuote(part.artisan, parcel_weight(part, DOMESTIC_VOLUMETRIC_DIVISOR), 0)
        for part in contents.parts
    ]
    return ShippingOption(PICKUP, DeliveryMethod.PICKUP, "", parcels=parcels)


def courier_options(contents, destination):
    """One option per courier service of the address's zone that can carry every parcel."""
    zone = ShippingZone.objects.for_destination(destination.country, destination.province_code)
    if zone is None or not contents.parts:  # an empty cart (emptied in another tab) ships nothing
        return []
    bands = {}
    for rate in zone.rates.all():
        bands.setdefault(rate.service, []).append(rate)
    weights = [
        (part.artisan, parcel_weight(part, destination.volumetric_divisor))
        for part in contents.parts
    ]
    options = []
    for service, rates in bands.items():
        rates.sort(key=lambda rate: rate.max_weight_grams)
        chosen = [
            next((rate for rate in rates if rate.max_weight_grams >= weight), None)
            for _artisan, weight in weights
        ]
        if None in chosen:
            continue  # a parcel heavier than this service's heaviest band
        options.append(
            ShippingOption(
                key=f"courier:{zone.pk}:{service}",
                method=DeliveryMethod.COURIER,
                service=service,
                days_min=max(rate.days_min for rate in chosen),
                days_max=max(rate.days_max for rate in chosen),
                parcels=[
                    ParcelQuote(artisan, weight, rate.price)
                    for (artisan, weight), rate in zip(weights, chosen, strict=True)
                ],
            )
        )
    return sorted(options, key=lambda option: (option.total, option.service))


def shipping_options(contents, destination):
    """Every way this cart can reach the address, cheapest courier first, pickup last."""
    options = courier_options(contents, destination) if destination else []
    if settings.GALLERY_PICKUP:
        options.append(pickup_option(contents))
    return options


def find_option(contents, destination, key):
    """The option `key` as it costs now, or None if it is no longer offered."""
    return next(
        (option for option in shipping_options(contents, destination) if option.key == key), None
    )
