"""Wagtail's routing of a public page kept until anything public changes.

Finding the page a path names costs Wagtail a query for the site, one for the locale, two per
level of the tree, and two for the view restrictions of the page and its ancestors, on every
request: 6 for the home page, 9 for an artisan's profile. The route (the specific page with
its view restrictions) is the same for every visitor of a site in a
language, so it is kept with the catalog's figures (`home.page_cache.remembered`, forgotten
whenever something a public page shows is saved, published or moved) and handed to Wagtail's
own per-request memos (`request._wagtail_site`, `request._wagtail_route_for_request`) before
its view runs. Wagtail still checks the restrictions against the visitor (password, sign-in,
groups) with its `check_view_restrictions` hook; only reading them is saved.
"""

from django.utils.translation import get_language

from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from .page_cache import remembered, site_address


class KeptPageRouteMiddleware:
    """Placed after LocaleMiddleware: the route depends on the language of the address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or request.method not in ("GET", "HEAD"):
            return None
        from home.models import CouncilSettings

        # The site, kept with the council's settings (every page shows them).
        CouncilSettings.for_request(request)
        path = view_kwargs["path"] if "path" in view_kwargs else view_args[0]
        route = remembered(
            ("page-route", *site_address(request), get_language(), path),
            lambda: route_with_restrictions(request, path),
            # An address that names no page is not kept: anybody can make up any number.
            keep_none=False,
        )
        if route is not None:
            request._wagtail_route_for_request = route
        return None


def route_with_restrictions(request, path):
    """Wagtail's route for `path`, its page carrying its view restrictions read once."""
    route = Page.route_for_request(request, path)
    if route is None or route.args or route.kwargs:
        # No page, or a page's own sub-address (RoutablePageMixin), which any visitor can make
        # up: not kept.
        return None
    page = route.page
    page.kept_view_restrictions = list(Page.get_view_restrictions(page))
    # What the page's own `serve` reads (an artisan's profile checks its maker), kept with it.
    for name in getattr(page, "kept_with_route", ()):
        getattr(page, name)
    return route
