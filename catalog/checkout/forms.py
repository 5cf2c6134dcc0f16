"""The checkout form: who the buyer is and where the parcels go. Nothing about prices."""

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from PIL import Image

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


MAX_PROOF_SIZE = 5 * 1024 * 1024


class TransferProofForm(forms.Form):
    """A photo or PDF of the transfer receipt: checked by what it is, not by its name."""

    proof = forms.FileField(
        label=_("Proof of transfer"),
        help_text=_("A photo or screenshot of the receipt (JPEG, PNG) or a PDF, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
    )

    def clean_proof(self):
        proof = self.cleaned_data["proof"]
        if proof.size > MAX_PROOF_SIZE:
            raise forms.ValidationError(_("This file is larger than 5 MB."), code="too_big")
        head = proof.read(5)
        proof.seek(0)
        if head == b"%PDF-":
            return proof
        try:
            with Image.open(proof) as picture:
                picture.verify()
                if picture.format not in ("JPEG", "PNG"):
                    raise ValueError(picture.format)
        except (OSError, SyntaxError, ValueError) as error:
            raise forms.ValidationError(
                _("Send a photo (JPEG or PNG) or a PDF of the receipt."), code="invalid_proof"
            ) from error
        finally:
            proof.seek(0)
        return proof
