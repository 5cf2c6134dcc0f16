"""Every page type renders, in both languages where it has a translation."""

import pytest

from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory
from tests.catalog.factories import ProductFactory
from tests.conftest import translate
from tests.home.factories import (
    MotifIndexPageFactory,
    MotifPageFactory,
    StandardPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db


def test_home_page_renders_its_hero_and_sections(client, home_page):
    motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), title="Sekar Jati")
    ProductFactory(name="Kain Sekar Jati", motif=motif)

    response = client.get("/id/")

    assert response.status_code == 200
    assert response.templates[0].name == "home/home_page.html"
    html = response.content.decode()
    assert "Kriya Bojonegoro" in html
    assert "Sekar Jati" in html
    assert "Kain Sekar Jati" in html
    assert '<html lang="id">' in html


def test_english_home_page_renders_in_english(client, home_page_en):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "Crafts of Bojonegoro" in response.content.decode()
    assert '<html lang="en">' in response.content.decode()


def test_standard_page_renders_its_body(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="tentang-kami", title="Tentang kami")

    response = client.get(page.url)

    assert response.status_code == 200
    assert "Isi halaman." in response.content.decode()


def test_story_index_lists_newest_story_first(client, home_page):
    index = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=index, title="Pameran lama", date="2026-01-01")
    StoryPageFactory(parent=index, title="Bimtek baru", date="2026-11-01")

    html = client.get(index.url).content.decode()

    assert html.index("Bimtek baru") < html.index("Pameran lama")


def test_story_page_renders_blocks_and_artisans(client, home_page):
    index = StoryIndexPageFactory(parent=home_page)
    artisan_page = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))
    story = StoryPageFactory(parent=index, artisans=[artisan_page.artisan])

    response = client.get(story.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Senang sekali." in html
    assert artisan_page.artisan.business_name in html


def test_motif_index_and_motif_page_render_with_products(client, home_page):
    index = MotifIndexPageFactory(parent=home_page)
    motif = MotifPageFactory(parent=index, title="Jagung Miji Emas")
    ProductFactory(name="Selendang Jagung", motif=motif)

    assert "Jagung Miji Emas" in client.get(index.url).content.decode()
    html = client.get(motif.url).content.decode()
    assert "Lambang kemakmuran." in html
    assert "Selendang Jagung" in html


def test_english_motif_page_lists_products_linked_to_the_indonesian_page(
    client, home_page_en, english
):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    index = MotifIndexPageFactory(parent=home)
    motif = MotifPageFactory(parent=index, title="Pari Sumilak")
    ProductFactory(name="Kain Pari", name_en="Pari cloth", motif=motif)
    translate(index, english, slug="motifs")
    motif_en = translate(motif, english, subject="rice")

    response = client.get(motif_en.url)

    assert response.status_code == 200
    assert "Pari cloth" in response.content.decode()


def test_artisan_index_and_profile_render_with_products(client, home_page):
    index = ArtisanIndexPageFactory(parent=home_page)
    profile = ArtisanPageFactory(parent=index)
    ProductFactory(artisan=profile.artisan, name="Tas eco-print")

    assert profile.artisan.business_name in client.get(index.url).content.decode()
    html = client.get(profile.url).content.decode()
    assert "Tas eco-print" in html
    assert "https://wa.me/6281100000999?text=" in html


def test_missing_page_answers_404_with_the_site_layout(client, home_page):
    response = client.get("/id/tidak-ada/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode() or "tidak ditemukan" in (
        response.content.decode()
    )


def test_sitemap_lists_pages_and_products_in_both_languages(client, home_page_en):
    product = ProductFactory(slug="kain-jati")

    index = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-pages.xml" in index
    assert "http://testserver/sitemap-products.xml" in index
    response = client.get("/sitemap-pages.xml")
    xml = response.content.decode() + client.get("/sitemap-products.xml").content.decode()
    assert response.status_code == 200
    assert "http://testserver/id/" in xml
    assert "http://testserver/en/" in xml
    assert f"/id/katalog/{product.slug}/" in xml
    assert f"/en/catalog/{product.slug}/" in xml


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


@pytest.mark.parametrize(
    "path", ["/id/%00/", "/id/motif/%00x/", "/en/%E2%80%AE/", "/id/" + "a" * 300 + "/"]
)
def test_odd_page_paths_are_not_found_rather_than_errors(client, home_page, path):
    assert client.get(path).status_code == 404
