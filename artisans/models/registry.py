"""The registry: every artisan (IKM) of the region, whether or not it has a public profile."""

from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from artisans import kemendagri
from home.phones import validate_whatsapp_number, whatsapp_url
from home.private_files import private_storage
from home.translation import TranslatedField
from home.uploads import check_scan

from ..widgets import PrivateFileInput
from .regions import Region, RegionLevel
from .registry_fields import RegistryFields


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


class Association(models.Model):
    """An association or community group of IKM (asosiasi, paguyuban)."""

    name = models.CharField(_("name"), max_length=150, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("association")
        verbose_name_plural = _("associations")

    def __str__(self):
        return self.name


class ArtisanQuerySet(models.QuerySet):
    def active(self):
        """Artisans the council has not deactivated."""
        return self.filter(is_active=True)

    def managed_by(self, user):
        """Artisans whose records and profile this user may keep up to date."""
        return self.filter(members=user)


class Artisan(RegistryFields, ClusterableModel):
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
        limit_choices_to={"level": RegionLevel.DISTRICT},
    )
    village = models.ForeignKey(
        Region,
        verbose_name=_("village"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to={"level": RegionLevel.VILLAGE},
    )
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    workers = models.PositiveSmallIntegerField(_("workers"), null=True, blank=True)
    techniques = models.ManyToManyField(
        Technique, verbose_name=_("techniques"), blank=True, related_name="artisans"
    )
    associations = models.ManyToManyField(
        Association, verbose_name=_("associations"), blank=True, related_name="artisans"
    )
    whatsapp = models.CharField(
        _("WhatsApp number"), max_length=20, blank=True, validators=[validate_whatsapp_number]
    )
    instagram = models.CharField(_("Instagram account"), max_length=60, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accounts"),
        blank=True,
        related_name="artisans",
        help_text=_("People who sign in to keep this artisan's profile and products current."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    commission_percent = models.DecimalField(
        _("council's commission (%)"),
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(50)],
        help_text=_("Empty: the council's usual rate."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ArtisanQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("business_name"),
                FieldPanel("slug"),
                FieldPanel("owner_name"),
                FieldPanel("sector"),
                FieldPanel("techniques"),
                FieldPanel("associations"),
                FieldPanel("founded_year"),
            ],
            heading=_("Business"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("brand"),
                FieldPanel("legal_form"),
                FieldPanel("scale"),
                FieldPanel("nib"),
                FieldPanel("kbli_codes"),
                FieldPanel("sub_sector"),
                FieldPanel("sentra"),
                FieldPanel("workers"),
                FieldPanel("workers_women"),
                FieldPanel("workers_disabled"),
                FieldPanel("capacity"),
                FieldPanel("export_status"),
                FieldPanel("training"),
                FieldPanel("exhibitions"),
            ],
            heading=_("Registry"),
        ),
        MultiFieldPanel(
            [FieldPanel("district"), FieldPanel("village")],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("whatsapp"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("address"),
                FieldPanel("instagram"),
                InlinePanel("links"),
            ],
            heading=_("Contact and shops elsewhere"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("consent_given_on"),
                FieldPanel("public_owner"),
                FieldPanel("public_contact"),
            ],
            heading=_("Personal data"),
        ),
        InlinePanel("certifications", heading=_("Certifications")),
        MultiFieldPanel(
            [FieldPanel("members"), FieldPanel("is_active"), FieldPanel("commission_percent")],
            heading=_("Accounts"),
        ),
    ]

    class Meta:
        ordering = ["business_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["nib"], condition=~models.Q(nib=""), name="artisan_unique_nib"
            )
        ]
        verbose_name = _("artisan")
        verbose_name_plural = _("artisans")

    def __str__(self):
        return self.business_name

    def clean(self):
        super().clean()
        if self.village_id and self.district_id and self.village.parent_id != self.district_id:
            raise ValidationError({"village": _("This village is not in the chosen district.")})

    def whatsapp_url(self, about="", site_name="Pasar Kriya"):
        """Click-to-chat link with a greeting in the visitor's language, or '' (no number, or
        the artisan did not agree to show its contact)."""
        if not self.public_contact:
            return ""
        message = gettext("Hello %(name)s, I found you on %(site)s.") % {
            "name": self.business_name,
            "site": site_name,
        }
        return whatsapp_url(self.whatsapp, f"{message} {about}".strip())

    @property
    def province_name(self):
        """The province of the artisan's district, from the Kemendagri list."""
        province = kemendagri.get_region(self.district_id.split(".")[0])
        return province.name if province else ""

    @property
    def instagram_url(self):
        handle = self.instagram.strip().lstrip("@")
        return f"https://www.instagram.com/{quote(handle)}/" if handle else ""

    @property
    def map_url(self):
        """A map of the artisan's district: the profile never locates a home more precisely."""
        place = f"{self.district.name}, {self.district.parent.name if self.district.parent else ''}"
        return f"https://www.openstreetmap.org/search?query={quote(place.strip(', '))}"


