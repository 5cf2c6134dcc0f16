"""Showcase pages render in a number of queries that does not grow with the content."""

import pytest

from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory
from tests.catalog.factories import ProductFactory
from tests.home.factories import (
    MotifIndexPageFactory,
    MotifPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def showcase(home_page):
    """Index pages under the home page, and a way to add content to each."""
    motifs = MotifIndexPageFactory(parent=home_page)
    artisans = ArtisanIndexPageFactory(parent=home_page)
    stories = StoryIndexPageFactory(parent=home_page)

    def add(count):
        for _ in range(count):
            motif = MotifPageFactory(parent=motifs)
            profile = ArtisanPageFactory(parent=artisans)
            ProductFactory(artisan=profile.artisan, motif=motif)
            StoryPageFactory(parent=stories, artisans=[profile.artisan])

    return {"motifs": motifs, "artisans": artisans, "stories": stories, "add": add}


@pytest.mark.parametrize("index", [None, "motifs", "artisans", "stories"])
def test_page_queries_do_not_grow_with_the_content(client, home_page, showcase, index):
    url = showcase[index].url if index else home_page.url
    showcase["add"](1)
    few = queries_for(client, url)
    showcase["add"](5)

    assert queries_for(client, url) == few
