"""Template context for every page: how the visitor sees prices."""

from functools import partial

from django.utils.functional import SimpleLazyObject

from .display_currency import price_display_for


def price_display(request):
    """`price_display` for the header's currency picker and the `{% price %}` tag; worked out
    only when a template uses it (cached rates: no query on a normal page view)."""
    return {"price_display": SimpleLazyObject(partial(price_display_for, request))}


def cart_count(request):
    """Pieces in the visitor's cart, from the session (no query for the cart itself)."""
    from .cart.services import SESSION_COUNT

    session = getattr(request, "session", None)
    return {"cart_count": SimpleLazyObject(lambda: session.get(SESSION_COUNT, 0) if session else 0)}
