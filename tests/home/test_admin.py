"""An editor can create every page type in the Wagtail admin."""

from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from artisans.models import ArtisanIndexPage, ArtisanPage
from home.models import (
    HomePage,
    MotifIndexPage,
    MotifPage,
    StandardPage,
    StoryIndexPage,
    StoryPage,
)
from tests.artisans.factories import ArtisanFactory, ArtisanIndexPageFactory
from tests.home.factories import HomePageFactory, MotifIndexPageFactory, StoryIndexPageFactory


class PageCreationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        Locale.objects.get_or_create(language_code="en")
        cls.root = Page.get_first_root_node()
        cls.home = HomePageFactory(parent=cls.root)
        site = Site.objects.get(is_default_site=True)
        site.root_page = cls.home
        site.save()

    def setUp(self):
        self.login()

    def test_home_page_can_be_created_under_the_root(self):
        self.assertCanCreate(
            self.root,
            HomePage,
            nested_form_data(
                {
                    "title": "Beranda kedua",
                    "slug": "beranda-kedua",
                    "hero_heading": "Kriya",
                    "body": streamfield([]),
                }
            ),
        )

    def test_standard_page_can_be_created_under_home(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Tentang kami",
                    "slug": "tentang-kami",
                    "body": streamfield([("paragraph", rich_text("<p>Isi</p>"))]),
                }
            ),
        )

    def test_index_pages_can_be_created_under_home(self):
        for model, slug in [
            (StoryIndexPage, "kabar"),
            (MotifIndexPage, "motif"),
            (ArtisanIndexPage, "perajin"),
        ]:
            with self.subTest(model=model):
                self.assertCanCreate(self.home, model, {"title": slug.title(), "slug": slug})

    def test_story_page_can_be_created_under_the_story_index(self):
        index = StoryIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            StoryPage,
            nested_form_data(
                {
                    "title": "Bimtek pewarna alam",
                    "slug": "bimtek-pewarna-alam",
                    "kind": "training",
                    "date": "2026-11-01",
                    "intro": "Pelatihan pewarna alam.",
                    "body": streamfield([("heading", "Jadwal")]),
                }
            ),
        )

    def test_motif_page_can_be_created_under_the_motif_index(self):
        index = MotifIndexPageFactory(parent=self.home)
        self.assertCanCreate(
            index,
            MotifPage,
            nested_form_data(
                {
                    "title": "Sekar Jati",
                    "slug": "sekar-jati",
                    "subject": "jati",
                    "summary": "Hutan jati.",
                    "meaning": rich_text("<p>Lambang hutan jati.</p>"),
                    "history": rich_text(""),
                    "technique": rich_text(""),
                    "body": streamfield([]),
                }
            ),
        )

    def test_artisan_page_can_be_created_under_the_artisan_index(self):
        index = ArtisanIndexPageFactory(parent=self.home)
        artisan = ArtisanFactory()
        self.assertCanCreate(
            index,
            ArtisanPage,
            nested_form_data(
                {
                    "title": artisan.business_name,
                    "slug": artisan.slug,
                    "artisan": artisan.pk,
                    "intro": "Perajin batik.",
                    "body": streamfield([]),
                    "gallery_images": inline_formset([]),
                }
            ),
        )

    def test_pages_only_live_where_they_belong(self):
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertAllowedParentPageTypes(MotifPage, {MotifIndexPage})
        self.assertAllowedParentPageTypes(ArtisanPage, {ArtisanIndexPage})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, StoryIndexPage, MotifIndexPage, ArtisanIndexPage}
        )


def test_council_editors_can_edit_settings_registry_catalog_and_images(db):
    from django.contrib.auth.models import Group

    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )

    assert {
        ("home", "change_councilsettings"),
        ("artisans", "change_artisan"),
        ("catalog", "add_product"),
        ("catalog", "change_category"),
        ("catalog", "publish_product"),
        ("catalog", "change_material"),
        ("catalog", "change_exchangerate"),
        ("simple_translation", "submit_translation"),
    } <= codenames
