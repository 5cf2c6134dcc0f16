"""Site search over artisans, motifs, stories and products, in the visitor's language."""

import pytest

from tests.artisans.factories import (
    ArtisanFactory,
    ArtisanIndexPageFactory,
    ArtisanPageFactory,
)
from tests.catalog.factories import ProductFactory
from tests.conftest import translate
from tests.home.factories import MotifIndexPageFactory, MotifPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_products_artisans_and_motifs(client, home_page):
    ProductFactory(name="Selendang Jati Emas")
    ProductFactory(name="Keripik Pisang")
    ArtisanPageFactory(
        parent=ArtisanIndexPageFactory(parent=home_page),
        artisan=ArtisanFactory(business_name="Sanggar Jati"),
    )
    MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), title="Sekar Jati")

    response = client.get("/id/cari/", {"q": "jati"})

    assert response.status_code == 200
    assert [product.name for product in response.context["products"]] == ["Selendang Jati Emas"]
    assert sorted(page.title for page in response.context["pages"]) == [
        "Sanggar Jati",
        "Sekar Jati",
    ]


def test_search_shows_pages_in_the_visitors_language_only(client, home_page_en, english):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    index = MotifIndexPageFactory(parent=home)
    motif = MotifPageFactory(parent=index, title="Pari Sumilak")
    translate(index, english, slug="motifs")
    motif_en = translate(motif, english)

    english_results = client.get("/en/search/", {"q": "Sumilak"}).context["pages"]
    indonesian_results = client.get("/id/cari/", {"q": "Sumilak"}).context["pages"]

    assert [page.pk for page in english_results] == [motif_en.pk]
    assert [page.pk for page in indonesian_results] == [motif.pk]


@pytest.mark.parametrize(
    "words", ["", "   ", "\x00", '"', 'batik"', "a AND (b", "x" * 500, "<script>alert(1)</script>"]
)
def test_odd_searches_answer_without_error_or_script(client, home_page, words):
    response = client.get("/id/cari/", {"q": words})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_too_long_search_says_why(client, home_page):
    response = client.get("/id/cari/", {"q": "x" * 500})

    assert "100" in response.content.decode()
    assert response.context["query"] == ""
