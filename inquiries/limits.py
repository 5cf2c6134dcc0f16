"""How many inquiries one IP address and one email address may send in a window (settings
INQUIRY_RATE_LIMITS), counted in the cache. Over the limit the buyer is told to wait, with
their message kept in the form: a real buyer is never dropped without a word."""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _keys(request, email):
    addresses = {"ip": request.META.get("REMOTE_ADDR", ""), "email": (email or "").lower()}
    for scope, value in addresses.items():
        digest = hashlib.sha256(value.encode()).hexdigest()[:32]
        limit, window = settings.INQUIRY_RATE_LIMITS[scope]
        yield f"inquiry-rate:{scope}:{digest}", limit, window


def over_limit(request, email):
    """Whether this address or email has sent as many inquiries as the window allows."""
    return any(cache.get(key, 0) >= limit for key, limit, _window in _keys(request, email))


def count_inquiry(request, email):
    """One more inquiry sent from this address and email (the window starts at the first)."""
    for key, _limit, window in _keys(request, email):
        cache.add(key, 0, window)
        try:
            cache.incr(key)
        except ValueError:  # expired between the two calls
            cache.set(key, 1, window)
