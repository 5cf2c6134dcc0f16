"""The admin's image upload form: a photo that cannot be decoded is refused, never a 500."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from PIL import Image


class DecodableImageField(WagtailImageField):
    """Wagtail's image field, which also decodes the whole picture before accepting it.

    A truncated or corrupt file passes Wagtail's header checks and then fails when its pixels
    are read (size check, re-encoding, renditions): refuse it here with a clear message.
    """

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
            f.seek(0)
            with Image.open(f) as picture:
                picture.load()
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                _("This photo could not be read: the file is damaged or incomplete."),
                code="invalid_image",
            ) from error
        finally:
            f.seek(0)


class SiteImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            original = self.fields["file"]
            self.fields["file"] = DecodableImageField(
                label=original.label, required=original.required, help_text=original.help_text
            )
