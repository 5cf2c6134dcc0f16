"""Public profile pages of artisans and their index."""

from functools import partial

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import structured_data
from home.blocks import StoryBlock
from home.models.pages import IndexPage, ShowcasePage
from home.pagination import paginate
from home.search import search_words

from .registry import Artisan


class ArtisanIndexPage(IndexPage):
    subpage_types = ["artisans.ArtisanPage"]

    class Meta:
        verbose_name = _("artisan index")

    def get_context(self, request, *args, **kwargs):
        from artisans.forms import ArtisanFilterForm

        context = super().get_context(request, *args, **kwargs)
        profiles = ArtisanPage.objects.public().child_of(self)
        form = ArtisanFilterForm(request.GET, profiles=profiles)
        context["filter_form"] = form
        context["page_obj"] = paginate(
            request, form.filter(profiles).with_listing_data().order_by("title")
        )
        context["artisan_pages"] = context["page_obj"].object_list
        return context


class ArtisanPageQuerySet(PageQuerySet):
    def public(self):
        """Live profiles of artisans the council has not deactivated."""
        return self.live().filter(artisan__is_active=True)

    def in_sector(self, sector):
        """Profiles of artisans of one sector (batik, eco-print, crafts, food)."""
        return self.filter(artisan__sector=sector)

    def in_district(self, district_code):
        """Profiles of artisans of one district, by its Kemendagri code."""
        return self.filter(artisan__district_id=district_code)

    def practising(self, technique_slug):
        """Profiles of artisans who work in a technique."""
        return self.filter(artisan__techniques__slug=technique_slug)

    def matching(self, words):
        """Profiles found by a full-text search for `words` (name, owner, story), in the
        visitor's language; this queryset's own filters apply to what the search found."""
        words = search_words(words)
        if not words:
            return self
        in_language = self.model.objects.live().filter(locale=Locale.get_active())
        found = in_language.search(words)[:1000]
        return self.filter(pk__in=[page.pk for page in found])

    def with_listing_data(self):
        """Everything an artisan card shows, in a constant number of queries."""
        from home.renditions import PAGE_CARD, prefetch_renditions

        return self.select_related("photo", "artisan__district").prefetch_related(
            prefetch_renditions("photo__renditions", PAGE_CARD)
        )


class ArtisanPage(ShowcasePage):
    """The public profile of an artisan: their story, photos and products."""

    artisan = models.ForeignKey(
        Artisan,
        verbose_name=_("artisan"),
        on_delete=models.PROTECT,
        related_name="profile_pages",
    )
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences for listings."))
    photo = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("story"))

    content_panels = [
        *Page.content_panels,
        # Only the council's registry editors choose whose profile this is.
        FieldPanel("artisan", permission="artisans.change_artisan"),
        FieldPanel("intro"),
        FieldPanel("photo"),
        FieldPanel("body"),
        InlinePanel("gallery_images", heading=_("Photo gallery"), label=_("Photo")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields(
            "artisan",
            [index.SearchField("business_name"), index.SearchField("owner_name")],
        ),
    ]

    objects = PageManager.from_queryset(ArtisanPageQuerySet)()

    parent_page_types = ["artisans.ArtisanIndexPage"]
    subpage_types = []
    # `serve` refuses the profile of a withdrawn artisan: the artisan is kept with the route.
    kept_with_route = ("artisan",)

    class Meta:
        verbose_name = _("artisan profile")
        verbose_name_plural = _("artisan profiles")

    def clean(self):
        super().clean()
        duplicate = (
            ArtisanPage.objects.filter(artisan_id=self.artisan_id, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(translation_key=self.translation_key)
        )
        if self.artisan_id and duplicate.exists():
            raise ValidationError(
                {"artisan": _("This artisan already has a profile page in this language.")}
            )

    @property
    def listing_image(self):
        return self.photo

    def structured_data(self, request):
        """The artisan's business, located to its district only (never a home address)."""
        artisan = self.artisan
        business = {
            "@context": "https://schema.org",
            "@type": "LocalBusiness",
            "name": artisan.business_name,
            "description": self.search_description or self.intro,
            "image": structured_data.image_url(request, self.photo),
            "url": structured_data.absolute(request, self.get_url(request)),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": artisan.district.name,
                "addressRegion": artisan.province_name,
                "addressCountry": "ID",
            },
        }
        if artisan.public_owner:
            business["founder"] = {"@type": "Person", "name": artisan.owner_name}
        if artisan.founded_year:
            business["foundingDate"] = str(artisan.founded_year)
        if artisan.whatsapp and artisan.public_contact:
            business["telephone"] = artisan.whatsapp
        if artisan.instagram:
            business["sameAs"] = [artisan.instagram_url]
        return [business]

    def serve(self, request, *args, **kwargs):
        if not self.artisan.is_active:
            raise Http404(_("This artisan's profile is no longer public."))
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from catalog.models import Product
        from home.models import CouncilSettings
        from home.renditions import RENDITIONS, prefetch_renditions
        from inquiries import response_times

        context = super().get_context(request, *args, **kwargs)
        site_name = CouncilSettings.for_request(request).site_name
        context["whatsapp_url"] = self.artisan.whatsapp_url(site_name=site_name)
        context["techniques"] = self.artisan.techniques.all()
        context["associations"] = self.artisan.associations.all()
        context["certifications"] = self.artisan.certifications.public()
        context["links"] = self.artisan.links.all()
        context["gallery"] = self.gallery_images.select_related("image").prefetch_related(
            prefetch_renditions("image__renditions", RENDITIONS["gallery"])
        )
        context["products"] = Product.objects.live().by_artisan(self.artisan).with_card_data()[:12]
        # Asked only when the profile is rendered, not when it is kept (artisan_page.html).
        context["response_time"] = SimpleLazyObject(
            partial(response_times.describe_for, self.artisan)
        )
        return context


class ArtisanPageGalleryImage(Orderable):
    page = ParentalKey(ArtisanPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "home.SiteImage", verbose_name=_("photo"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("gallery photo")
        verbose_name_plural = _("gallery photos")
