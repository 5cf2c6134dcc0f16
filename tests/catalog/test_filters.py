"""The catalog's filters combine, show how many products each choice leaves, and sort."""

import pytest

from tests.artisans.factories import ArtisanFactory, DistrictFactory, TechniqueFactory
from tests.catalog.factories import ProductFactory

pytestmark = pytest.mark.django_db


def names(response):
    return [product.name for product in response.context["products"]]


@pytest.fixture
def catalog(home_page):
    tulis = TechniqueFactory(slug="batik-tulis", name="Batik tulis")
    cap = TechniqueFactory(slug="batik-cap", name="Batik cap")
    dander = DistrictFactory(code="35.22.05", name="Dander")
    kapas = DistrictFactory(code="35.22.06", name="Kapas")
    ProductFactory(
        name="Tulis Dander",
        technique=tulis,
        artisan=ArtisanFactory(district=dander),
        price=900_000,
        export_ready=True,
    )
    ProductFactory(
        name="Cap Dander", technique=cap, artisan=ArtisanFactory(district=dander), price=150_000
    )
    ProductFactory(
        name="Cap Kapas",
        technique=cap,
        artisan=ArtisanFactory(district=kapas),
        price=120_000,
        stock=0,
    )
    ProductFactory(name="Ledre", price=35_000, halal_number="ID35110000123")


def test_filters_combine(client, catalog):
    response = client.get("/id/katalog/", {"technique": "batik-cap", "district": "35.22.05"})

    assert names(response) == ["Cap Dander"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"min_price": "100000", "max_price": "200000"}, ["Cap Dander", "Cap Kapas"]),
        ({"in_stock": "on"}, ["Cap Dander", "Ledre", "Tulis Dander"]),
        ({"halal": "on"}, ["Ledre"]),
        ({"export": "on"}, ["Tulis Dander"]),
    ],
)
def test_each_filter_narrows_the_list(client, catalog, query, expected):
    assert sorted(names(client.get("/id/katalog/", query))) == expected


def test_facet_counts_follow_the_other_filters(client, catalog):
    response = client.get("/id/katalog/", {"district": "35.22.05"})

    facets = response.context["facets"]
    assert facets["technique"] == [("batik-cap", "Batik cap", 1), ("batik-tulis", "Batik tulis", 1)]
    # The district facet ignores its own choice, so other districts stay selectable.
    assert {("35.22.05", "Dander", 2), ("35.22.06", "Kapas", 1)} <= set(facets["district"])
    assert "Dander (2)" in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("price", ["Ledre", "Cap Kapas", "Cap Dander", "Tulis Dander"]),
        ("-price", ["Tulis Dander", "Cap Dander", "Cap Kapas", "Ledre"]),
        ("name", ["Cap Dander", "Cap Kapas", "Ledre", "Tulis Dander"]),
    ],
)
def test_sorting(client, catalog, sort, expected):
    assert names(client.get("/id/katalog/", {"sort": sort})) == expected


@pytest.mark.parametrize(
    "query",
    [
        {"district": "Dander'; DROP"},
        {"min_price": "-5"},
        {"max_price": "9" * 30},
        {"sort": "price; DROP"},
        {"technique": "\x00"},
        {"motif": "<script>"},
    ],
)
def test_bad_parameters_are_dropped_not_errors(client, catalog, query):
    response = client.get("/id/katalog/", query)

    assert response.status_code == 200
    assert len(names(response)) == 4


def test_facet_labels_are_in_the_visitors_language(client, catalog):
    from artisans.models import Technique

    Technique.objects.filter(slug="batik-cap").update(name_en="Stamped batik")

    english = client.get("/en/catalog/").context["facets"]["technique"]

    assert ("batik-cap", "Stamped batik", 2) in english


# Search inside the list


@pytest.mark.parametrize(
    ("path", "words", "expected"),
    [
        ("/id/katalog/", "selendang", ["Selendang Sekar Jati"]),
        ("/id/katalog/", "Sekar JATI", ["Selendang Sekar Jati"]),
        ("/en/catalog/", "scarf", ["Selendang Sekar Jati"]),
        ("/en/catalog/", "woven bag", ["Tas anyaman"]),
    ],
)
def test_search_finds_products_by_their_indonesian_or_english_name(
    client, home_page, path, words, expected
):
    ProductFactory(name="Selendang Sekar Jati", name_en="Sekar Jati scarf")
    ProductFactory(name="Tas anyaman", name_en="Woven bag", description="Anyaman pandan.")
    ProductFactory(name="Selendang tersembunyi", live=False)

    assert names(client.get(path, {"q": words})) == expected


