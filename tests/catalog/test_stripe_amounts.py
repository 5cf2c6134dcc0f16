"""Amounts for Stripe: minor units per currency, digit limits, and an order's display total."""

from decimal import Decimal

import pytest

from catalog.currencies import CURRENCIES, RUPIAH
from catalog.models import Order
from catalog.payments.stripe_amounts import (
    STRIPE_DECIMAL_PLACES,
    StripeAmountError,
    from_stripe_amount,
    max_stripe_amount,
    order_charge,
    order_display_total,
    stripe_currency,
    to_stripe_amount,
)


def order(total, currency=RUPIAH, rate=None):
    return Order(number="PK-TEST", total=total, display_currency=currency, display_rate=rate)


# One row per currency the site offers, and rupiah: (amount, Stripe's minor units).
EXAMPLES = {
    "IDR": (150_000, 15_000_000),
    "USD": (Decimal("12.35"), 1235),
    "EUR": (Decimal("9.5"), 950),
    "SGD": (Decimal("0.01"), 1),
    "AUD": (Decimal("100"), 10000),
    "JPY": (1500, 1500),
    "MYR": (Decimal("42.10"), 4210),
}


def test_every_offered_currency_has_a_stripe_rule_and_an_example():
    assert set(CURRENCIES) | {RUPIAH} == set(STRIPE_DECIMAL_PLACES) == set(EXAMPLES)
    # The display rounding and Stripe's minor unit agree, except for rupiah (shown whole).
    for code, currency in CURRENCIES.items():
        assert currency.decimal_places == STRIPE_DECIMAL_PLACES[code]


@pytest.mark.parametrize(("code", "example"), EXAMPLES.items())
def test_each_currency_converts_both_ways(code, example):
    amount, minor = example
    assert to_stripe_amount(amount, code) == minor
    assert to_stripe_amount(amount, code.lower()) == minor
    back = from_stripe_amount(minor, code)
    assert back == amount
    assert isinstance(back, Decimal)


def test_rupiah_is_not_zero_decimal_at_stripe():
    assert to_stripe_amount(150_000, "IDR") == 15_000_000
    assert to_stripe_amount(1, "IDR") == 100
    assert from_stripe_amount(15_000_000, "IDR") == 150_000


def test_yen_is_zero_decimal():
    assert to_stripe_amount(1500, "JPY") == 1500
    assert to_stripe_amount(Decimal("1500.00"), "JPY") == 1500
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(Decimal("1500.5"), "JPY")
    assert error.value.code == "precision"


def test_dollars_have_two_decimals_and_no_more():
    assert to_stripe_amount(Decimal("0.99"), "USD") == 99
    assert to_stripe_amount(Decimal("12.350"), "USD") == 1235
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(Decimal("12.345"), "USD")
    assert error.value.code == "precision"


@pytest.mark.parametrize("code", sorted(STRIPE_DECIMAL_PLACES))
def test_zero_converts_to_zero(code):
    assert to_stripe_amount(0, code) == 0
    assert from_stripe_amount(0, code) == 0


@pytest.mark.parametrize(
    ("code", "largest", "largest_minor"),
    [
        ("IDR", Decimal("9999999999.99"), 999_999_999_999),  # 12 digits
        ("USD", Decimal("999999.99"), 99_999_999),  # 8 digits
        ("EUR", Decimal("999999.99"), 99_999_999),
        ("SGD", Decimal("999999.99"), 99_999_999),
        ("AUD", Decimal("999999.99"), 99_999_999),
        ("MYR", Decimal("999999.99"), 99_999_999),
        ("JPY", Decimal("99999999"), 99_999_999),
    ],
)
def test_digit_limits(code, largest, largest_minor):
    assert max_stripe_amount(code) == largest_minor
    assert to_stripe_amount(largest, code) == largest_minor
    assert from_stripe_amount(largest_minor, code) == largest
    one_more = largest + Decimal(1).scaleb(-STRIPE_DECIMAL_PLACES[code])
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(one_more, code)
    assert error.value.code == "too_large"
    with pytest.raises(StripeAmountError) as error:
        from_stripe_amount(largest_minor + 1, code)
    assert error.value.code == "too_large"


def test_too_large_says_the_limit_in_the_buyers_words():
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(10_000_000_000, "IDR")
    assert str(error.value) == (
        "Jumlahnya terlalu besar untuk dibayar dengan kartu dalam IDR: "
        "paling banyak Rp9.999.999.999 sekali bayar."
    )
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(1_000_000, "USD")
    assert "US$999.999,99" in str(error.value)


