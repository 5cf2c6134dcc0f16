"""Filters of the artisan index, read from the URL and validated before use."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import ListFilterForm

from .models import Region, Sector, Technique


class ArtisanFilterForm(ListFilterForm):
    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)
    technique = forms.ChoiceField(label=_("Technique"), required=False)

    def __init__(self, data, profiles):
        super().__init__(data)
        self.fields["sector"].choices = self.ALL + list(Sector.choices)
        districts = Region.objects.filter(
            artisans__profile_pages__in=profiles.values("pk")
        ).distinct()
        self.fields["district"].choices = self.ALL + [(d.code, d.name) for d in districts]
        techniques = Technique.objects.filter(
            artisans__profile_pages__in=profiles.values("pk")
        ).distinct()
        self.fields["technique"].choices = self.ALL + [
            (technique.slug, technique.localized_name) for technique in techniques
        ]

    def filter(self, profiles):
        values = self.cleaned_values()
        if values.get("sector"):
            profiles = profiles.in_sector(values["sector"])
        if values.get("district"):
            profiles = profiles.in_district(values["district"])
        if values.get("technique"):
            profiles = profiles.practising(values["technique"])
        if values.get("q"):
            profiles = profiles.matching(values["q"])
        return profiles.distinct()
