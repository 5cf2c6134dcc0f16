"""The site's image model: Wagtail's, with every uploaded photo stripped of its metadata."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Image

from home.photo_metadata import ReencodedImage, without_metadata


class SiteImage(AbstractImage):
    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    def save(self, *args, **kwargs):
        # Upload forms re-encode as they check (home.uploads); anything else is re-encoded here.
        if self.file and not self.file._committed:
            if not isinstance(self.file.file, ReencodedImage):
                self.file = without_metadata(self.file)
            self._set_image_file_metadata()
        super().save(*args, **kwargs)


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
