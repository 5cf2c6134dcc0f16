"""What a product page costs: a page seen once before (its row and parts kept until the catalog
changes) reads nothing of the catalog, whatever its size, and shows a change once it is saved;
the motif story in the visitor's language costs no query; the kept page is the same bytes for
every anonymous visitor (its form carries no CSRF token)."""

import re

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from catalog.models import ProductImage
from catalog.views import with_page_data
from home.page_cache import TOKEN_PLACEHOLDER
from home.renditions import RENDITIONS, rendition
from tests.catalog.factories import ProductFactory
from tests.catalog.test_catalog_queries import Catalog
from tests.home.factories import MotifIndexPageFactory, MotifPageFactory

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def catalog_cache_on(settings):
    settings.CATALOG_CACHE_SECONDS = 600


def catalog_queries_of_a_second_view(client, url):
    """The SQL of a second view of `url` that reads catalog tables (products, photos...)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries if '"catalog_' in query["sql"]]


def test_a_product_page_seen_before_reads_nothing_of_the_catalog_whatever_its_size(
    client, home_page, catalog_cache_on
):
    catalog = Catalog(home_page)
    catalog.grow_to(10)
    url = catalog.product.get_absolute_url()
    with_ten = catalog_queries_of_a_second_view(client, url)

    catalog.grow_to(200)
    with_200 = catalog_queries_of_a_second_view(client, url)

    assert with_ten == with_200 == []


def test_a_product_page_seen_before_shows_a_saved_change_and_a_withdrawal(
    client, home_page, catalog_cache_on, django_capture_on_commit_callbacks
):
    product = ProductFactory(name="Kain Sekar Jati", price=1_250_000)
    url = product.get_absolute_url()
    client.get(url)
    product.name = "Kain Sekar Jagad"
    product.price = 990_000
    with django_capture_on_commit_callbacks(execute=True):
        product.save()

    changed = client.get(url).content.decode()
    product.live = False
    with django_capture_on_commit_callbacks(execute=True):
        product.save()

    assert "Kain Sekar Jagad" in changed and "Rp990.000" in changed
    assert client.get(url).status_code == 404


def test_a_kept_product_page_shows_what_a_fresh_one_shows(client, home_page, settings):
    catalog = Catalog(home_page)
    catalog.grow_to(6)
    url = catalog.product.get_absolute_url()
    fresh = client.get(url).content.decode()
    settings.CATALOG_CACHE_SECONDS = 600
    client.get(url)

    kept = client.get(url).content.decode()

    assert TOKEN.sub("", kept) == TOKEN.sub("", fresh)
    assert 'property="og:image"' in kept and "application/ld+json" in kept


def test_a_kept_product_page_is_the_same_for_every_visitor_and_its_form_needs_no_token(
    home_page, catalog_cache_on
):
    product = ProductFactory(stock=5)
    url = product.get_absolute_url()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_page = first.get(url).content.decode()

    page = second.get(url).content.decode()
    added = second.post(
        f"/id/keranjang/tambah/{product.pk}/", {"quantity": 1}, HTTP_SEC_FETCH_SITE="same-origin"
    )

    assert page == first_page
    assert TOKEN_PLACEHOLDER not in page and not TOKEN.search(page)
    assert added.status_code == 302
    assert second.session["cart_count"] == 1


def test_the_motif_story_in_the_visitors_language_costs_no_query(client, home_page_en, english):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home), title="Sekar Jati")
    translated = motif.copy_for_translation(english, copy_parents=True, alias=False)
    translated.save_revision().publish()
    translated.refresh_from_db()
    product = ProductFactory(motif=motif)

    with CaptureQueriesContext(connection) as queries:
        indonesian = client.get(f"/id/katalog/{product.slug}/").content.decode()
    english_html = client.get(f"/en/catalog/{product.slug}/").content.decode()

    assert f'href="{motif.url}"' in indonesian
    assert f'href="{translated.url}"' in english_html
    assert not [query for query in queries if "home_motifpage" in query["sql"]]


def test_a_prefetched_rendition_is_not_stored_in_the_cache_again(home_page):
    product = with_page_data(ProductFactory())
    photo = ProductImage.objects.get(product=product).image
    spec = RENDITIONS["share"][0]
    made = photo.get_rendition(spec)  # made ahead, as the task does
    cache.clear()
    product = with_page_data(type(product).objects.get(pk=product.pk))

    found = rendition(product.main_image.image, spec)

    assert found.pk == made.pk
    assert not cache.get(found.get_cache_key())
