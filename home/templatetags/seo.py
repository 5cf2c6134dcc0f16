"""JSON-LD for the page being rendered: its own, its breadcrumb trail, and a view's."""

from django import template
from django.utils.html import format_html_join
from django.utils.translation import get_language

from wagtail.models import Page

from home.page_cache import remembered
from home.structured_data import breadcrumb_list, json_ld_script, page_breadcrumbs

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context):
    """<script type="application/ld+json"> elements for the page, one per schema.org item."""
    request = context.get("request")
    if request is None:
        return ""
    items = list(context.get("structured_data", []))
    page = context.get("page")
    if isinstance(page, Page):
        if getattr(request, "is_preview", False):
            items.extend(page_items(page, request))
        else:
            # Kept until anything public changes, per address as its absolute links are made
            # (the Host header's port included), and language.
            address = (request.build_absolute_uri("/"), get_language())
            items.extend(
                remembered(("page-json-ld", page.pk, *address), lambda: page_items(page, request))
            )
    # Each element is built safe by json_ld_script; format_html_join keeps safe strings as they are.
    return format_html_join("", "{}", ((json_ld_script(item),) for item in items))


def page_items(page, request):
    """A Wagtail page's own schema.org items and its breadcrumb trail below the home page."""
    items = []
    if page.depth > 2:
        items.append(breadcrumb_list(request, page_breadcrumbs(page, request)))
    items.extend(getattr(page, "structured_data", lambda request: [])(request))
    return items
