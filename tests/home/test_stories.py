"""Stories: the index filters by kind and topic; blocks show products and artisans."""

import pytest

from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory
from tests.catalog.factories import ProductFactory
from tests.home.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return StoryIndexPageFactory(parent=home_page)


def listed_titles(response):
    return sorted(story.title for story in response.context["stories"])


def test_story_index_filters_by_kind_and_tag(client, index):
    training = StoryPageFactory(parent=index, title="Bimtek pewarna", kind="training")
    training.tags.add("pewarna-alam")
    training.save_revision().publish()
    StoryPageFactory(parent=index, title="Pameran Surabaya", kind="exhibition")
    StoryPageFactory(parent=index, title="Situs dibuka", kind="news")

    assert listed_titles(client.get(index.url, {"kind": "training"})) == ["Bimtek pewarna"]
    assert listed_titles(client.get(index.url, {"tag": "pewarna-alam"})) == ["Bimtek pewarna"]
    assert len(listed_titles(client.get(index.url))) == 3
    html = client.get(training.url).content.decode()
    assert f'href="{index.url}?tag=pewarna-alam"' in html


@pytest.mark.parametrize(
    "query", [{"kind": "gossip"}, {"tag": "\x00"}, {"tag": '"'}, {"page": "x"}, {"page": "-1"}]
)
def test_bad_story_filters_are_ignored(client, index, query):
    StoryPageFactory(parent=index)

    response = client.get(index.url, query)

    assert response.status_code == 200
    assert len(response.context["stories"]) == 1


def test_story_blocks_show_a_product_card_and_an_artisan_card(client, home_page, index):
    product = ProductFactory(name="Selendang Pari", price=250_000)
    hidden = ProductFactory(name="Produk ditarik", live=False)
    profile = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))
    story = StoryPageFactory(
        parent=index,
        body=[
            {"type": "product", "value": {"product": product.pk, "note": "Dipakai model"}},
            {"type": "product", "value": {"product": hidden.pk, "note": ""}},
            {"type": "artisan", "value": {"profile": profile.pk}},
        ],
    )

    html = client.get(story.url).content.decode()

    assert "Selendang Pari" in html and "Rp250.000" in html
    assert "Dipakai model" in html
    assert "Produk ditarik" not in html
    assert profile.artisan.business_name in html
