"""Pages that a CDN or caching proxy in front of the site may keep, and when they are purged.

The shared page cache (`home.page_cache`) keeps anonymous pages inside the site; a front-end
cache (nginx's proxy cache, Cloudflare, CloudFront) can keep some of them closer to the buyer.
It may keep only what is the same for every visitor, so a page is marked `public` with an
`s-maxage` only when it is:
- a page its view declares cacheable, answered 200 to a GET without a query string;
- asked without a session or a message cookie (no account, no cart, no chosen currency);
- free of any CSRF token (a page with a form carries the visitor's own token) and sets no cookie.
Everything else keeps Django's headers, which no shared cache stores.

Purges go through Wagtail's front-end cache app (`WAGTAILFRONTENDCACHE`): Wagtail purges a page
when it is published or unpublished; a product saved or deleted purges its own page, the
catalog's first page and the home page, in both languages, and a change of its stock (which
saves no Product) its own page. Whatever else shows a product (an artisan's or a motif's grid,
a filtered list) is kept at most `FRONTEND_CACHE_SECONDS`.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.models import Site

from .page_cache import is_anonymous_request


def shared_cache_seconds():
    return getattr(settings, "FRONTEND_CACHE_SECONDS", 0)


def may_be_shared(request, response):
    """Whether a front-end cache may give this response to any other visitor."""
    return (
        getattr(response, "cacheable_page", False)
        and request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and is_anonymous_request(request)
        and response.status_code == 200
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


class SharedCacheHeadersMiddleware:
    """Marks the pages a front-end cache may keep (placed outside the page cache, so that pages
    served from it are marked too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        seconds = shared_cache_seconds()
        if seconds and may_be_shared(request, response):
            # Browsers ask again each time (max-age=0); the shared cache keeps it for `seconds`.
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
        return response


def product_urls(product, listings=True):
    """The full addresses a front-end cache may hold that show this product first-hand: its
    own page and, with `listings`, the catalog's first page and the home page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return []
    urls = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths = [f"/{language}/", reverse("catalog:product_list")] if listings else []
            if product.slug:
                paths.append(product.get_absolute_url())
        urls.extend(site.root_url + path for path in paths)
    return urls


def purge_product(sender, instance, **kwargs):
    if not get_backends():
        return
    urls = product_urls(instance)
    transaction.on_commit(lambda: purge_urls_from_cache(urls), robust=True)


def purge_product_page(product):
    """The product's own page, once the transaction commits: its stock changed (an order, a
    refund, the artisan's shop), which saves no Product but shows on the page. The lists that
    show it are kept at most FRONTEND_CACHE_SECONDS, so an order does not purge them all.
    `product`: a Product, or its primary key (read only when a front-end cache is set up)."""
    if not get_backends():
        return
    if isinstance(product, int):
        from catalog.models import Product

        product = Product.objects.filter(pk=product).only("slug").first()
        if product is None:
            return
    urls = product_urls(product, listings=False)
    transaction.on_commit(lambda: purge_urls_from_cache(urls), robust=True)


def connect():
    from catalog.models import Product

    post_save.connect(purge_product, sender=Product, dispatch_uid="frontend_cache_product_save")
    post_delete.connect(purge_product, sender=Product, dispatch_uid="frontend_cache_product_del")
