"""`{% remembered "name" part ... %}…{% endremembered %}`: a part of a page rendered once and
kept until anything a public page shows changes (see `home.page_cache.remembered`), per
language and per the parts given (what else the fragment depends on: the visitor's display
currency, the list's address...). Rendered every time when the catalog cache is off."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from home.page_cache import TOKEN_PLACEHOLDER, remembered

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
        # A form's {% csrf_token %} is kept as a placeholder and given each visitor's own token
        # (the token is lazy: asked for only when the fragment has a form, so that a page
        # without one sets no CSRF cookie).
        token = context.get("csrf_token")
        has_token = token is not None
        html = remembered(
            ("fragment", get_language(), *rate, *parts, has_token),
            lambda: self.render_kept(context, has_token),
        )
        if has_token and TOKEN_PLACEHOLDER in html:
            html = with_token(html, str(token))
        # What the template itself rendered (escaped as it rendered), kept in our own cache.
        return mark_safe(html)  # nosec B308 B703

    def render_kept(self, context, has_token):
        if not has_token:
            return str(self.nodelist.render(context))
        with context.push(csrf_token=TOKEN_PLACEHOLDER):
            return str(self.nodelist.render(context))


def with_token(html, token):
    """`html` with the placeholder's token replaced by the visitor's (none without CSRF
    protection, as Django's tag then renders nothing)."""
    if not token or token == "NOTPROVIDED":  # nosec B105  # Django's "no CSRF token" marker
        field = csrf_input(TOKEN_PLACEHOLDER)
        return html.replace(field, "")
    return html.replace(TOKEN_PLACEHOLDER, token)


def csrf_input(token):
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)


@register.tag
def remembered_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a name, e.g. {{% {bits[0]} 'grid' %}}")
    nodelist = parser.parse(("endremembered_fragment",))
    parser.delete_first_token()
    return RememberedNode(nodelist, [parser.compile_filter(bit) for bit in bits[1:]])
