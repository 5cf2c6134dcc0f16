"""Amounts as Stripe wants them: integers in each currency's minor unit, within its digit limit.

Stripe's rules for the currencies this site offers (https://docs.stripe.com/currencies):
- IDR is NOT zero-decimal at Stripe: Rp150.000 is sent as 15000000 (two decimals), with at most
  12 digits (Rp9.999.999.999,99).
- JPY is zero-decimal: ¥1.500 is sent as 1500.
- USD, EUR, SGD, AUD and MYR have two decimals: US$12.35 is sent as 1235.
- Every currency but IDR: at most 8 digits (US$999,999.99; ¥99,999,999).

Decimal and int only: a float is refused, never rounded. An amount with more decimals than the
currency has is refused too (the caller rounds first, on purpose: see `order_display_total`).
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext

from catalog.currencies import CURRENCIES, RUPIAH, format_amount
from catalog.money import format_idr

# Decimal places Stripe counts in its minor unit, per currency (upper-case ISO 4217).
STRIPE_DECIMAL_PLACES = {
    RUPIAH: 2,
    "USD": 2,
    "EUR": 2,
    "SGD": 2,
    "AUD": 2,
    "MYR": 2,
    "JPY": 0,
}
# Most digits Stripe accepts in an amount (in minor units).
STRIPE_MAX_DIGITS = {RUPIAH: 12}
DEFAULT_MAX_DIGITS = 8


class StripeAmountError(ValueError):
    """An amount or currency Stripe cannot take; `code` says why, the message says it in words."""

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


def _currency(code):
    """The upper-case code of a currency Stripe takes from us ("idr" and "IDR" alike)."""
    normalized = code.upper() if isinstance(code, str) else None
    if normalized not in STRIPE_DECIMAL_PLACES:
        raise StripeAmountError(
            gettext("Card payments are not available in the currency %(currency)s.")
            % {"currency": code},
            code="currency",
        )
    return normalized


def stripe_currency(code):
    """The currency as Stripe writes it ("idr"), or StripeAmountError when it is not offered."""
    return _currency(code).lower()


def max_stripe_amount(currency):
    """The largest amount, in minor units, Stripe accepts in `currency` (99999999 for USD)."""
    return 10 ** STRIPE_MAX_DIGITS.get(_currency(currency), DEFAULT_MAX_DIGITS) - 1


def _check_number(amount, kind):
    # bool is an int to Python; a float has already lost the exact amount.
    if (
        isinstance(amount, bool)
        or not isinstance(amount, kind)
        or (isinstance(amount, Decimal) and not amount.is_finite())
    ):
        raise StripeAmountError(
            gettext("An amount must be a whole number or a decimal, not %(value)r.")
            % {"value": amount},
            code="type",
        )
    if amount < 0:
        raise StripeAmountError(gettext("An amount cannot be negative."), code="negative")


def _check_limit(minor, currency):
    if minor > max_stripe_amount(currency):
        places = STRIPE_DECIMAL_PLACES[currency]
        largest = Decimal(max_stripe_amount(currency)).scaleb(-places)
        # Whole rupiah only: Rp9.999.999.999 (Stripe's limit is that and 99 sen).
        maximum = format_idr(largest) if currency == RUPIAH else format_amount(largest, currency)
        raise StripeAmountError(
            gettext(
                "The amount is too large to pay by card in %(currency)s: "
                "at most %(maximum)s can be paid at once."
            )
            % {"currency": currency, "maximum": maximum},
            code="too_large",
        )


def to_stripe_amount(amount, currency):
    """`amount` (int or Decimal, in the currency's main unit) in Stripe's minor units.

    to_stripe_amount(150000, "IDR") == 15000000; to_stripe_amount(Decimal("12.35"), "USD") == 1235;
    to_stripe_amount(1500, "JPY") == 1500.
    """
    currency = _currency(currency)
    _check_number(amount, (int, Decimal))
    amount = Decimal(amount)
    minor = amount.scaleb(STRIPE_DECIMAL_PLACES[currency])
    if minor != minor.to_integral_value():
        raise StripeAmountError(
            gettext("%(amount)s has more decimals than %(currency)s has.")
            % {"amount": amount, "currency": currency},
            code="precision",
        )
    minor = int(minor)
    _check_limit(minor, currency)
    return minor


def from_stripe_amount(minor, currency):
    """Stripe's `minor` units of `currency` as a Decimal in the main unit (15000000 IDR is
    Decimal("150000.00"), equal to the order's 150000)."""
    currency = _currency(currency)
    _check_number(minor, int)
    _check_limit(minor, currency)
    return Decimal(minor).scaleb(-STRIPE_DECIMAL_PLACES[currency])


def order_display_total(order):
    """The order's total in the buyer's display currency, at the rate stored on the order
    (rupiah per unit), rounded half up to the currency's minor unit: a Decimal.

    An order in rupiah gives its rupiah total. An order whose display currency is not offered,
    or has no usable rate, raises StripeAmountError.
    """
    code = order.display_currency
    if code == RUPIAH:
        return Decimal(order.total)
    if code not in CURRENCIES:
        raise StripeAmountError(
            gettext("Card payments are not available in the currency %(currency)s.")
            % {"currency": code},
            code="currency",
        )
    rate = order.display_rate
    if rate is None or not isinstance(rate, Decimal) or not rate.is_finite() or rate <= 0:
        raise StripeAmountError(
            gettext("Order %(number)s has no exchange rate for %(currency)s.")
            % {"number": order.number, "currency": code},
            code="no_rate",
        )
    exponent = Decimal(1).scaleb(-CURRENCIES[code].decimal_places)
    return (Decimal(int(order.total)) / rate).quantize(exponent, ROUND_HALF_UP)


def order_charge(order, currency):
    """What to ask Stripe for to pay `order` in `currency`: (Stripe's currency, minor units).

    `currency` is rupiah or the order's display currency (at the order's stored rate); any other
    currency raises StripeAmountError, as does an amount beyond Stripe's limits.
    """
    code = _currency(currency)
    if code == RUPIAH:
        amount = Decimal(order.total)
    elif code == order.display_currency:
        amount = order_display_total(order)
    else:
        raise StripeAmountError(
            gettext("Order %(number)s cannot be paid in %(currency)s.")
            % {"number": order.number, "currency": code},
            code="currency",
        )
    return code.lower(), to_stripe_amount(amount, code)
