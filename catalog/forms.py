"""Forms for the public catalog. Query parameters are validated here, never trusted."""

from django import forms


class ProductFilterForm(forms.Form):
    """The catalog's filters, read from the URL (a filtered list can be shared)."""

    category = forms.SlugField(required=False)

    def cleaned_or_empty(self):
        """The valid filters; an invalid parameter is ignored rather than answered with an error."""
        if self.is_valid():
            return self.cleaned_data
        return {name: self.cleaned_data[name] for name in self.fields if name in self.cleaned_data}
