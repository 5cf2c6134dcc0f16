"""Parts of pages kept until the catalog changes (`{% remembered_fragment %}`): the product
list's grid, the home page's sections, an artisan's profile and a motif's story with their
products, a page's JSON-LD. Kept per language and display currency; a change shows at once."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory, TechniqueFactory
from tests.catalog.factories import ExchangeRateFactory, ProductFactory
from tests.home.factories import MotifIndexPageFactory, MotifPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def catalog_cache_on(settings):
    settings.CATALOG_CACHE_SECONDS = 600


@pytest.fixture
def products(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return [ProductFactory(name=f"Kain Sekar {n}", price=162_500) for n in range(3)]


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return len(queries), html


@pytest.mark.parametrize("url", ["/id/", "/id/katalog/", "/id/katalog/?page=1&sort=price"])
def test_a_kept_fragment_costs_no_query_for_its_products(client, products, url):
    first, first_html = queries_of(client, url)
    again, again_html = queries_of(client, url)

    assert "Kain Sekar 2" in first_html
    assert again < first - 2  # the products, their photos and renditions, their variants
    assert again_html.count("Kain Sekar") == first_html.count("Kain Sekar")


def test_a_new_product_shows_in_kept_fragments_at_once(
    client, products, django_capture_on_commit_callbacks
):
    client.get("/id/")
    client.get("/id/katalog/")
    with django_capture_on_commit_callbacks(execute=True):
        ProductFactory(name="Selendang Jati Lumut")

    assert "Selendang Jati Lumut" in client.get("/id/").content.decode()
    assert "Selendang Jati Lumut" in client.get("/id/katalog/").content.decode()


def test_each_display_currency_and_language_has_its_own_fragment(client, products):
    ExchangeRateFactory(currency="USD", rupiah_per_unit=16_250)
    rupiah_only = client.get("/id/katalog/").content.decode()
    english = client.get("/en/catalog/").content.decode()
    client.post(reverse("catalog:set_currency"), {"currency": "USD", "next": "/id/katalog/"})

    in_dollars = client.get("/id/katalog/").content.decode()

    assert "US$10" not in rupiah_only
    assert "US$10" in in_dollars
    assert "Batik cloth" in english and "Kain Sekar" not in english


def test_a_product_page_with_its_related_products_kept_asks_nothing_about_them(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        shown = ProductFactory(name="Kain Sekar Jati")
        ProductFactory(name="Selendang Sekar", category=shown.category)
    url = shown.get_absolute_url()
    first, first_html = queries_of(client, url)
    again, again_html = queries_of(client, url)

    assert "Selendang Sekar" in first_html and "Selendang Sekar" in again_html
    assert again <= first - 7  # three to choose them, their cards' four


def tables_read_by_a_second_view(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return {table for query in queries for table in re.findall(r'FROM "(\w+)"', query["sql"])}, html


# What the home page, a profile or a story shows besides its page's own row: read only when
# it is rendered.
PROFILE_AND_STORY_TABLES = {
    "artisans_technique",
    "artisans_association",
    "artisans_certification",
    "artisans_artisanlink",
    "artisans_artisanpagegalleryimage",
    "artisans_region",
    "inquiries_inquiry",
    "catalog_product",
    "home_siteimage",
}


def test_kept_home_profile_and_story_read_nothing_they_show_and_show_a_change_at_once(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        profile = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))
        motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page))
        ProductFactory(name="Kain Sekar Jati", artisan=profile.artisan, motif=motif)
    read = {}
    for page in (home_page, profile, motif):
        read[page.url], html = tables_read_by_a_second_view(client, page.url)
        assert "Kain Sekar Jati" in html and "application/ld+json" in html
    with django_capture_on_commit_callbacks(execute=True):
        profile.artisan.techniques.add(TechniqueFactory(name="Cap Kombinasi"))
        motif.title = "Truntum Sekar"
        motif.save_revision().publish()

    assert all(not tables & PROFILE_AND_STORY_TABLES for tables in read.values()), read
    assert "Cap Kombinasi" in client.get(profile.url).content.decode()
    assert "Truntum Sekar" in client.get(motif.url).content.decode()


def test_an_editors_preview_is_never_kept_nor_served_a_kept_copy(rf):
    from django.template import Context, Template

    template = Template(
        '{% load fragments %}{% remembered_fragment "title" 1 %}{{ title }}'
        "{% endremembered_fragment %}"
    )
    public, preview = rf.get("/"), rf.get("/")
    preview.is_preview = True

    kept = template.render(Context({"request": public, "title": "Truntum"}))
    draft = template.render(Context({"request": preview, "title": "Truntum (draft)"}))
    again = template.render(Context({"request": public, "title": "ignored: kept"}))

    assert (kept, draft, again) == ("Truntum", "Truntum (draft)", "Truntum")


def test_a_pages_json_ld_is_kept_apart_for_an_address_with_another_port(client, home_page):
    profile = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))
    client.get(profile.url, HTTP_HOST="testserver:6666")

    html = client.get(profile.url).content.decode()

    assert "http://testserver/id/perajin/" in html
    assert "testserver:6666" not in html
