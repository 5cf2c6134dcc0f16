"""The artisans (IKM): one registry record each, and an optional public profile page."""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home import structured_data
from home.blocks import StoryBlock
from home.models.pages import ShowcasePage
from home.translation import TranslatedField

from . import regions


class RegionQuerySet(models.QuerySet):
    def districts_of(self, regency_code):
        """The districts (kecamatan) of a regency, by name."""
        return self.filter(parent_id=regency_code, level=3).order_by("name")


class RegionManager(models.Manager.from_queryset(RegionQuerySet)):
    @transaction.atomic
    def import_regency(self, regency_code):
        """Create or update a regency with its districts and villages; return the regency."""
        record = regions.get_region(regency_code)
        if record is None or record.level != 2:
            raise ValueError(f"{regency_code!r} is not a Kemendagri regency code.")
        regency = self._store(record, parent=None)
        for district_record in regions.children_of(record.code):
            district = self._store(district_record, parent=regency)
            for village_record in regions.children_of(district_record.code):
                self._store(village_record, parent=district)
        return regency

    def _store(self, record, parent):
        region, _created = self.update_or_create(
            code=record.code,
            defaults={
                "name": record.name,
                "level": record.level,
                "parent": parent,
                "postal_code": record.postal_code,
            },
        )
        return region


class Region(models.Model):
    """A Kemendagri region: regency (level 2), district (3) or village (4)."""

    code = models.CharField(_("Kemendagri code"), max_length=13, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    level = models.PositiveSmallIntegerField(_("level"))
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    postal_code = models.CharField(_("postal code"), max_length=5, blank=True)

    objects = RegionManager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class Technique(models.Model):
    """A craft technique: batik tulis, batik cap, jumput, eco-print pounding, ..."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name (Indonesian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)

    localized_name = TranslatedField("name", "name_en")

    class Meta:
        ordering = ["name"]
        verbose_name = _("technique")
        verbose_name_plural = _("techniques")

    def __str__(self):
        return self.localized_name


class Sector(models.TextChoices):
    BATIK = "batik", _("Batik")
    ECOPRINT = "ecoprint", _("Eco-print")
    CRAFT = "craft", pgettext_lazy("sector", "Other crafts")
    FOOD = "food", _("Food and drink")


class Artisan(models.Model):
    """A registered IKM. It may exist without a public profile; the registry extends it."""

    business_name = models.CharField(_("business name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    owner_name = models.CharField(_("owner"), max_length=150)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    district = models.ForeignKey(
        Region,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="artisans",
        limit_choices_to={"level": 3},
    )
    village = models.ForeignKey(
        Region,
        verbose_name=_("village"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": 4},
    )
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    workers = models.PositiveSmallIntegerField(_("workers"), null=True, blank=True)
    techniques = models.ManyToManyField(
        Technique, verbose_name=_("techniques"), blank=True, related_name="artisans"
    )
    whatsapp = models.CharField(_("WhatsApp number"), max_length=20, blank=True)
    instagram = models.CharField(_("Instagram account"), max_length=60, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["business_name"]
        verbose_name = _("artisan")
        verbose_name_plural = _("artisans")

    def __str__(self):
        return self.business_name

    def whatsapp_url(self, about=""):
        """Click-to-chat link with a greeting in the visitor's language, or ''."""
        digits = "".join(ch for ch in self.whatsapp if ch.isdigit())
        if not digits:
            return ""
        message = gettext("Hello %(name)s, I found you on Pasar Kriya.") % {
            "name": self.business_name
        }
        if about:
            message = f"{message} {about}"
        return f"https://wa.me/{digits}?text={quote(message)}"


class ArtisanIndexPage(ShowcasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["artisans.ArtisanPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("artisan index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["artisan_pages"] = (
            ArtisanPage.objects.live().child_of(self).with_listing_data().order_by("title")
        )
        return context


class ArtisanPageQuerySet(PageQuerySet):
    def with_listing_data(self):
        """Everything an artisan card shows, in a constant number of queries."""
        return self.select_related("photo", "artisan__district").prefetch_related(
            "photo__renditions"
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
        FieldPanel("artisan"),
        FieldPanel("intro"),
        FieldPanel("photo"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    objects = PageManager.from_queryset(ArtisanPageQuerySet)()

    parent_page_types = ["artisans.ArtisanIndexPage"]
    subpage_types = []

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
            "url": self.get_full_url(request),
            "founder": {"@type": "Person", "name": artisan.owner_name},
            "address": {
                "@type": "PostalAddress",
                "addressLocality": artisan.district.name,
                "addressRegion": artisan.district.parent.name if artisan.district.parent else "",
                "addressCountry": "ID",
            },
        }
        if artisan.founded_year:
            business["foundingDate"] = str(artisan.founded_year)
        if artisan.whatsapp:
            business["telephone"] = artisan.whatsapp
        if artisan.instagram:
            business["sameAs"] = [f"https://www.instagram.com/{artisan.instagram}/"]
        return [business]

    def get_context(self, request, *args, **kwargs):
        from catalog.models import Product

        context = super().get_context(request, *args, **kwargs)
        context["techniques"] = self.artisan.techniques.all()
        context["products"] = Product.objects.live().by_artisan(self.artisan).with_card_data()[:12]
        return context
