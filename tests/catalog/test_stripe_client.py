"""The stripe library configured from the settings: off without keys, pointed where they say."""

from django.core.exceptions import ImproperlyConfigured

import pytest

from catalog.payments.stripe_client import (
    card_payments_enabled,
    export_pays_in_display_currency,
    stripe_client,
)


def test_card_payments_are_off_in_the_tests_unless_a_test_turns_them_on(settings):
    assert settings.STRIPE_SECRET_KEY == ""
    assert not card_payments_enabled()
    with pytest.raises(ImproperlyConfigured, match="STRIPE_SECRET_KEY"):
        stripe_client()


@pytest.mark.parametrize(
    "missing", ["STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET"]
)
def test_card_payments_need_all_three_secrets(settings, missing):
    settings.STRIPE_SECRET_KEY = "sk_test_x"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_x"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_x"
    assert card_payments_enabled()
    setattr(settings, missing, "")
    assert not card_payments_enabled()
    with pytest.raises(ImproperlyConfigured):
        stripe_client()


def test_export_buyers_pay_in_rupiah_by_default(settings):
    assert settings.EXPORT_PAYMENT_CURRENCY == "IDR"
    assert export_pays_in_display_currency() is False
    settings.EXPORT_PAYMENT_CURRENCY = "display"
    assert export_pays_in_display_currency() is True


@pytest.mark.parametrize("value", ["", "USD", "idr", "Display"])
def test_a_bad_export_payment_currency_is_a_configuration_error(settings, value):
    settings.EXPORT_PAYMENT_CURRENCY = value
    with pytest.raises(ImproperlyConfigured, match="EXPORT_PAYMENT_CURRENCY"):
        export_pays_in_display_currency()
