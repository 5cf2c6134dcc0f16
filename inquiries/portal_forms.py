"""The artisan's forms in the portal: a quote for the buyer, and the saved replies."""

from datetime import timedelta
from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from catalog.currencies import CURRENCIES, CURRENCY_CHOICES, RUPIAH

from .models import SavedReply

QUOTE_VALID_DAYS = 30


def decimal_places(currency):
    """How many decimals a price in `currency` may have: none for rupiah and yen."""
    if currency == RUPIAH:
        return 0
    return CURRENCIES[currency].decimal_places


class QuoteForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Price for the whole request"),
        min_value=Decimal("0.01"),
        max_digits=14,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "any"}),
        help_text=_("Everything the buyer pays you for this request, as agreed (e.g. 1500000)."),
    )
    currency = forms.ChoiceField(
        label=_("Currency"),
        choices=[(RUPIAH, _("IDR · rupiah")), *CURRENCY_CHOICES],
        initial=RUPIAH,
    )
    valid_until = forms.DateField(
        label=_("Valid until"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("After this day the buyer can no longer accept it. Empty: no end date."),
    )
    note = forms.CharField(
        label=_("Note for the buyer (optional)"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What the price includes: packing, delivery, samples, time to make."),
    )

    def __init__(self, *args, inquiry=None, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault(
                "valid_until", timezone.localdate() + timedelta(days=QUOTE_VALID_DAYS)
            )
            if inquiry is not None and inquiry.country and inquiry.country.code != "ID":
                self.initial.setdefault("currency", "USD")

    def clean_valid_until(self):
        day = self.cleaned_data.get("valid_until")
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(_("This date has passed: choose today or later."))
        return day

    def clean(self):
        cleaned = super().clean()
        amount, currency = cleaned.get("amount"), cleaned.get("currency")
        if amount is not None and currency:
            places = decimal_places(currency)
            if amount != amount.quantize(Decimal(1).scaleb(-places)):
                if places == 0:
                    message = _("Prices in %(currency)s have no decimals: give a whole number.")
                else:
                    message = ngettext(
                        "Prices in %(currency)s have at most %(places)d decimal.",
                        "Prices in %(currency)s have at most %(places)d decimals.",
                        places,
                    )
                self.add_error("amount", message % {"currency": currency, "places": places})
        return cleaned


class SavedReplyForm(forms.ModelForm):
    class Meta:
        model = SavedReply
        fields = ["title", "body"]
        labels = {"title": _("Short title (only you see it)"), "body": _("Reply")}
        widgets = {"body": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "title": _("E.g. 'Delivery time' or 'Colours available'."),
            "body": _("The text put in the reply box; you can change it before sending."),
        }

    def __init__(self, *args, artisans, **kwargs):
        super().__init__(*args, **kwargs)
        self.artisans = artisans
        if self.instance.pk is None and len(artisans) > 1:
            self.fields["artisan"] = forms.TypedChoiceField(
                label=_("For the shop"),
                choices=[(artisan.pk, artisan.business_name) for artisan in artisans],
                coerce=int,
            )
            self.order_fields(["artisan", "title", "body"])

    def clean_body(self):
        return self.cleaned_data["body"].strip()

    def save(self, commit=True):
        if self.instance.pk is None:
            if "artisan" in self.cleaned_data:
                chosen = self.cleaned_data["artisan"]
                self.instance.artisan = next(a for a in self.artisans if a.pk == chosen)
            else:
                self.instance.artisan = self.artisans[0]
        return super().save(commit=commit)
