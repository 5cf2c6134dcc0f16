"""The payment methods a buyer may choose, and each method's provider."""

from .bank_transfer import bank_transfer
from .stripe_card import stripe_card
from .stripe_client import card_payments_enabled

PROVIDERS = {provider.method: provider for provider in (bank_transfer, stripe_card)}


def provider_for(payment_or_method):
    """The provider of a payment, or of a method's value."""
    return PROVIDERS[getattr(payment_or_method, "method", payment_or_method)]


def offered_methods():
    """The methods offered at checkout: bank transfer always, cards when Stripe is set up."""
    methods = [bank_transfer.method]
    if card_payments_enabled():
        methods.append(stripe_card.method)
    return methods
