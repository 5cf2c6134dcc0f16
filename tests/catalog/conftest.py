import pytest

from tests.catalog.factories import ProductFactory, courier_key, zone_with_rates

from .accounts import artisan_account, editor_account
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


@pytest.fixture
def market(home_page):
    """Two artisans with a piece each, East Java's rates, an editor (before the browser)."""
    sri, sri_shop = artisan_account("sri")
    budi, budi_shop = artisan_account("budi")
    cloth = ProductFactory(
        artisan=sri_shop, name="Kain Sekar Jati", price=350_000, stock=2, weight_grams=300
    )
    ledre = ProductFactory(
        artisan=budi_shop, name="Ledre Pisang", price=25_000, stock=10, weight_grams=200
    )
    zone = zone_with_rates((1000, 9_000), (2000, 18_000))
    return {
        "products": (cloth, ledre),
        "artisans": (sri, budi),
        "editor": editor_account(),
        "delivery": courier_key(zone),
    }
