"""The category tree of the catalog."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from home.translation import TranslatedField


class Category(models.Model):
    """A node of the category tree (kain batik, busana > kemeja, makanan & minuman, ...)."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name (Indonesian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    localized_name = TranslatedField("name", "name_en")

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.localized_name

    def with_descendants(self):
        """This category and every category below it (a shallow tree: one query a level)."""
        found, level = [self.pk], [self.pk]
        while level:
            below = Category.objects.filter(parent__in=level).values_list("pk", flat=True)
            level = [pk for pk in below if pk not in found]  # a loop in the tree ends here
            found.extend(level)
        return found
