"""The public catalog: list and product pages, in constant queries, with no 500 on bad input."""

import pytest

from tests.catalog.factories import CategoryFactory, ProductFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


def test_product_list_shows_live_products_with_price_in_rupiah(client, home_page):
    ProductFactory(name="Kain Sekar Jati", price=1_250_000)
    ProductFactory(name="Kain tersembunyi", live=False)

    html = client.get("/id/katalog/").content.decode()

    assert "Kain Sekar Jati" in html
    assert "Rp1.250.000" in html
    assert "Kain tersembunyi" not in html


def test_product_list_filters_by_category_including_subcategories(client, home_page):
    clothing = CategoryFactory(slug="busana")
    shirts = CategoryFactory(slug="kemeja", parent=clothing)
    ProductFactory(name="Kemeja Parang", category=shirts)
    ProductFactory(name="Keripik Pisang")

    html = client.get("/id/katalog/?category=busana").content.decode()

    assert "Kemeja Parang" in html
    assert "Keripik Pisang" not in html


@pytest.mark.parametrize(
    "query",
    [
        "?category=tidak-ada",
        "?category=%00",
        "?category=" + "a" * 500,
        "?category=kain%20batik",
        "?page=abc",
        "?page=999",
        "?page=-1",
    ],
)
def test_bad_catalog_parameters_never_give_a_server_error(client, home_page, query):
    ProductFactory()

    response = client.get(f"/id/katalog/{query}")

    assert response.status_code in (200, 404)


@pytest.mark.parametrize(("page", "shown"), [("abc", 1), ("²", 1), ("-1", 2), ("999", 2)])
def test_a_malformed_or_stale_page_number_shows_a_page_of_products(client, home_page, page, shown):
    ProductFactory.create_batch(25)

    response = client.get(f"/id/katalog/?page={page}")

    assert response.status_code == 200
    assert response.context["page_obj"].number == shown


def test_product_list_queries_do_not_grow_with_the_catalog(client, home_page):
    ProductFactory.create_batch(2)
    few = queries_for(client, "/id/katalog/")
    ProductFactory.create_batch(10, photos=2)
    many = queries_for(client, "/id/katalog/")

    assert many == few


def test_product_page_shows_the_maker_and_the_handmade_note(client, home_page):
    product = ProductFactory(name="Selendang eco-print", price=175_000)

    response = client.get(f"/id/katalog/{product.slug}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Selendang eco-print" in html
    assert "Rp175.000" in html
    assert product.artisan.business_name in html


def test_unpublished_or_unknown_product_is_not_found(client, home_page):
    hidden = ProductFactory(live=False)

    assert client.get(f"/id/katalog/{hidden.slug}/").status_code == 404
    assert client.get("/id/katalog/tidak-ada/").status_code == 404


def test_whatsapp_link_on_a_product_page_names_the_product(client, home_page):
    product = ProductFactory(name="Selendang Sekar Jati", name_en="Sekar Jati scarf")

    indonesian = client.get(f"/id/katalog/{product.slug}/").content.decode()
    english = client.get(f"/en/catalog/{product.slug}/").content.decode()

    assert "https://wa.me/6281100000999?text=" in indonesian
    assert "Selendang%20Sekar%20Jati" in indonesian
    assert "Sekar%20Jati%20scarf" in english


def test_product_page_links_only_to_a_live_motif_story(client, home_page_en, english):
    from tests.home.factories import MotifIndexPageFactory, MotifPageFactory

    home = home_page_en.get_translation(home_page_en.locale.get_default())
    motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home), title="Sekar Jati")
    draft = motif.copy_for_translation(english, copy_parents=True)  # unpublished English draft
    product = ProductFactory(motif=motif)

    english_html = client.get(f"/en/catalog/{product.slug}/").content.decode()
    motif.unpublish()
    indonesian_html = client.get(f"/id/katalog/{product.slug}/").content.decode()

    assert draft.url not in english_html
    assert motif.url in english_html  # falls back to the live Indonesian story
    assert motif.url not in indonesian_html


