"""The checkout form: who the buyer is and where the parcels go. Nothing about prices."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from home.phones import validate_whatsapp_number

from ..models import Order


class CheckoutForm(forms.ModelForm):
    class Meta:
        model = Order
        fields = [
            "name",
            "email",
            "phone",
            "street",
            "village",
            "district",
            "regency",
            "province",
            "postal_code",
            "delivery_note",
        ]
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "street": forms.TextInput(attrs={"autocomplete": "address-line1"}),
            "regency": forms.TextInput(attrs={"autocomplete": "address-level2"}),
            "province": forms.TextInput(attrs={"autocomplete": "address-level1"}),
            "postal_code": forms.TextInput(
                attrs={"autocomplete": "postal-code", "inputmode": "numeric"}
            ),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phone"].required = True
        self.fields["phone"].validators.append(validate_whatsapp_number)
        self.fields["phone"].help_text = _("The courier and the makers may call or message you.")
        self.fields["postal_code"].validators.append(
            RegexValidator(r"^\d{5}$", _("An Indonesian postal code has five digits."))
        )
