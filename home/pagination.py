"""One way to split long lists into pages, for page indexes and the catalog alike."""

from django.core.paginator import Paginator

PER_PAGE = 24


def paginate(request, items, per_page=PER_PAGE):
    """The page of `items` that ?page= names: the first for a missing or malformed number,
    the last for one past the end (a shared or stale link never gives an error)."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
