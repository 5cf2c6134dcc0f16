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