class CertificationKind(models.TextChoices):
    PIRT = "pirt", _("PIRT (home industry food permit)")
    BPOM = "bpom", _("BPOM MD")
    HALAL = "halal", _("Halal")
    SNI = "sni", _("SNI")
    BATIKMARK = "batikmark", _("Batikmark")
    TRADEMARK = "trademark", _("Registered trademark")


MAX_EVIDENCE_SIZE = 10 * 1024 * 1024


class CertificationQuerySet(models.QuerySet):
    def public(self):
        """Certifications the artisan agreed to show on the profile."""
        return self.filter(is_public=True)


class Certification(Orderable):
    """A permit or certificate an artisan holds. A certificate without expiry never lapses."""

    artisan = ParentalKey(Artisan, on_delete=models.CASCADE, related_name="certifications")
    kind = models.CharField(_("kind"), max_length=20, choices=CertificationKind.choices)
    number = models.CharField(_("number"), max_length=80)
    issuer = models.CharField(_("issued by"), max_length=150, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    expires_on = models.DateField(
        _("expires on"), null=True, blank=True, help_text=_("Leave empty if it does not expire.")
    )
    is_public = models.BooleanField(_("show on the public profile"), default=True)
    products_covered = models.CharField(_("products covered"), max_length=200, blank=True)
    evidence = models.FileField(
        _("evidence (kept private)"),
        storage=private_storage,
        upload_to="certificates/",
        blank=True,
        help_text=_("A scan or photo of the certificate; never shown to the public."),
    )
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verified_on = models.DateField(_("verified on"), null=True, blank=True)

    objects = CertificationQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("number"),
        FieldPanel("issuer"),
        FieldPanel("issued_on"),
        FieldPanel("expires_on"),
        FieldPanel("products_covered"),
        # No public address for the evidence: the admin links it through a checked view.
        FieldPanel("evidence", widget=PrivateFileInput),
        FieldPanel("verified_by"),
        FieldPanel("verified_on"),
        FieldPanel("is_public"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("certification")
        verbose_name_plural = _("certifications")

    def __str__(self):
        return f"{self.get_kind_display()} {self.number}"

    def clean(self):
        super().clean()
        if self.evidence and not self.evidence._committed:  # a file just uploaded
            try:
                self.evidence = check_scan(
                    self.evidence.file,
                    MAX_EVIDENCE_SIZE,
                    _("Send a scan or photo of the certificate: a PDF, JPEG or PNG."),
                )
            except ValidationError as error:
                raise ValidationError({"evidence": error}) from None


class ArtisanLink(Orderable):
    """A shop or page of the artisan elsewhere (marketplace, website)."""

    artisan = ParentalKey(Artisan, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("label"), max_length=60, help_text=_("e.g. Tokopedia, Shopee"))
    url = models.URLField(_("address"))

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.label
