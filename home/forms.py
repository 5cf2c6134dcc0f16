"""Forms of the showcase: the admin's image and document uploads, the story index's filters."""

from django import forms
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .uploads import DocumentField, PhotoField


class SiteImageForm(BaseImageForm):
    """Wagtail's image form with the site's photo checks (home.uploads.PhotoField)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            original = self.fields["file"]
            self.fields["file"] = PhotoField(
                label=original.label,
                required=original.required,
                help_text=original.help_text,
                widget=original.widget,
            )


class SiteDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing empty and mislabelled files (home.uploads)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            original = self.fields["file"]
            self.fields["file"] = DocumentField(
                label=original.label, required=original.required, widget=original.widget
            )

    def _post_clean(self):
        # Wagtail's model checks the file's extension again, even when the field refused the
        # file: keep the field's one message, not a second about an empty extension.
        refused = self._errors.get("file")
        refused = refused.copy() if refused else None
        super()._post_clean()
        if refused:
            self._errors["file"] = refused


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