def test_category_filter_reaches_every_level_below_and_survives_a_loop(client, home_page):
    clothing = CategoryFactory(slug="busana")
    shirts = CategoryFactory(slug="kemeja", parent=clothing)
    long_sleeves = CategoryFactory(slug="lengan-panjang", parent=shirts)
    ProductFactory(name="Kemeja Lengan Panjang", category=long_sleeves)
    clothing.parent = long_sleeves  # an editor's mistake: a loop
    clothing.save()

    html = client.get("/id/katalog/?category=busana").content.decode()

    assert "Kemeja Lengan Panjang" in html


@pytest.mark.parametrize("words", ['"', 'kain"', "\x00"])
def test_admin_product_search_survives_odd_input(admin_client, words):
    ProductFactory(name="Kain Jati")

    response = admin_client.get("/admin/snippets/catalog/product/", {"q": words})

    assert response.status_code == 200


# Related products and share links


@pytest.fixture
def motif(home_page):
    from tests.home.factories import MotifIndexPageFactory, MotifPageFactory

    return MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page))


def test_related_products_same_motif_then_category_then_artisan(client, motif):
    from tests.artisans.factories import ArtisanFactory

    product = ProductFactory(motif=motif, photos=0)
    ProductFactory(name="Same artisan", artisan=product.artisan, photos=0)
    ProductFactory(name="Same category", category=product.category, photos=0)
    ProductFactory(name="Same motif, older", motif=motif, photos=0)
    ProductFactory(name="Same motif, newer", motif=motif, photos=0)
    ProductFactory(name="Unrelated", photos=0)
    ProductFactory(name="Same motif, unpublished", motif=motif, live=False, photos=0)
    inactive_maker = ArtisanFactory(is_active=False)
    ProductFactory(name="Same motif, inactive maker", motif=motif, artisan=inactive_maker, photos=0)

    response = client.get(product.get_absolute_url())

    related = [item.name for item in response.context["related_products"]]
    assert related == ["Same motif, newer", "Same motif, older", "Same category", "Same artisan"]
    assert response.context["product"] == product


def test_at_most_four_related_products_never_the_product_itself(client, motif):
    product = ProductFactory(motif=motif, photos=0)
    ProductFactory.create_batch(5, motif=motif, photos=0)

    related = client.get(product.get_absolute_url()).context["related_products"]

    assert len(related) == 4
    assert product not in related


def test_related_products_are_shown_as_cards(client, home_page):
    product = ProductFactory()
    ProductFactory(name="Kain kerabat", category=product.category)

    html = client.get(product.get_absolute_url()).content.decode()

    assert 'aria-labelledby="related-products"' in html
    assert "Kain kerabat" in html


def test_a_product_without_relatives_shows_no_related_section(client, home_page):
    product = ProductFactory()

    html = client.get(product.get_absolute_url()).content.decode()

    assert 'aria-labelledby="related-products"' not in html


def test_share_links_carry_the_products_address(client, home_page):
    product = ProductFactory(name="Selendang Sekar Jati", slug="selendang-sekar-jati")
    address = "http%3A%2F%2Ftestserver%2Fid%2Fkatalog%2Fselendang-sekar-jati%2F"

    html = client.get("/id/katalog/selendang-sekar-jati/").content.decode()

    assert f'href="https://wa.me/?text=Selendang%20Sekar%20Jati%20{address}"' in html
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={address}"' in html
    assert (
        f'href="https://twitter.com/intent/tweet?text=Selendang%20Sekar%20Jati&amp;url={address}"'
        in html
    )
    assert f'href="mailto:?subject=Selendang%20Sekar%20Jati&amp;body={address}"' in html
    # Copying the link needs no script: the address itself, as a link.
    assert f'<a href="http://testserver{product.get_absolute_url()}">' in html
    assert "<script" not in html.split('id="product-share"')[1].split("</section>")[0]


def test_share_links_have_labels_in_the_visitors_language(client, home_page):
    product = ProductFactory(name="Selendang", name_en="Scarf")

    html = client.get(f"/en/catalog/{product.slug}/").content.decode()

    assert 'aria-label="Share on WhatsApp"' in html
    assert "%2Fen%2Fcatalog%2F" in html
    assert "text=Scarf" in html
