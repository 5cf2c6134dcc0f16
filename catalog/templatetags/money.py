from django import template

from catalog.money import format_idr

register = template.Library()


@register.filter
def rupiah(amount):
    """{{ product.price|rupiah }} -> "Rp1.250.000" in Indonesian, "IDR 1,250,000" in English."""
    if amount in (None, ""):
        return ""
    return format_idr(amount)
