"""Security headers of every page: Content-Security-Policy and Permissions-Policy.

The base policy is the CONTENT_SECURITY_POLICY setting (django-csp 4). What follows other
settings is added here, at request time, so that it always matches them (the tests point Stripe
at localstripe on a port chosen at run time):

- Stripe.js (STRIPE_JS_URL): its script, its frames and its API; with the real Stripe, the
  origins Stripe's own guide lists; with a stand-in (localstripe), the stand-in's origin.
- Static and media files served from another origin (a CDN, object storage).
- frame-ancestors follows X-Frame-Options: 'none' with DENY, 'self' where a view allows its own
  site to frame it (Wagtail's preview panel frames the preview with SAMEORIGIN).
- The Wagtail admin's relaxations (ADMIN_RELAXATIONS), only under the admin's address.

No nonces: anonymous pages are kept whole in the page cache (home.page_cache), so one page's
HTML is served to many visitors. Our templates carry no inline script and no inline style or
event handler: code lives in static files, data in JSON <script> blocks (which do not run).
"""

from dataclasses import asdict
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse

from csp.constants import HEADER, NONCE, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy

STRIPE_JS_ORIGIN = "https://js.stripe.com"
# https://docs.stripe.com/security/guide#content-security-policy
STRIPE_SOURCES = {
    "script-src": [STRIPE_JS_ORIGIN, "https://*.js.stripe.com"],
    "frame-src": [STRIPE_JS_ORIGIN, "https://*.js.stripe.com", "https://hooks.stripe.com"],
    "connect-src": ["https://api.stripe.com"],
}

# The Wagtail 8 admin still writes inline scripts (InlinePanel and MultipleChooserPanel in
# wagtailadmin/panels/*.html, the choosers' and the date and time widgets' initialisation in
# wagtailadmin/widgets/*.html, the image cropper's event handlers in Jcrop) and inline styles
# (its sidebar and panels, Draftail): seen blocked in Chromium under the public policy. Its pages
# are only for signed-in editors, never kept in the page cache and never hold a buyer's card, so
# the admin alone gets 'unsafe-inline' back, and may ask releases.wagtail.org for the latest
# version (the dashboard's upgrade notice). 'unsafe-eval' is not needed: the page editor, the
# preview and checks panels (axe), choosers, date pickers and StreamField ran without it.
ADMIN_RELAXATIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "connect-src": ["https://releases.wagtail.org"],
}
FRAME_ANCESTORS = {"DENY": [NONE], "SAMEORIGIN": [SELF]}


def origin(url):
    """The origin of an absolute URL ("https://cdn.example"), None for a path."""
    parts = urlsplit(url or "")
    if parts.scheme in {"http", "https"} and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


@lru_cache(maxsize=16)
def stripe_sources(js_url):
    """What Stripe.js loaded from `js_url` needs: the real Stripe's origins, or a stand-in's."""
    js_origin = origin(js_url)
    if js_origin is None:
        return {}
    if js_origin == STRIPE_JS_ORIGIN:
        return STRIPE_SOURCES
    return {name: [js_origin] for name in ("script-src", "frame-src", "connect-src")}


@lru_cache(maxsize=16)
def file_sources(static_url, media_url):
    """Static files and uploads served from another origin than the site's."""
    sources = {}
    if static := origin(static_url):
        for name in ("script-src", "style-src", "img-src", "font-src"):
            sources[name] = [static]
    if media := origin(media_url):
        for name in ("img-src", "media-src"):
            sources[name] = [*sources.get(name, []), media]
    return sources


def combined(*updates):
    """Directives merged, sources of each kept in order without repeats."""
    merged = {}
    for update in updates:
        for name, sources in (update or {}).items():
            merged[name] = list(dict.fromkeys([*merged.get(name, []), *sources]))
    return merged


@lru_cache(maxsize=1)
def admin_prefix():
    return reverse("wagtailadmin_home")


def is_admin(request):
    return request.path_info.startswith(admin_prefix())


