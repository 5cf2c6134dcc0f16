"""What products are made of: a short shared list, so buyers can filter by it."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.translation import TranslatedField


class Material(models.Model):
    """A material (katun primissima, sutra, kayu jati, bambu...) named in both languages."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name (Indonesian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)

    localized_name = TranslatedField("name", "name_en")

    class Meta:
        ordering = ["name"]
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.localized_name
