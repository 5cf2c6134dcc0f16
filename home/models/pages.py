"""The home page, standard pages and what every page of the showcase shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import structured_data
from home.blocks import StoryBlock
from home.page_cache import cacheable_page


class ShowcasePage(Page):
    """Fields every showcase page has: a social-sharing image besides Wagtail's SEO fields."""

    social_image = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on WhatsApp, Instagram or Facebook."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    @property
    def sharing_image(self):
        """The image to show when the page is shared: the chosen one, else the page's own."""
        return self.social_image or getattr(self, "listing_image", None)

    def serve(self, request, *args, **kwargs):
        # What a page shows anonymous visitors is the same for all of them (see page_cache).
        return cacheable_page(super().serve(request, *args, **kwargs))

    def get_view_restrictions(self):
        """As Wagtail's; read already when the page comes from a kept route (home.page_routes),
        a list then, which Wagtail's check of the visitor only iterates."""
        kept = getattr(self, "kept_view_restrictions", None)
        return kept if kept is not None else super().get_view_restrictions()

    def structured_data(self, request):
        """schema.org items describing this page (JSON-LD); the breadcrumb trail is added apart."""
        return []

    def get_sitemap_urls(self, request=None):
        """Sitemap entries on the host the sitemap was asked from, like every other absolute
        URL of the site (Wagtail's default takes the host of the Site record)."""
        entries = super().get_sitemap_urls(request)
        if request is not None:
            for entry in entries:
                entry["location"] = request.build_absolute_uri(self.get_url(request))
        return entries


class IndexPage(ShowcasePage):
    """A section of the site under the home page (motifs, artisans, stories), once a language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class HomePage(ShowcasePage):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(
        _("hero button label"), max_length=40, blank=True, help_text=_("Leads to the catalog.")
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.StoryIndexPage",
        "home.MotifIndexPage",
        "artisans.ArtisanIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")

    @property
    def listing_image(self):
        return self.hero_image

    def structured_data(self, request):
        from home.models.site_settings import CouncilSettings

        council = CouncilSettings.for_request(request)
        return [structured_data.organization(council, request, self.get_url(request))]

    def get_context(self, request, *args, **kwargs):
        from home.showcase import home_page_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_page_sections(self))
        return context


class StandardPage(ShowcasePage):
    """About, how to buy, terms of sale, privacy: text pages with the shared blocks."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
