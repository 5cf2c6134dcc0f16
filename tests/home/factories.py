import datetime

import factory
import wagtail_factories

from home.models import (
    HomePage,
    MotifIndexPage,
    MotifPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Beranda"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Kriya Bojonegoro"
    hero_text = "Batik dan kriya dari para perajin."
    hero_image = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Halaman {n}")
    intro = "Tentang dewan kerajinan."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Isi halaman.</p>"}])

    class Meta:
        model = StandardPage


class MotifIndexPageFactory(wagtail_factories.PageFactory):
    title = "Motif"
    slug = "motif"
    intro = "Motif batik Jonegoroan."

    class Meta:
        model = MotifIndexPage


class MotifPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Motif {n}")
    subject = "jagung"
    summary = "Panen jagung yang keemasan."
    meaning = "<p>Lambang kemakmuran.</p>"
    image = factory.SubFactory(wagtail_factories.ImageFactory)

    class Meta:
        model = MotifPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kabar"
    slug = "kabar"

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kabar {n}")
    date = datetime.date(2026, 10, 1)
    intro = "Pameran kriya di Surabaya."
    image = factory.SubFactory(wagtail_factories.ImageFactory)
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": "Pameran"},
            {"type": "paragraph", "value": "<p>Para perajin ikut serta.</p>"},
            {"type": "quote", "value": {"text": "Senang sekali.", "attribution": "Bu Sri"}},
        ]
    )

    class Meta:
        model = StoryPage
