"""Money: every price is an integer number of rupiah; this module formats it."""

from django.utils.translation import get_language


def format_idr(amount, language=None):
    """Rupiah as Indonesians write it ("Rp1.250.000") or in English ("IDR 1,250,000")."""
    amount = int(amount)
    language = language or get_language() or "id"
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(amount):,}"
    if language.startswith("en"):
        return f"{sign}IDR {grouped}"
    return f"{sign}Rp{grouped.replace(',', '.')}"