def is_dummy(request):
    """Wagtail's preview runs the previewed page through the middleware inside the admin's own
    request (make_preview_request): only the admin's response, which the browser gets, is given
    headers, with the admin's policy and the preview's X-Frame-Options (SAMEORIGIN)."""
    return getattr(request, "is_dummy", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the sources that follow the settings (see the module).

    Placed before the page cache in MIDDLEWARE, so it adds the header to kept pages too."""

    def __init__(self, get_response):
        super().__init__(get_response)
        self.kept = {}  # the header, built once per kind of page and settings

    def process_response(self, request, response):
        if is_dummy(request):
            return response
        if needs_its_own_policy(request, response):
            return super().process_response(request, response)
        if HEADER not in response:
            response[HEADER] = self.kept_policy(request, response)
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def kept_policy(self, request, response):
        """django-csp builds the policy anew for each response, at about 0.3 ms (deep copies):
        as much as a kept page costs to serve. Pages without a policy of their own share it."""
        directives = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        key = (
            is_admin(request),
            response.get("X-Frame-Options", ""),
            settings.STRIPE_JS_URL,
            settings.STATIC_URL,
            settings.MEDIA_URL,
        )
        kept = self.kept.get(key)
        if kept is None or kept[0] is not directives:
            if len(self.kept) > 64:
                self.kept.clear()
            parts = self.get_policy_parts(request, response)
            kept = self.kept[key] = (directives, build_policy(**asdict(parts)))
        return kept[1]

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        parts.update = combined(
            stripe_sources(settings.STRIPE_JS_URL),
            file_sources(settings.STATIC_URL, settings.MEDIA_URL),
            parts.update,
        )
        ancestors = FRAME_ANCESTORS.get(response.get("X-Frame-Options", "").upper())
        replace = {"frame-ancestors": ancestors}
        if is_admin(request):
            settings_policy = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
            replace |= admin_relaxed(parts.config or settings_policy.get("DIRECTIVES", {}))
        parts.replace = replace | (parts.replace or {})
        return parts


def needs_its_own_policy(request, response):
    """Whether django-csp must build this response's header itself: a view's own policy
    (@csp, @csp_update, @csp_replace, @csp_exempt), a nonce asked for, a report-only policy,
    excluded addresses, or the debug pages django-csp leaves alone."""
    per_view = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
    return (
        any(getattr(response, name, None) for name in per_view)
        or getattr(request, "_csp_nonce", None) is not None
        or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        or (getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}).get("EXCLUDE_URL_PREFIXES")
        or (settings.DEBUG and response.status_code in (404, 500))
    )


def admin_relaxed(directives):
    """The site's directives with the admin's relaxations. Browsers ignore 'unsafe-inline' in
    a list that holds a hash or a nonce (the 500 page's style hash), so those are left out."""
    relaxed = {}
    for name, extra in ADMIN_RELAXATIONS.items():
        kept = [
            source
            for source in directives.get(name) or directives.get("default-src") or []
            if source is not NONCE and not str(source).startswith(("'sha", "'nonce-"))
        ]
        relaxed[name] = [*kept, *extra]
    return relaxed


def permissions_policy(features, stripe_js_url):
    """The Permissions-Policy header: each feature's allow-list; "payment" also allows the
    origin Stripe.js comes from (its card and wallet frames ask for the Payment Request API)."""
    allowed = []
    for feature, origins in features.items():
        if feature == "payment" and (stripe := origin(stripe_js_url)):
            origins = [*origins, f'"{stripe}"']
        allowed.append(f"{feature}=({' '.join(origins)})")
    return ", ".join(allowed)


class PermissionsPolicyMiddleware:
    """Sends PERMISSIONS_POLICY (a dict of feature: list of origins, "self" or quoted URLs)
    as the Permissions-Policy header; Django has no setting for it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.kept = (object(), "", "")  # the settings it was built from, and the header

    def __call__(self, request):
        response = self.get_response(request)
        if is_dummy(request) or "Permissions-Policy" in response:
            return response
        features = getattr(settings, "PERMISSIONS_POLICY", None)
        if self.kept[0] is not features or self.kept[1] != settings.STRIPE_JS_URL:
            header = permissions_policy(features or {}, settings.STRIPE_JS_URL)
            self.kept = (features, settings.STRIPE_JS_URL, header)
        if self.kept[2]:
            response["Permissions-Policy"] = self.kept[2]
        return response