@pytest.mark.parametrize("code", ["XYZ", "", None, "KRW", "usd ", 840, "IDRX"])
def test_a_currency_not_offered_is_refused(code):
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(100, code)
    assert error.value.code == "currency"
    with pytest.raises(StripeAmountError):
        from_stripe_amount(100, code)
    with pytest.raises(StripeAmountError):
        stripe_currency(code)


def test_stripe_writes_currencies_in_lower_case():
    assert stripe_currency("IDR") == "idr"
    assert stripe_currency("jpy") == "jpy"


@pytest.mark.parametrize(
    "amount", [12.35, 1e3, True, "150000", None, Decimal("NaN"), Decimal("Infinity")]
)
def test_floats_strings_and_odd_numbers_are_refused(amount):
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(amount, "USD")
    assert error.value.code == "type"


@pytest.mark.parametrize("minor", [12.0, Decimal("1235"), "1235", False, None])
def test_minor_units_are_whole_numbers(minor):
    with pytest.raises(StripeAmountError) as error:
        from_stripe_amount(minor, "USD")
    assert error.value.code == "type"


def test_negative_amounts_are_refused():
    with pytest.raises(StripeAmountError) as error:
        to_stripe_amount(-1, "IDR")
    assert error.value.code == "negative"
    with pytest.raises(StripeAmountError) as error:
        from_stripe_amount(-100, "IDR")
    assert error.value.code == "negative"


def test_display_total_uses_the_rate_stored_on_the_order():
    # Rp1.250.000 at Rp16.250 per dollar: 76.923... dollars, rounded to the cent.
    assert order_display_total(order(1_250_000, "USD", Decimal("16250.00"))) == Decimal("76.92")
    # Rp1.000.000 at Rp108,50 per yen: 9216.589... yen, rounded to the yen.
    assert order_display_total(order(1_000_000, "JPY", Decimal("108.50"))) == Decimal("9217")


def test_display_total_rounds_half_up():
    # 100 / 8 = 12.5 yen -> 13; 1 / 8 = 0.125 dollars -> 0.13.
    assert order_display_total(order(100, "JPY", Decimal("8"))) == Decimal("13")
    assert order_display_total(order(1, "USD", Decimal("8"))) == Decimal("0.13")
    assert order_display_total(order(3, "EUR", Decimal("200"))) == Decimal("0.02")  # 0.015


def test_display_total_of_a_rupiah_order_is_its_total():
    assert order_display_total(order(150_000)) == 150_000


@pytest.mark.parametrize("rate", [None, Decimal("0"), Decimal("-1"), Decimal("NaN"), 16250.0])
def test_display_total_needs_a_usable_rate(rate):
    with pytest.raises(StripeAmountError) as error:
        order_display_total(order(150_000, "USD", rate))
    assert error.value.code == "no_rate"


def test_display_total_in_a_currency_not_offered_is_refused():
    with pytest.raises(StripeAmountError) as error:
        order_display_total(order(150_000, "GBP", Decimal("20000")))
    assert error.value.code == "currency"


def test_order_charge_in_rupiah_or_in_the_display_currency():
    placed = order(1_250_000, "USD", Decimal("16250.00"))
    assert order_charge(placed, "IDR") == ("idr", 125_000_000)
    assert order_charge(placed, "usd") == ("usd", 7692)
    yen = order(1_000_000, "JPY", Decimal("108.50"))
    assert order_charge(yen, "JPY") == ("jpy", 9217)


def test_order_charge_in_another_currency_is_refused():
    placed = order(1_250_000, "USD", Decimal("16250.00"))
    with pytest.raises(StripeAmountError) as error:
        order_charge(placed, "EUR")
    assert error.value.code == "currency"
    with pytest.raises(StripeAmountError) as error:
        order_charge(order(150_000), "USD")
    assert error.value.code == "currency"


def test_order_charge_beyond_the_limit_is_refused():
    # Rp20.000.000.000 is 2 000 000 000 000 sen: 13 digits.
    with pytest.raises(StripeAmountError) as error:
        order_charge(order(20_000_000_000), "IDR")
    assert error.value.code == "too_large"
    # Rp16.250.000.000 at Rp16.250 per dollar: US$1,000,000.00, 9 digits in cents.
    with pytest.raises(StripeAmountError) as error:
        order_charge(order(16_250_000_000, "USD", Decimal("16250")), "USD")
    assert error.value.code == "too_large"
