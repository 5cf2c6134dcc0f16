"""How many inquiries one IP address and one email address may send in a window (settings
INQUIRY_RATE_LIMITS), counted in the cache. Over the limit the buyer is told to wait, with
their message kept in the form: a real buyer is never dropped without a word.

Behind a proxy every request comes from the proxy's address: TRUSTED_PROXY_COUNT says how many
proxies stand in front, and the buyer's address is read from X-Forwarded-For accordingly (the
entries a buyer could forge, left of the proxies' own, are never used)."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The buyer's address, as the last trusted proxy saw it."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _keys(request, email):
    addresses = {"ip": client_ip(request), "email": (email or "").strip().lower()}
    for scope, value in addresses.items():
        digest = hashlib.sha256(value.encode()).hexdigest()[:32]
        limit, window = settings.INQUIRY_RATE_LIMITS[scope]
        yield f"inquiry-rate:{scope}:{digest}", limit, window


def take_a_turn(request, email):
    """Count one more inquiry from this address and email; False when either is over its
    limit for the window (the window starts at the first one). Counted before the inquiry is
    stored, so that a burst of requests at once cannot slip past the check."""
    allowed = True
    for key, limit, window in _keys(request, email):
        cache.add(key, 0, window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, window)
            count = 1
        allowed = allowed and count <= limit
    return allowed
