"""What a buyer posts to the cart: a variant and a quantity, never a price."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import MAX_LINE_QUANTITY


class AddToCartForm(forms.Form):
    variant = forms.ModelChoiceField(
        label=_("Size or colour"),
        queryset=None,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose one of the sizes or colours shown.")},
    )
    quantity = forms.IntegerField(
        label=_("Quantity"),
        min_value=1,
        max_value=MAX_LINE_QUANTITY,
        initial=1,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, product, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.product = product
        variants = product.variants.all()
        self.fields["variant"].queryset = variants
        self.fields["variant"].required = bool(list(variants))
        self.fields["variant"].error_messages["required"] = _("Choose a size or colour.")
        self.fields["variant"].empty_label = None


class LineQuantityForm(forms.Form):
    quantity = forms.IntegerField(
        label=_("Quantity"),
        min_value=0,
        max_value=MAX_LINE_QUANTITY,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
