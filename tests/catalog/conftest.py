import pytest

from .browsing import launched_browser
from .stripe_server import localstripe_for_test, running_localstripe


@pytest.fixture
def browser():
    """Headless Chromium (skipped with a reason when missing; a failure on CI)."""
    yield from launched_browser()


@pytest.fixture(scope="session")
def localstripe_server(tmp_path_factory):
    """localstripe on a free 127.0.0.1 port for the whole session (skipped with a reason when
    missing; a failure on CI). Tests use `localstripe`, which empties it first."""
    yield from running_localstripe(tmp_path_factory.mktemp("localstripe"))


@pytest.fixture
def localstripe(localstripe_server, settings):
    """An empty localstripe, with the Stripe settings (keys, webhook secret, API and Stripe.js
    addresses) pointing at it."""
    yield from localstripe_for_test(localstripe_server, settings)
