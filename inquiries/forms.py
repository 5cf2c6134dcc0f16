"""The buyer's inquiry form (one form, its fields by the kind of inquiry) and the reply forms.

Spam is kept out without a third-party captcha: a honeypot field people never see, a cap on
links and on length, and a rate limit per IP address and per email address (in the view).
Every refusal says why and keeps what the buyer wrote."""

import re

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from home.phones import validate_whatsapp_number

from .models import Incoterm, Inquiry, InquiryKind

# One match per link: a whole address (https://www.shop.com/x is one), or a bare domain that is
# not the end of an email address.
LINK = re.compile(
    r"(?:https?://|www\.)\S+|(?<![@\w.-])[\w-]+\.(?:com|net|org|ru|xyz|top|info|biz|id)\b(?![@\w-])",
    re.I,
)
# Short fields where a link has no place (a spammer's favourite: the name in our emails).
NO_LINK_FIELDS = ["name", "company", "motif", "colours", "size"]
HONEYPOT = "website"

# The fields each kind of inquiry asks for, besides the contact and the message.
KIND_FIELDS = {
    InquiryKind.QUESTION: [],
    InquiryKind.QUOTE: [
        "company",
        "quantity",
        "country",
        "incoterm",
        "wanted_by",
        "samples_wanted",
    ],
    InquiryKind.CUSTOM: ["motif", "colours", "size", "quantity", "wanted_by"],
    InquiryKind.MESSAGE: [],
}
REQUIRED_BY_KIND = {
    InquiryKind.QUOTE: ["quantity", "country"],
    InquiryKind.CUSTOM: ["quantity"],
}
CONTACT_FIELDS = ["name", "email", "whatsapp"]


def optional_fields():
    """The fields only some kinds of inquiry ask for."""
    return {name for names in KIND_FIELDS.values() for name in names}


def count_links(text):
    return len(LINK.findall(text or ""))


