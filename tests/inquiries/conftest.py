import pytest


@pytest.fixture(autouse=True)
def empty_cache():
    """The inquiry rate limits count in the cache: each test starts with none counted."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
