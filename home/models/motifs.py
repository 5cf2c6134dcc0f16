"""Motif stories: the region's batik motifs, what they mean and what is made in them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import structured_data
from home.blocks import PARAGRAPH_FEATURES, StoryBlock

from .pages import IndexPage, ShowcasePage


class MotifIndexPage(IndexPage):
    subpage_types = ["home.MotifPage"]

    class Meta:
        verbose_name = _("motif index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["motifs"] = MotifPage.objects.live().child_of(self).with_listing_data()
        return context


class MotifPageQuerySet(PageQuerySet):
    def with_listing_data(self):
        """Everything a motif card shows, in a constant number of queries."""
        from home.renditions import PAGE_CARD, prefetch_renditions

        return self.select_related("image").prefetch_related(
            prefetch_renditions("image__renditions", PAGE_CARD)
        )


class MotifPage(ShowcasePage):
    subject = models.CharField(
        _("subject"), max_length=120, help_text=_("What the motif depicts, e.g. maize.")
    )
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    image = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("motif image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    meaning = RichTextField(_("meaning and symbolism"), features=PARAGRAPH_FEATURES, blank=True)
    history = RichTextField(_("history"), features=PARAGRAPH_FEATURES, blank=True)
    technique = RichTextField(_("technique and colours"), features=PARAGRAPH_FEATURES, blank=True)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("more of the story"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("subject"), FieldPanel("summary"), FieldPanel("image")],
            heading=_("Motif"),
        ),
        FieldPanel("meaning"),
        FieldPanel("history"),
        FieldPanel("technique"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("subject"),
        index.SearchField("summary"),
        index.SearchField("meaning"),
    ]

    objects = PageManager.from_queryset(MotifPageQuerySet)()

    parent_page_types = ["home.MotifIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("motif story")
        verbose_name_plural = _("motif stories")

    @property
    def listing_image(self):
        return self.image

    def structured_data(self, request):
        return [
            {
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": self.title,
                "about": self.subject,
                "description": self.search_description or self.summary,
                "image": structured_data.image_url(request, self.image),
                "inLanguage": self.locale.language_code,
                "url": structured_data.absolute(request, self.get_url(request)),
                "dateModified": self.last_published_at.isoformat()
                if self.last_published_at
                else None,
            }
        ]

    def get_context(self, request, *args, **kwargs):
        from catalog.models import Product

        context = super().get_context(request, *args, **kwargs)
        context["products"] = Product.objects.live().in_motif(self).with_card_data()[:12]
        return context
