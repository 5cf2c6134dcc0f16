"""Whole pages kept for anonymous visitors: served without a query, with each visitor's own
CSRF token, never to a visitor with a session, forgotten when what they show changes."""

import gzip
import re
import uuid

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from catalog.checkout.services import take_from_stock
from catalog.listings import set_stock
from home.page_cache import CACHE_STATUS_HEADER, TOKEN_PLACEHOLDER
from tests.catalog.factories import ProductFactory
from tests.conftest import needs_service
from tests.home.factories import StandardPageFactory
from tests.home.form_page_urls import FORM_URL

pytestmark = pytest.mark.django_db

TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def product(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return ProductFactory(slug="kain-sekar-jati", name="Kain Sekar Jati", price=1_250_000)


PRODUCT_URL = "/id/katalog/kain-sekar-jati/"


def cache_status(response):
    return response.get(CACHE_STATUS_HEADER)


def test_a_page_seen_twice_is_served_the_second_time_without_a_query(client, product):
    first = client.get(PRODUCT_URL)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(PRODUCT_URL)

    assert (cache_status(first), cache_status(second)) == ("miss", "hit")
    assert len(queries) == 0
    assert second.content == first.content
    assert "Cookie" in second["Vary"]


@pytest.mark.parametrize(
    "url", ["/id/", "/id/katalog/", "/id/katalog/?q=sekar", "/id/cari/?q=kain"]
)
def test_showcase_catalog_and_search_pages_are_kept(client, product, url):
    client.get(url)

    assert cache_status(client.get(url)) == "hit"


# No public page has a form with a token any more (the product page's "Add to cart" needs
# none): a test page with one, in a kept fragment, keeps the mechanism tested.
@pytest.mark.urls("tests.home.form_page_urls")
@pytest.mark.parametrize("catalog_cache", [0, 600], ids=["fragment rendered", "fragment kept"])
def test_each_visitor_gets_a_token_of_their_own_that_the_form_accepts(
    home_page, settings, catalog_cache
):
    settings.CATALOG_CACHE_SECONDS = catalog_cache
    first = Client().get(FORM_URL)  # kept, rendered for somebody else
    visitor = Client(enforce_csrf_checks=True)

    page = visitor.get(FORM_URL)
    token = TOKEN.search(page.content).group(1).decode()
    sent = visitor.post(FORM_URL, {"csrfmiddlewaretoken": token})

    assert (cache_status(first), cache_status(page)) == ("miss", "hit")
    assert token.encode() != TOKEN.search(first.content).group(1)
    assert TOKEN_PLACEHOLDER not in page.content.decode()
    assert "csrftoken" in page.cookies
    assert sent.status_code == 200


@pytest.mark.urls("tests.home.form_page_urls")
def test_a_cached_page_keeps_the_visitors_existing_token_cookie(home_page):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(FORM_URL)
    cookie = visitor.cookies["csrftoken"].value

    page = visitor.get(FORM_URL)
    token = TOKEN.search(page.content).group(1).decode()
    sent = visitor.post(FORM_URL, {"csrfmiddlewaretoken": token})

    assert cache_status(page) == "hit"
    assert visitor.cookies["csrftoken"].value == cookie
    assert sent.status_code == 200


def test_a_visitor_with_a_session_always_gets_a_fresh_page(client, product):
    client.get(PRODUCT_URL)
    client.post(f"/id/keranjang/tambah/{product.pk}/", {"quantity": 1})

    page = client.get(PRODUCT_URL)

    assert cache_status(page) is None
    assert '<span class="nav-count">1<' in page.content.decode()


def test_a_signed_in_visitor_is_never_served_a_kept_page(client, product):
    client.get(PRODUCT_URL)
    user = get_user_model().objects.create_user("pembeli", password="rahasia-panjang-1")
    client.force_login(user)

    assert cache_status(client.get(PRODUCT_URL)) is None


def test_pages_for_one_visitor_and_errors_are_not_kept(client, product):
    for url in ["/id/keranjang/", "/id/katalog/tidak-ada/"]:
        client.get(url)
        assert cache_status(client.get(url)) is None


def test_saving_a_product_shows_its_new_price_at_once(
    client, product, django_capture_on_commit_callbacks
):
    client.get(PRODUCT_URL)
    product.price = 990_000
    with django_capture_on_commit_callbacks(execute=True):
        product.save()

    page = client.get(PRODUCT_URL)

    assert cache_status(page) == "miss"
    assert "Rp990.000" in page.content.decode()


def test_stock_taken_by_an_order_or_set_from_the_shop_is_shown_at_once(
    client, product, django_capture_on_commit_callbacks
):
    client.get(PRODUCT_URL)
    with django_capture_on_commit_callbacks(execute=True):
        take_from_stock(product, None, 5)
    assert "Stok habis" in client.get(PRODUCT_URL).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        set_stock(product, 3)
    assert "Stok: 3" in client.get(PRODUCT_URL).content.decode()


def test_publishing_a_page_shows_it_at_once(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=home_page, title="Tentang Kami", slug="tentang")
    client.get("/id/tentang/")
    page.title = "Tentang Dekranasda"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert "Tentang Dekranasda" in client.get("/id/tentang/").content.decode()


def test_images_resized_on_a_view_do_not_forget_the_kept_pages(
    client, product, django_capture_on_commit_callbacks
):
    client.get(PRODUCT_URL)
    with django_capture_on_commit_callbacks(execute=True):
        product.main_image.image.get_rendition("fill-77x77")

    assert cache_status(client.get(PRODUCT_URL)) == "hit"


def test_nothing_is_kept_when_the_cache_is_off(client, product, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(PRODUCT_URL)

    assert cache_status(client.get(PRODUCT_URL)) is None


def redis_reachable(url):
    import redis

    try:
        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def test_pages_are_shared_and_forgotten_through_redis(
    client, settings, home_page, django_capture_on_commit_callbacks
):
    """Production keeps pages in Redis, shared by every server process."""
    from django.core.cache import caches

    url = "redis://127.0.0.1:6379/15"
    needs_service("Redis", redis_reachable(url), "127.0.0.1:6379")
    settings.CACHES = {
        "default": {
            "BACKEND": "home.redis_cache.SharedClientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }
    # One Redis client for the process, not one per cache call (home.redis_cache).
    redis_cache = caches["default"]._cache
    assert redis_cache.get_client() is redis_cache.get_client(write=True)
    with django_capture_on_commit_callbacks(execute=True):
        product = ProductFactory(slug="kain-sekar-jati", price=1_250_000)
    try:
        client.get(PRODUCT_URL)
        assert cache_status(client.get(PRODUCT_URL)) == "hit"
        product.price = 990_000
        with django_capture_on_commit_callbacks(execute=True):
            product.save()
        page = client.get(PRODUCT_URL)
        assert cache_status(page) == "miss"
        assert "Rp990.000" in page.content.decode()
    finally:
        caches["default"].clear()


def test_saving_a_draft_keeps_the_pages(client, product, django_capture_on_commit_callbacks):
    client.get(PRODUCT_URL)
    product.price = 990_000
    with django_capture_on_commit_callbacks(execute=True):
        product.save_revision()  # a draft, not yet published

    page = client.get(PRODUCT_URL)

    assert cache_status(page) == "hit"
    assert "Rp1.250.000" in page.content.decode()


def test_a_cache_server_that_fails_costs_speed_never_a_page(client, product, monkeypatch):
    from django.core.cache import cache

    def unreachable(*args, **kwargs):
        raise ConnectionError("cache server down")

    # Only what the page cache asks (Wagtail keeps its renditions in the cache too).
    monkeypatch.setattr(cache, "get_many", unreachable)

    page = client.get(PRODUCT_URL)

    assert page.status_code == 200
    assert "Kain Sekar Jati" in page.content.decode()


@pytest.mark.parametrize("url", ["/id/katalog/", PRODUCT_URL])
def test_a_kept_page_without_a_token_is_served_already_compressed(client, product, url):
    client.get(url)  # kept

    compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    again = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    plain = client.get(url)

    # The same bytes each time: compressed once, when kept (Django's GZipMiddleware adds random
    # bytes to each answer it compresses).
    assert again.content == compressed.content

    assert cache_status(compressed) == cache_status(plain) == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    assert int(compressed["Content-Length"]) == len(compressed.content)
    assert "Accept-Encoding" in compressed["Vary"] and "Cookie" in compressed["Vary"]
    assert gzip.decompress(compressed.content) == plain.content
    assert not plain.has_header("Content-Encoding")


def test_a_page_without_a_token_is_kept_once_compressed(client, product, monkeypatch):
    from django.core.cache import cache

    kept = {}
    keep = cache.set

    def spy(key, value, *args, **kwargs):
        if key.startswith("page-cache:page:"):
            kept[key] = value
        return keep(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", spy)
    plain = client.get(PRODUCT_URL)

    (entry,) = kept.values()
    # Each hit reads the compressed bytes alone from the cache, not the page twice.
    assert "content" not in entry
    assert gzip.decompress(entry["gzip"]) == plain.content
    assert len(entry["gzip"]) < len(plain.content) / 3


@pytest.mark.urls("tests.home.form_page_urls")
def test_a_kept_page_with_a_token_is_compressed_for_each_visitor_with_their_token(home_page):
    Client().get(FORM_URL)  # kept, rendered for somebody else
    first, second = Client(), Client()

    pages = [visitor.get(FORM_URL, HTTP_ACCEPT_ENCODING="gzip") for visitor in (first, second)]

    assert all(cache_status(page) == "hit" for page in pages)
    tokens = [TOKEN.search(gzip.decompress(page.content)).group(1) for page in pages]
    assert tokens[0] != tokens[1]
    assert TOKEN_PLACEHOLDER.encode() not in gzip.decompress(pages[0].content)
