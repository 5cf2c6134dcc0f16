from django import template

from home.translation import live_translation as live_translation_of

register = template.Library()


@register.simple_tag
def live_translation(page):
    """The live version of a chosen page in the visitor's language (or its live original)."""
    return live_translation_of(page.specific if page else None)
