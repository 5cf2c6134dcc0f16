"""The council's identity, edited in the Wagtail admin (Settings > Council)."""

from urllib.parse import quote

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from home.page_cache import remembered, site_address
from home.phones import validate_whatsapp_number, whatsapp_url
from home.translation import TranslatedField


@register_setting(icon="site")
class CouncilSettings(BaseSiteSetting):
    name = models.CharField(_("council name"), max_length=120, default="Dekranasda")
    site_name = models.CharField(
        _("site name"),
        max_length=80,
        default="Pasar Kriya",
        help_text=_("Shown in the header and in the title of every page."),
    )
    logo = models.ForeignKey(
        "home.SiteImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tagline = models.CharField(_("tagline (Indonesian)"), max_length=160, blank=True)
    tagline_en = models.CharField(_("tagline (English)"), max_length=160, blank=True)
    address = models.TextField(_("address"), blank=True)
    opening_hours = models.CharField(_("opening hours (Indonesian)"), max_length=160, blank=True)
    opening_hours_en = models.CharField(_("opening hours (English)"), max_length=160, blank=True)
    whatsapp = models.CharField(
        _("WhatsApp number"),
        max_length=20,
        blank=True,
        help_text=_("A mobile number, e.g. 0812 3456 7890."),
        validators=[validate_whatsapp_number],
    )
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    email = models.EmailField(_("email"), blank=True)
    instagram = models.CharField(_("Instagram account"), max_length=60, blank=True)
    facebook = models.CharField(_("Facebook page"), max_length=80, blank=True)
    youtube = models.CharField(_("YouTube channel"), max_length=80, blank=True)
    tiktok = models.CharField(_("TikTok account"), max_length=60, blank=True)
    regency_code = models.CharField(
        _("regency code (Kemendagri)"),
        max_length=5,
        blank=True,
        help_text=_("The council's regency, e.g. 35.22 for Kabupaten Bojonegoro."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("site_name"),
                FieldPanel("logo"),
                FieldPanel("tagline"),
                FieldPanel("tagline_en"),
                FieldPanel("regency_code"),
            ],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("opening_hours"),
                FieldPanel("opening_hours_en"),
                FieldPanel("whatsapp"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("instagram"),
                FieldPanel("facebook"),
                FieldPanel("youtube"),
                FieldPanel("tiktok"),
            ],
            heading=_("Social media"),
        ),
    ]

    localized_tagline = TranslatedField("tagline", "tagline_en")
    localized_opening_hours = TranslatedField("opening_hours", "opening_hours_en")

    # The header shows the logo on every page: read with the settings, in the same query.
    select_related = ["logo"]

    class Meta:
        verbose_name = _("council")

    @classmethod
    def for_request(cls, request):
        """The site's settings, once a request (as Wagtail's); with the catalog cache on, kept
        with the request's site until they or anything else a public page shows change
        (home.page_cache_invalidation), since every page shows them: a page outside Wagtail's
        tree (the catalog, search) then asks the database for neither. The admin edits what
        `for_site` reads, never a kept copy."""
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            site, council = remembered(
                ("site-and-council-settings", *site_address(request)),
                lambda: cls._site_and_settings(request),
            )
            if site is not None:
                # Wagtail's own per-request memo of Site.find_for_request (page URLs ask it).
                if not hasattr(request, "_wagtail_site"):
                    request._wagtail_site = site
                council._request = request
                setattr(request, attribute, council)
        return super().for_request(request)

    @classmethod
    def _site_and_settings(cls, request):
        site = Site.find_for_request(request)
        return site, cls.for_site(site) if site is not None else None

    def __str__(self):
        return self.name

    @property
    def whatsapp_url(self):
        """A click-to-chat link to the council, or ''."""
        return whatsapp_url(self.whatsapp)

    @property
    def social_links(self):
        """(network, label, url) for every account that is filled in."""
        accounts = [
            ("instagram", "Instagram", "https://www.instagram.com/{}/", self.instagram),
            ("facebook", "Facebook", "https://www.facebook.com/{}", self.facebook),
            ("youtube", "YouTube", "https://www.youtube.com/@{}", self.youtube),
            ("tiktok", "TikTok", "https://www.tiktok.com/@{}", self.tiktok),
        ]
        return [
            (network, label, pattern.format(quote(handle.lstrip("@"))))
            for network, label, pattern, handle in accounts
            if handle
        ]
