"""A CDN or caching proxy keeps only pages that are the same for everybody, and is purged
through Wagtail's front-end cache backends (here a real HTTP server receiving the PURGEs)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.contrib.auth import get_user_model
from django.test import Client

import pytest

from tests.catalog.factories import ProductFactory
from tests.home.form_page_urls import FORM_URL

pytestmark = pytest.mark.django_db

PRODUCT_URL = "/id/katalog/kain-sekar-jati/"


@pytest.fixture(autouse=True)
def shared_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRONTEND_CACHE_SECONDS = 300


@pytest.fixture
def product(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return ProductFactory(slug="kain-sekar-jati", name="Kain Sekar Jati", price=1_250_000)


def shared(response):
    cache_control = response.get("Cache-Control", "")
    return "public" in cache_control and "s-maxage=300" in cache_control


@pytest.mark.parametrize("visit", ["first", "again"])
@pytest.mark.parametrize("url", ["/id/", "/id/katalog/", PRODUCT_URL])
def test_a_page_without_a_token_may_be_kept_by_the_cdn(client, product, url, visit):
    first = client.get(url)
    response = first if visit == "first" else client.get(url)

    assert response.status_code == 200
    assert shared(response)
    assert "max-age=0" in response["Cache-Control"]  # browsers ask again
    assert not response.cookies


@pytest.mark.urls("tests.home.form_page_urls")
def test_a_page_carrying_the_visitors_csrf_token_is_never_shared(client, home_page):
    for _visit in range(2):  # rendered, then served from the page cache
        response = client.get(FORM_URL)

        assert b"csrfmiddlewaretoken" in response.content
        assert not shared(response)


def test_a_page_with_a_query_string_is_not_shared(client, product):
    assert not shared(client.get("/id/?utm_source=wa"))


def test_a_visitor_with_a_session_gets_nothing_a_cdn_may_keep(client, product):
    client.force_login(get_user_model().objects.create_user("pembeli"))

    assert not shared(client.get("/id/"))


def test_nothing_is_shared_when_no_front_end_cache_is_set_up(client, product, settings):
    settings.FRONTEND_CACHE_SECONDS = 0

    assert not shared(client.get("/id/"))


class PurgeRecorder(BaseHTTPRequestHandler):
    """A caching proxy's purge endpoint: records each PURGE's host and path."""

    purged = []

    def do_PURGE(self):
        self.purged.append(self.headers["Host"] + self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_endpoint(settings):
    PurgeRecorder.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield PurgeRecorder.purged
    server.shutdown()
    server.server_close()


def test_saving_a_product_purges_its_page_the_catalog_and_home_in_both_languages(
    product, purge_endpoint, django_capture_on_commit_callbacks
):
    product.price = 1_100_000
    with django_capture_on_commit_callbacks(execute=True):
        product.save()

    host = "testserver"  # the default site of the tests
    assert sorted(purge_endpoint) == sorted(
        [
            f"{host}/id/",
            f"{host}/id/katalog/",
            f"{host}/id/katalog/kain-sekar-jati/",
            f"{host}/en/",
            f"{host}/en/catalog/",
            f"{host}/en/catalog/kain-sekar-jati/",
        ]
    )


def test_publishing_a_page_purges_it(home_page, purge_endpoint, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        home_page.save_revision().publish()

    assert "testserver/id/" in purge_endpoint


@pytest.mark.parametrize("backends", [{}, "one"])
def test_a_purge_is_queued_only_when_a_front_end_cache_is_set_up(
    product, settings, django_capture_on_commit_callbacks, backends
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django_tasks import default_task_backend

    settings.WAGTAILFRONTENDCACHE = backends and {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    product.price = 1_000_000
    with django_capture_on_commit_callbacks(execute=True):
        product.save()

    purges = [
        result
        for result in default_task_backend.results
        if result.task.name == "purge_urls_from_cache_task"
    ]
    assert len(purges) == (1 if backends else 0)


def test_a_page_kept_by_the_cdn_is_rendered_without_a_token_for_everybody(product):
    first, second = Client().get("/id/"), Client().get("/id/")

    assert shared(first) and shared(second)
    assert first.content == second.content


def test_a_change_of_stock_purges_the_products_own_page_in_both_languages(
    product, purge_endpoint, django_capture_on_commit_callbacks
):
    """An order takes pieces (no Product is saved): the page showing the stock is purged; the
    lists showing the product wait for their few minutes."""
    from catalog.checkout.services import return_to_stock, take_from_stock
    from catalog.listings import set_stock
    from catalog.models import OrderLine

    own_pages = ["testserver/id/katalog/kain-sekar-jati/", "testserver/en/catalog/kain-sekar-jati/"]
    with django_capture_on_commit_callbacks(execute=True):
        take_from_stock(product, None, 1)
    assert sorted(purge_endpoint) == sorted(own_pages)

    purge_endpoint.clear()
    with django_capture_on_commit_callbacks(execute=True):
        set_stock(product, 7)
    assert sorted(purge_endpoint) == sorted(own_pages)

    purge_endpoint.clear()
    line = OrderLine(product_id=product.pk, stock_reserved=True)
    with django_capture_on_commit_callbacks(execute=True):
        return_to_stock(line, 1)
    assert sorted(purge_endpoint) == sorted(own_pages)
