import pytest

from .browsing import launched_browser


@pytest.fixture
def browser():
    """Headless Chromium (skipped with a reason when missing; a failure on CI)."""
    yield from launched_browser()
