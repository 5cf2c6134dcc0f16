"""`{% remembered "name" part ... %}…{% endremembered %}`: a part of a page rendered once and
kept until anything a public page shows changes (see `home.page_cache.remembered`), per
language and per the parts given (what else the fragment depends on: the visitor's display
currency, the list's address...). Rendered every time when the catalog cache is off."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.page_cache import remembered

register = template.Library()


class RememberedNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist = nodelist
        self.parts = parts

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            # An editor's preview shows the draft: never kept, never served a kept copy.
            return self.nodelist.render(context)
        parts = tuple(str(part.resolve(context)) for part in self.parts)
        # Prices in a card follow the visitor's display currency and the day's rate.
        display = context.get("price_display")
        rate = (display.code, display.rate_text) if display is not None else ()
        html = remembered(
            ("fragment", get_language(), *rate, *parts),
            lambda: str(self.nodelist.render(context)),
        )
        # What the template itself rendered (escaped as it rendered), kept in our own cache.
        return mark_safe(html)  # nosec B308 B703


@register.tag
def remembered_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name, e.g. {{% {bits[0]} 'grid' %}}")
    nodelist = parser.parse(("endremembered_fragment",))
    parser.delete_first_token()
    return RememberedNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
