"""Display currencies for export buyers: which are offered, conversion from rupiah, formatting.

Prices are set and paid in rupiah; an amount in another currency is indicative only, converted
with the rate editors keep (`catalog.models.ExchangeRate`). Nothing here touches the database.
"""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.utils.formats import number_format
from django.utils.text import format_lazy
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

RUPIAH = "IDR"


@dataclass(frozen=True)
class Currency:
    code: str  # ISO 4217
    symbol: str  # written before the amount, in both languages: unambiguous for buyers abroad
    decimal_places: int
    name: str


@dataclass(frozen=True)
class Rate:
    """How many rupiah one unit of `currency` is worth, according to `source` on `effective_on`."""

    currency: str
    rupiah_per_unit: Decimal
    source: str
    effective_on: date


CURRENCIES = {
    currency.code: currency
    for currency in (
        Currency("USD", "US$", 2, _("US dollar")),
        Currency("EUR", "€", 2, _("euro")),
        Currency("SGD", "S$", 2, _("Singapore dollar")),
        Currency("AUD", "A$", 2, _("Australian dollar")),
        Currency("JPY", "¥", 0, _("Japanese yen")),
        Currency("MYR", "RM", 2, _("Malaysian ringgit")),
    )
}
CURRENCY_CHOICES = [
    (code, format_lazy("{} · {}", code, currency.name)) for code, currency in CURRENCIES.items()
]


def convert(amount_idr, currency, rates):
    """`amount_idr` rupiah in `currency` (a code), rounded to its minor unit (half up).

    `rates` maps currency codes to `Rate`s; None when `currency` has no rate.
    """
    rate = rates.get(currency)
    if rate is None or currency not in CURRENCIES:
        return None
    exponent = Decimal(1).scaleb(-CURRENCIES[currency].decimal_places)
    return (Decimal(int(amount_idr)) / rate.rupiah_per_unit).quantize(exponent, ROUND_HALF_UP)


def _number(value, decimal_places, language):
    """A number grouped and punctuated as `language` writes it: 1.650,25 (id), 1,650.25 (en)."""
    with override(language):
        return number_format(value, decimal_places, use_l10n=True, force_grouping=True)


def format_amount(amount, currency, language=None):
    """`amount` of `currency` (a code) with its symbol: "US$12,35" (id), "US$12.35" (en)."""
    spec = CURRENCIES[currency]
    language = language or get_language() or "id"
    sign = "-" if amount < 0 else ""
    return f"{sign}{spec.symbol}{_number(abs(amount), spec.decimal_places, language)}"


def format_rate(rate, language=None):
    """One unit in rupiah: "US$1 = Rp16.250" (id), "¥1 = IDR 108.50" (en)."""
    language = language or get_language() or "id"
    value = rate.rupiah_per_unit
    places = 0 if value == value.to_integral_value() else 2
    number = _number(value, places, language)
    rupiah = f"IDR {number}" if language.startswith("en") else f"Rp{number}"
    return f"{CURRENCIES[rate.currency].symbol}1 = {rupiah}"
