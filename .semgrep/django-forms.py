# ruff: noqa: DJ006, DJ007 -- the form styles this rule must catch
from django import forms

from catalog.models import Product


class EverythingForm(forms.ModelForm):
    class Meta:
        model = Product
        # ruleid: model-form-all-fields
        fields = "__all__"


class ExcludeForm(forms.ModelForm):
    class Meta:
        model = Product
        # ruleid: model-form-all-fields
        exclude = ["artisan"]


class ListedForm(forms.ModelForm):
    class Meta:
        model = Product
        # ok: model-form-all-fields
        fields = ["title", "price"]
