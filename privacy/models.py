"""Where the council's privacy notice is: linked from the checkout and the buyer's data page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="lock")
class PrivacySettings(BaseSiteSetting):
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page that says what personal data the site keeps, why, for how long and how "
            "buyers use their rights (UU 27/2022). Linked from the checkout."
        ),
    )

    panels = [FieldPanel("privacy_page")]

    class Meta:
        verbose_name = _("privacy")

    def notice_url(self, request=None):
        """The notice's address in the reader's language (or the page as chosen when it has
        no translation), or "" while no live page is chosen."""
        if self.privacy_page is None:
            return ""
        page = self.privacy_page.localized
        if not page.live:
            return ""
        return page.get_url(request) or ""