def test_search_combines_with_facets_and_sort(client, catalog):
    response = client.get("/id/katalog/", {"q": "cap", "sort": "-price"})
    assert names(response) == ["Cap Dander", "Cap Kapas"]

    response = client.get("/id/katalog/", {"q": "cap", "district": "35.22.06"})
    assert names(response) == ["Cap Kapas"]


def test_search_sorts_by_relevance_unless_told_otherwise(client, catalog):
    # Every product's description says "batik tulis": the one named so comes first.
    response = client.get("/id/katalog/", {"q": "tulis"})

    assert names(response)[0] == "Tulis Dander"
    assert response.context["filter_form"].sort_key == "relevance"


def test_relevance_is_offered_only_with_a_search(client, catalog):
    plain = client.get("/en/catalog/", {"sort": "relevance"})
    searched = client.get("/en/catalog/", {"q": "batik"})

    assert names(plain) == ["Ledre", "Cap Kapas", "Cap Dander", "Tulis Dander"]  # newest first
    assert "Relevance" not in plain.content.decode()
    # The default sort has no value, so that a new search from the form sorts by relevance.
    assert '<option value="" selected>Newest</option>' in plain.content.decode()
    assert '<option value="" selected>Relevance</option>' in searched.content.decode()
    assert '<option value="newest">Newest</option>' in searched.content.decode()


def test_facet_counts_narrow_with_the_search(client, catalog):
    facets = client.get("/id/katalog/", {"q": "cap"}).context["facets"]

    assert facets["technique"] == [("batik-cap", "Batik cap", 2)]
    assert facets["district"] == [("35.22.05", "Dander", 1), ("35.22.06", "Kapas", 1)]


def test_pagination_keeps_the_search(client, home_page):
    ProductFactory.create_batch(30, photos=0)  # "Kain batik N": 24 on a page

    html = client.get("/id/katalog/", {"q": "batik", "technique": ""}).content.decode()

    assert 'rel="next" href="?q=batik&amp;technique=&amp;page=2"' in html


@pytest.mark.parametrize("words", ["!!!", '"', "'; --", "*", "-", "\x00", "( )", "°°", "a" * 101])
def test_punctuation_or_too_long_searches_are_dropped_not_errors(client, catalog, words):
    response = client.get("/id/katalog/", {"q": words})

    assert response.status_code == 200
    assert len(names(response)) == 4
    assert b"\x00" not in response.content


@pytest.mark.parametrize("words", ["kain OR", "NOT", "AND batik", "NEAR", "batik*", "tulis^2"])
def test_search_operators_are_plain_words(client, catalog, words):
    assert client.get("/id/katalog/", {"q": words}).status_code == 200


def test_a_too_long_search_says_why(client, catalog):
    html = client.get("/id/katalog/", {"q": "kain " * 30}).content.decode()

    assert "Gunakan paling banyak 100 karakter." in html
    assert 'aria-invalid="true"' in html


def test_a_search_without_results_says_so(client, catalog):
    html = client.get("/id/katalog/", {"q": "wayang"}).content.decode()

    assert "wayang" in html
    assert '<meta name="robots" content="noindex">' in html


# Materials


@pytest.fixture
def materials(catalog):
    from catalog.models import Material, Product

    cotton = Material.objects.create(slug="katun", name="Katun", name_en="Cotton")
    silk = Material.objects.create(slug="sutra", name="Sutra", name_en="Silk")
    for name, chosen in [
        ("Tulis Dander", [cotton, silk]),
        ("Cap Dander", [cotton]),
        ("Cap Kapas", [silk]),
    ]:
        product = Product.objects.get(name=name)
        product.materials.set(chosen)
        product.save()


def test_material_facet_counts_and_filter(client, materials):
    response = client.get("/id/katalog/", {"material": "katun"})

    assert sorted(names(response)) == ["Cap Dander", "Tulis Dander"]
    assert response.context["facets"]["material"] == [("katun", "Katun", 2), ("sutra", "Sutra", 2)]
    assert "Katun (2)" in response.content.decode()


def test_material_facet_follows_the_other_filters_and_the_language(client, materials):
    english = client.get("/en/catalog/", {"technique": "batik-cap"}).context["facets"]

    assert english["material"] == [("katun", "Cotton", 1), ("sutra", "Silk", 1)]


def test_clear_removes_the_search_and_every_filter_but_the_category(client, materials):
    from tests.catalog.factories import CategoryFactory

    CategoryFactory(slug="kain")
    query = {"category": "kain", "q": "batik", "material": "katun", "sort": "price"}

    html = client.get("/id/katalog/", query).content.decode()

    assert '<a href="?category=kain">Hapus filter</a>' in html
