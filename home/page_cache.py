"""Whole public pages kept in the cache for visitors who are not signed in.

Most visitors read the catalog and the artisans' stories without an account, a cart or a
currency choice: for them a page is the same for everybody, so it is rendered once and served
from the shared cache (Redis) until the catalog or a page changes. Only views that declare
their pages cacheable (`cacheable_page`) are kept; a visitor with a session (signed in, a
cart, a chosen currency, a message to show) always gets a freshly rendered page.

Forms on a kept page still need the visitor's own CSRF token: the page is rendered with a
placeholder of the token's length, and every copy served gets the visitor's token instead.

Invalidation: each entry carries the cache's *generation*, a random value replaced whenever
something a public page shows changes (`invalidate_pages`, after the transaction commits);
an entry of an older generation is never served.
"""

import gzip
import hashlib
import logging
import re
import time
import uuid
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http.request import split_domain_port
from django.middleware.csrf import CSRF_TOKEN_LENGTH, CsrfViewMiddleware, get_token
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
# The shape of what is kept (page entries, pickled model instances and routes): a release that
# changes it bumps this, so that its servers never read what an older release kept.
KEPT_FORMAT = 2
LAST_CHANGE_KEY = "page-cache:last-change"
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# As long as a real token, so the length of a page is the same before and after.
TOKEN_PLACEHOLDER = "pagecache-csrf-token-placeholder-".ljust(CSRF_TOKEN_LENGTH, "x")
CACHE_STATUS_HEADER = "X-Page-Cache"
# Cookies that mean the page may be made for this visitor alone.
PERSONAL_COOKIES = ("SESSION_COOKIE_NAME", "messages")


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def cacheable_page(response):
    """Mark a response as the same for every anonymous visitor; returns it."""
    response.cacheable_page = True
    patch_vary_headers(response, ("Cookie",))
    return response


class CacheablePageMixin:
    """For class-based views whose GET pages are the same for every anonymous visitor."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        return cacheable_page(response) if request.method == "GET" else response


def remembered(parts, compute, keep_none=True):
    """What `compute()` returns, kept in the shared cache under `parts` until anything a public
    page shows changes (the pages' generation); computed every time when the catalog cache is
    off (CATALOG_CACHE_SECONDS = 0). For costly figures of the catalog: facet counts, totals,
    search rankings. With `keep_none=False` a None is not kept (where any visitor can make
    `parts` up, such as an address that names no page)."""
    seconds = getattr(settings, "CATALOG_CACHE_SECONDS", 0)
    if not seconds:
        return compute()
    key = f"page-cache:data:{KEPT_FORMAT}:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    try:
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or _current_generation()
    except Exception:  # the cache server down: compute, as with the cache off
        logger.exception("Catalog cache unreachable")
        return compute()
    entry = found.get(key)
    if entry is not None and entry[0] == generation:
        return entry[1]
    value = compute()
    if value is None and not keep_none:
        return value
    with suppress_cache_errors():
        cache.set(key, (generation, value), seconds)
    return value


def site_address(request):
    """The host name and port that Wagtail finds a request's site by (Site.find_for_request),
    for the keys of what is kept per site."""
    return split_domain_port(request._get_raw_host())[0], request.get_port()


@contextmanager
def suppress_cache_errors():
    """A cache server that fails costs speed, never a page or a committed change."""
    try:
        yield
    except Exception:
        logger.exception("Page cache unreachable")


def _current_generation():
    cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
    return cache.get(GENERATION_KEY)


def invalidate_pages():
    """Forget every kept page, once the current transaction (if any) commits."""
    transaction.on_commit(_new_generation, robust=True)


def _new_generation():
    with suppress_cache_errors():
        cache.set_many({GENERATION_KEY: uuid.uuid4().hex, LAST_CHANGE_KEY: time.time()}, None)


def seconds_since_last_change():
    """Seconds since something a public page shows last changed (None: not known), for the
    read replica, which may not have that change yet (home.db_routing)."""
    with suppress_cache_errors():
        changed_at = cache.get(LAST_CHANGE_KEY)
        return None if changed_at is None else time.time() - changed_at
    return None


def csrf_token_placeholder(request):
    """Context processor: a page that may be kept gets a placeholder instead of the token
    (Django's own `csrf` processor gives the token to every other page)."""
    if getattr(request, "page_cache_candidate", False):
        return {"csrf_token": TOKEN_PLACEHOLDER}
    return {}


def is_anonymous_request(request):
    """Asked without a session, a message or credentials: the page is everybody's."""
    personal = {settings.SESSION_COOKIE_NAME, "messages"}
    return "HTTP_AUTHORIZATION" not in request.META and not personal.intersection(request.COOKIES)


def _is_candidate(request):
    return request.method == "GET" and is_anonymous_request(request)


def _page_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"page-cache:page:{KEPT_FORMAT}:" + hashlib.sha256(address.encode()).hexdigest()


def _may_keep(response):
    return (
        getattr(response, "cacheable_page", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith("text/html")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serve and keep anonymous visitors' pages; placed right after WhiteNoise, so a kept
    page costs no session, locale or database work."""

    def __init__(self, get_response):
        self.get_response = get_response
        # Django's own CSRF middleware reads and sets the visitor's token cookie.
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        seconds = cache_seconds()
        if not seconds or not _is_candidate(request):
            return self.get_response(request)
        try:
            key = _page_key(request)
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY) or _current_generation()
        except DisallowedHost:
            return self.get_response(request)
        except Exception:
            logger.exception("Page cache unreachable")
            return self.get_response(request)
        entry = found.get(key)
        if entry is not None and entry["generation"] == generation:
            return self._served_from_cache(request, entry)

        request.page_cache_candidate = True
        response = self.get_response(request)
        if _may_keep(response):
            with suppress_cache_errors():
                cache.set(key, self._entry(response, generation), seconds)
                response[CACHE_STATUS_HEADER] = "miss"
        return self._with_visitors_token(request, response)

    @staticmethod
    def _entry(response, generation):
        entry = {
            "generation": generation,
            "status": response.status_code,
            "headers": list(response.items()),
        }
        # A page without a visitor's token is the same bytes for everybody: kept compressed
        # only, so that serving it costs no compression (GZipMiddleware compresses every other
        # answer on its way out) and each hit reads a seventh of the bytes from the cache; the
        # rare client that takes no gzip gets it decompressed. It holds no secret, so BREACH
        # has nothing to find in it.
        if TOKEN_PLACEHOLDER.encode() not in response.content:
            compressed = compress_string(response.content)
            if len(compressed) < len(response.content):
                entry["gzip"] = compressed
                return entry
        entry["content"] = response.content
        return entry

    def _served_from_cache(self, request, entry):
        from django.http import HttpResponse

        compressed = entry.get("gzip")
        accepts_gzip = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if compressed is None:
            content = entry["content"]
        else:
            content = compressed if accepts_gzip else gzip.decompress(compressed)
        response = HttpResponse(content, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[CACHE_STATUS_HEADER] = "hit"
        response.cacheable_page = True
        if compressed and accepts_gzip:
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(compressed))
            patch_vary_headers(response, ("Accept-Encoding",))
            return response
        # The CSRF middleware did not see this request: let it read the token cookie.
        self.csrf.process_request(request)
        return self._with_visitors_token(request, response)

    def _with_visitors_token(self, request, response):
        if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
            return response
        placeholder = TOKEN_PLACEHOLDER.encode()
        if placeholder not in response.content:
            return response
        response.content = response.content.replace(placeholder, get_token(request).encode())
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return self.csrf.process_response(request, response)