class InquiryForm(forms.ModelForm):
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Inquiry
        fields = [
            *CONTACT_FIELDS,
            "company",
            "quantity",
            "country",
            "incoterm",
            "wanted_by",
            "samples_wanted",
            "motif",
            "colours",
            "size",
            "message",
        ]
        labels = {
            "whatsapp": _("WhatsApp number (optional)"),
            "company": _("Company (optional)"),
            "motif": _("Motif"),
            "colours": _("Colours"),
            "size": _("Size"),
            "quantity": _("How many pieces"),
            "wanted_by": _("Wanted by (optional)"),
            "samples_wanted": _("I would like samples first"),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
            "whatsapp": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "quantity": forms.NumberInput(attrs={"min": 1, "inputmode": "numeric"}),
            "wanted_by": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "message": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, kind, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        asked = set(KIND_FIELDS[kind])
        for name in list(self.fields):
            if name in optional_fields() and name not in asked:
                del self.fields[name]
        for name in REQUIRED_BY_KIND.get(kind, []):
            self.fields[name].required = True
        if "country" in self.fields:
            countries_only = list(self.fields["country"].choices)[1:]
            self.fields["country"].choices = [("", _("Choose the country…")), *countries_only]
        if "incoterm" in self.fields:
            self.fields["incoterm"].choices = [("", _("Not sure yet")), *Incoterm.choices]
        most = settings.INQUIRY_MAX_LENGTH
        self.fields["message"].validators.append(MaxLengthValidator(most))
        self.fields["message"].widget.attrs["maxlength"] = most
        self.fields["message"].help_text = {
            InquiryKind.QUESTION: _("Ask about colours, size, care, delivery time..."),
            InquiryKind.QUOTE: _("What you need, packing, labels, how you import."),
            InquiryKind.CUSTOM: _("Describe the piece you have in mind."),
            InquiryKind.MESSAGE: _("How can the Dekranasda help?"),
        }[kind]
        # A signed-in buyer does not type their name and email again.
        self.user = user if user is not None and user.is_authenticated and user.email else None
        if self.user is not None:
            del self.fields["name"], self.fields["email"]

    def clean_whatsapp(self):
        number = self.cleaned_data.get("whatsapp", "").strip()
        if number:
            validate_whatsapp_number(number)
        return number

    def clean_wanted_by(self):
        day = self.cleaned_data.get("wanted_by")
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("This date has passed."))
        return day

    def clean_message(self):
        message = self.cleaned_data.get("message", "").strip()
        links = count_links(message)
        if links > settings.INQUIRY_MAX_LINKS:
            raise forms.ValidationError(
                ngettext(
                    "Please send at most %(max)d link; describe the rest in words.",
                    "Please send at most %(max)d links; describe the rest in words.",
                    settings.INQUIRY_MAX_LINKS,
                )
                % {"max": settings.INQUIRY_MAX_LINKS}
            )
        return message

    def clean(self):
        cleaned = super().clean()
        for name in NO_LINK_FIELDS:
            if name in self.fields and count_links(cleaned.get(name)):
                self.add_error(name, _("Please write this without a web address."))
        if cleaned.get(HONEYPOT):
            # People never see this field; a browser's autofill may still fill it in.
            self.data = self.data.copy()
            self.data[HONEYPOT] = ""
            raise forms.ValidationError(
                _(
                    "Your message was not sent: a hidden field meant to stop robots was filled "
                    "in (your browser's autofill may have done it). It is empty now: please "
                    "send your message again."
                ),
                code="honeypot",
            )
        return cleaned

    def contact(self):
        """Name and email: the signed-in buyer's own, or as typed."""
        if self.user is not None:
            name = self.user.get_full_name() or self.user.get_username()
            return {"name": name, "email": self.user.email}
        return {"name": self.cleaned_data["name"], "email": self.cleaned_data["email"]}

    def details(self):
        """Inquiry's fields as the buyer gave them (the message apart)."""
        names = ["whatsapp", *KIND_FIELDS[self.kind]]
        details = {name: self.cleaned_data.get(name) for name in names}
        for name in ("company", "motif", "colours", "size", "incoterm", "country"):
            if name in details and details[name] is None:
                details[name] = ""
        return {**details, **self.contact()}


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Your reply"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
    )

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if count_links(body) > settings.INQUIRY_MAX_LINKS:
            raise forms.ValidationError(_("Please send fewer links; describe the rest in words."))
        return body


class AcceptQuoteForm(forms.Form):
    """Where the quoted pieces go: the order's phone and address (typed, in any country)."""

    phone = forms.CharField(
        label=_("Phone or WhatsApp"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    street = forms.CharField(
        label=_("Street and number"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    regency = forms.CharField(
        label=_("City"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    province = forms.CharField(
        label=_("Province, state or region"),
        max_length=80,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-level1"}),
    )
    postal_code = forms.CharField(
        label=_("Postal code"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    country = LazyTypedChoiceField(label=_("Country"), choices=countries)
    # The price the buyer saw: a quote changed meanwhile is not accepted blindly.
    seen_amount = forms.DecimalField(widget=forms.HiddenInput, max_digits=14, decimal_places=2)
    seen_currency = forms.CharField(widget=forms.HiddenInput, max_length=3, required=False)

    def __init__(self, *args, inquiry, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seen_amount"].initial = inquiry.quoted_amount
        self.fields["seen_currency"].initial = inquiry.quoted_currency
        self.fields["country"].initial = inquiry.country or "ID"
        if inquiry.whatsapp:
            self.fields["phone"].initial = inquiry.whatsapp

    def order_details(self):
        """The order's phone and address, and the price the buyer accepted."""
        details = dict(self.cleaned_data)
        seen = (details.pop("seen_amount"), details.pop("seen_currency"))
        return {"seen_price": seen, **details}

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if not re.fullmatch(r"\+?[0-9 ()-]{7,19}", phone):
            raise forms.ValidationError(_("Enter a phone number the courier can call."))
        return phone
