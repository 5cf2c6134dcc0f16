"""Indonesian first, English complete: language in the URL, a switcher that keeps the page."""

import re

import pytest

from tests.catalog.factories import ProductFactory
from tests.conftest import translate
from tests.home.factories import MotifIndexPageFactory, MotifPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

SWITCHER_LINK = re.compile(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"')


def switcher_links(response):
    """{language code: url} from the language switcher of a rendered page."""
    return {code: url for url, code in SWITCHER_LINK.findall(response.content.decode())}


def test_root_url_sends_visitors_to_indonesian_by_default(client, home_page):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/id/"


def test_root_url_honours_an_english_browser(client, home_page_en):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})

    assert response["Location"] == "/en/"


def test_switching_language_on_a_page_leads_to_its_translation(client, home_page_en, english):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    index = MotifIndexPageFactory(parent=home)
    motif = MotifPageFactory(parent=index, slug="pari-sumilak", title="Pari Sumilak")
    translate(index, english, slug="motifs", title="Motifs")
    motif_en = translate(motif, english, summary="A granary: enough rice for everyone.")

    links = switcher_links(client.get("/id/motif/pari-sumilak/"))

    assert links == {"id": "/id/motif/pari-sumilak/", "en": "/en/motifs/pari-sumilak/"}
    response = client.get(links["en"])
    assert response.status_code == 200
    assert response.context["page"].pk == motif_en.pk
    assert "A granary: enough rice for everyone." in response.content.decode()
    assert switcher_links(response)["id"] == "/id/motif/pari-sumilak/"


def test_a_page_without_translation_switches_to_the_home_page(client, home_page_en):
    home = home_page_en.get_translation(home_page_en.locale.get_default())
    StandardPageFactory(parent=home, slug="hanya-indonesia")

    links = switcher_links(client.get("/id/hanya-indonesia/"))

    assert links["en"] == "/en/"


def test_switching_language_in_the_catalog_keeps_the_product_and_query(client, home_page_en):
    product = ProductFactory(slug="kain-sekar-jati", name_en="Sekar Jati cloth")

    links = switcher_links(client.get("/id/katalog/kain-sekar-jati/"))
    assert links["en"] == "/en/catalog/kain-sekar-jati/"
    response = client.get(links["en"])
    assert response.status_code == 200
    assert "Sekar Jati cloth" in response.content.decode()

    list_links = switcher_links(client.get(f"/id/katalog/?category={product.category.slug}"))
    assert list_links["en"] == f"/en/catalog/?category={product.category.slug}"


def test_interface_text_is_translated(client, home_page_en):
    ProductFactory(stock=0)

    indonesian = client.get("/id/katalog/").content.decode()
    english = client.get("/en/catalog/").content.decode()

    assert "Stok habis" in indonesian
    assert "Out of stock" in english
