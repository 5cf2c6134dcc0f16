"""The currency a visitor sees prices in, besides rupiah: chosen once, kept in the session.

Everyone starts with rupiah only; a foreign currency is offered only while it has a rate.
"""

from dataclasses import dataclass, field

from .currencies import CURRENCIES, RUPIAH, Currency, Rate, convert, format_amount, format_rate
from .models import current_rates

SESSION_KEY = "display_currency"


@dataclass(frozen=True)
class PriceDisplay:
    """Rupiah, plus an indicative amount in `currency` when the visitor chose one."""

    currency: Currency | None = None
    rate: Rate | None = None
    offered: tuple[Currency, ...] = field(default_factory=tuple)

    @property
    def code(self):
        return self.currency.code if self.currency else RUPIAH

    def approximate(self, amount_idr):
        """`amount_idr` written in the chosen currency ("US$12.35"), or None for rupiah only."""
        if self.rate is None:
            return None
        amount = convert(amount_idr, self.code, {self.code: self.rate})
        return format_amount(amount, self.code)

    @property
    def rate_text(self):
        """ "US$1 = Rp16.250": the rate the indicative amounts use."""
        return format_rate(self.rate) if self.rate else ""


def price_display_for(request):
    """How this visitor sees prices (worked out once a request)."""
    if not hasattr(request, "_price_display"):
        rates = current_rates()
        # The session is only read when there is a choice to make.
        code = request.session.get(SESSION_KEY) if rates and hasattr(request, "session") else None
        offered = tuple(currency for currency in CURRENCIES.values() if currency.code in rates)
        rate = rates.get(code)
        request._price_display = PriceDisplay(
            currency=CURRENCIES[code] if rate else None, rate=rate, offered=offered
        )
    return request._price_display


def remember_currency(request, code):
    """Keep `code` as the visitor's choice; False (and nothing kept) unless it is offered."""
    if code == RUPIAH:
        request.session.pop(SESSION_KEY, None)
    elif code in current_rates():
        request.session[SESSION_KEY] = code
    else:
        return False
    request.__dict__.pop("_price_display", None)
    return True
