"""Forms that carry no CSRF token and are refused when sent from another site.

A CSRF token in a form makes the page it is on the visitor's own: neither the page cache
(`home.page_cache`) nor a CDN could share it. The forms of pages shared by every visitor (the
header's currency picker, a product's "Add to cart") post to views that are exempt from
Django's CSRF check and call `from_another_site()` first instead.
"""

from urllib.parse import urlsplit


def from_another_site(request):
    """Whether the request may have been sent from another site, and must be refused.

    Browsers say where a form comes from: `Sec-Fetch-Site` (every current browser; only
    "same-origin", or "none" for an address the visitor typed, is accepted: "same-site" is
    a sibling host, which we do not trust either), else `Origin` (every browser since about
    2020 sends it with a POST), which must be this site's own origin ("null" is refused).

    A request with neither is from an old browser or from a program. On HTTPS it must then
    carry a `Referer` from this site, as Django's own CSRF check requires of every HTTPS
    POST (our Referrer-Policy, strict-origin-when-cross-origin, sends it for the site's own
    forms); without one it is refused. On plain HTTP it is accepted: production answers HTTP
    only with a redirect to HTTPS (SECURE_SSL_REDIRECT, HSTS), so these are development
    servers and tests, and on HTTP a Referer proves nothing against whoever can rewrite the
    traffic anyway.
    """
    own_origin = f"{request.scheme}://{request.get_host()}"
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in {"same-origin", "none"}
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin != own_origin
    if not request.is_secure():
        return False
    referer = urlsplit(request.headers.get("Referer", ""))
    return f"{referer.scheme}://{referer.netloc}" != own_origin
