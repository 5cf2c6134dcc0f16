"""Demo step: exchange rates for the display currencies export buyers can pick."""

from datetime import date
from decimal import Decimal

from django.utils.timezone import localdate

from catalog.models import ExchangeRate

SOURCE = "Bank Indonesia (JISDOR) — demo"
EFFECTIVE_ON = date(2026, 11, 20)
RUPIAH_PER_UNIT = {
    "USD": Decimal("16450.00"),
    "EUR": Decimal("19080.00"),
    "SGD": Decimal("12690.00"),
    "AUD": Decimal("10820.00"),
    "JPY": Decimal("108.50"),
    "MYR": Decimal("3905.00"),
}


def load_rates(loader):
    """One demo rate per currency, unless the demo already recorded one."""
    for currency, rupiah_per_unit in RUPIAH_PER_UNIT.items():
        if ExchangeRate.objects.filter(currency=currency, source=SOURCE).exists():
            continue
        ExchangeRate.objects.create(
            currency=currency,
            rupiah_per_unit=rupiah_per_unit,
            source=SOURCE,
            # Never in the future, or the demo would show no rate until then.
            effective_on=min(EFFECTIVE_ON, localdate()),
        )
        loader.created += 1
