"""The catalog's costly figures (facet counts, totals, search rankings) are kept until the
catalog changes, for every visitor, and are never stale."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from tests.catalog.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog_cache_on(settings):
    settings.CATALOG_CACHE_SECONDS = 600


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries.captured_queries]


def test_counts_are_asked_once_then_kept(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory.create_batch(3)
    first = count_queries(client, "/id/katalog/?in_stock=on")
    again = count_queries(client, "/id/katalog/?in_stock=on&sort=price")

    assert sum("COUNT(" in sql for sql in first) == 5  # four facets and the total
    assert not any("COUNT(" in sql for sql in again)


def test_a_new_product_is_counted_at_once(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory.create_batch(2)
    assert "2 produk" in client.get("/id/katalog/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory()

    assert "3 produk" in client.get("/id/katalog/").content.decode()


def test_a_search_is_ranked_once_and_ranked_again_after_a_change(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory(name="Kain Sekar Jati")
    assert "Kain Sekar Jati" in client.get("/id/katalog/?q=jati").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory(name="Selendang Jati Lumut")

    assert "Selendang Jati Lumut" in client.get("/id/katalog/?q=jati").content.decode()


def test_filters_are_counted_apart(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory(stock=0)
        ProductFactory(stock=4)

    assert "2 produk" in client.get("/id/katalog/").content.decode()
    assert "1 produk" in client.get("/id/katalog/?in_stock=on").content.decode()


def test_a_list_seen_before_reads_nothing_and_keeps_showing_its_errors(
    client, home_page, django_capture_on_commit_callbacks
):
    from django.utils.translation import gettext, override

    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory.create_batch(3)
    too_long = "/id/katalog/?q=" + "batik" * 21
    client.get("/id/katalog/?in_stock=on")
    client.get(too_long)

    assert count_queries(client, "/id/katalog/?in_stock=on") == []
    with override("id"):
        error = gettext("Please use at most 100 characters.")
    assert error in client.get(too_long).content.decode()
