from django import template
from django.utils.html import format_html

from catalog.money import format_idr

register = template.Library()


@register.filter
def rupiah(amount):
    """{{ product.price|rupiah }} -> "Rp1.250.000" in Indonesian, "IDR 1,250,000" in English."""
    if amount in (None, ""):
        return ""
    return format_idr(amount)


@register.simple_tag(takes_context=True)
def price(context, amount):
    """{% price product.price %}: the rupiah price, followed by "≈ US$12.35" when the visitor
    chose a display currency (see `catalog.context_processors.price_display`)."""
    if amount in (None, ""):
        return ""
    display = context.get("price_display")
    approximate = display.approximate(amount) if display is not None else None
    if approximate is None:
        return format_idr(amount)
    return format_html('{} <span class="price-approx">≈ {}</span>', format_idr(amount), approximate)
