"""Forms of the showcase: the admin's image upload, the story index's filters."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
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


class ListFilterForm(forms.Form):
    """Filters of a list read from the URL: an invalid value is dropped (the list is shown
    unfiltered by it), never an error page."""

    ALL = [("", _("All"))]  # the first choice of every filter

    def cleaned_values(self):
        """The valid, non-empty filters."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    @property
    def is_filtering(self):
        return bool(self.cleaned_values())


class StoryFilterForm(ListFilterForm):
    """Filters of the story index (kind of story, tag), read from the URL."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    tag = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, data, stories):
        from home.models.stories import StoryKind

        super().__init__(data)
        self.fields["kind"].choices = self.ALL + list(StoryKind.choices)
        tags = Tag.objects.filter(home_storytag_items__content_object__in=stories).distinct()
        self.fields["tag"].choices = self.ALL + [(tag.slug, tag.name) for tag in tags]

    def filter(self, stories):
        values = self.cleaned_values()
        if values.get("kind"):
            stories = stories.of_kind(values["kind"])
        if values.get("tag"):
            stories = stories.tagged(values["tag"])
        return stories
