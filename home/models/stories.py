"""Stories: news, exhibitions (pameran) and training announcements (bimtek)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import structured_data
from home.blocks import StoryBlock
from home.pagination import paginate

from .pages import IndexPage, ShowcasePage


class StoryKind(models.TextChoices):
    NEWS = "news", _("News")
    EXHIBITION = "exhibition", _("Exhibition")
    TRAINING = "training", _("Training")


class StoryTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryIndexPage(IndexPage):
    subpage_types = ["home.StoryPage"]

    class Meta:
        verbose_name = _("story index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from home.forms import StoryFilterForm

        stories = StoryPage.objects.live().child_of(self)
        form = StoryFilterForm(request.GET, stories=stories)
        context["filter_form"] = form
        context["page_obj"] = paginate(
            request, form.filter(stories).newest_first().with_listing_data()
        )
        context["stories"] = context["page_obj"].object_list
        return context


class StoryPageQuerySet(PageQuerySet):
    def of_kind(self, kind):
        """News, exhibitions or training announcements only."""
        return self.filter(kind=kind)

    def tagged(self, tag_slug):
        """Stories with this tag."""
        return self.filter(tags__slug=tag_slug)

    def newest_first(self):
        """Most recent date first."""
        return self.order_by("-date", "-pk")

    def with_listing_data(self):
        """Everything a story card shows, in a constant number of queries."""
        from home.renditions import PAGE_CARD, prefetch_renditions

        return self.select_related("image").prefetch_related(
            prefetch_renditions("image__renditions", PAGE_CARD)
        )


class StoryPage(ShowcasePage):
    kind = models.CharField(
        _("kind"), max_length=20, choices=StoryKind.choices, default=StoryKind.NEWS
    )
    date = models.DateField(_("date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    intro = models.TextField(_("introduction"))
    image = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=StoryTag, blank=True, verbose_name=_("tags"))
    artisans = ParentalManyToManyField(
        "artisans.Artisan",
        blank=True,
        related_name="stories",
        verbose_name=_("artisans taking part"),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("date"),
                FieldPanel("end_date"),
                FieldPanel("venue"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("artisans"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    objects = PageManager.from_queryset(StoryPageQuerySet)()

    parent_page_types = ["home.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    @property
    def listing_image(self):
        return self.image

    def clean(self):
        super().clean()
        if self.end_date and self.date and self.end_date < self.date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    def participating_artisans(self):
        """The active artisans taking part, with what their listing shows."""
        return self.artisans.filter(is_active=True).select_related("district")

    @property
    def is_event(self):
        return self.kind in (StoryKind.EXHIBITION, StoryKind.TRAINING)

    def structured_data(self, request):
        """An Event for exhibitions and training, an Article for news."""
        common = {
            "@context": "https://schema.org",
            "description": self.search_description or self.intro,
            "image": structured_data.image_url(request, self.image),
            "inLanguage": self.locale.language_code,
            "url": structured_data.absolute(request, self.get_url(request)),
        }
        if not self.is_event:
            return [
                common
                | {
                    "@type": "Article",
                    "headline": self.title,
                    "datePublished": self.date.isoformat(),
                    "dateModified": (self.last_published_at or self.date).isoformat(),
                }
            ]
        event = common | {
            "@type": "Event",
            "name": self.title,
            "startDate": self.date.isoformat(),
            "endDate": (self.end_date or self.date).isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
        }
        if self.venue:
            event["location"] = {"@type": "Place", "name": self.venue, "address": self.venue}
        else:  # Google requires a location: the council's own address
            from home.models.site_settings import CouncilSettings

            council = CouncilSettings.for_request(request)
            event["location"] = {
                "@type": "Place",
                "name": council.name,
                "address": council.address or council.name,
            }
        return [event]
