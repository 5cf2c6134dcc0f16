"""The forms of the thread page in the council's inbox: reply (with the Dekranasda's saved
replies), send a quote, assign to an editor."""

from datetime import timedelta
from decimal import Decimal

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from catalog.currencies import CURRENCIES, CURRENCY_CHOICES, RUPIAH

from .models import SavedReply
from .portal_forms import decimal_places

MAX_REPLY_LENGTH = 4000


def council_saved_replies():
    """The Dekranasda's own saved replies (an artisan's stay the artisan's)."""
    return SavedReply.objects.filter(artisan__isnull=True)


def council_editors():
    """The people an inquiry can be assigned to: active accounts that may act on inquiries."""
    permission = Permission.objects.filter(
        codename="change_inquiry", content_type__app_label="inquiries"
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=permission)
            | Q(user_permissions__in=permission)
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class EditorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        return user.get_full_name() or user.get_username()


class CouncilReplyForm(forms.Form):
    saved_reply = forms.ModelChoiceField(
        label=_("Saved reply"),
        queryset=SavedReply.objects.none(),
        required=False,
        empty_label=_("Choose a saved reply…"),
    )
    body = forms.CharField(
        label=_("Reply to the buyer"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_REPLY_LENGTH,
        help_text=_("The buyer gets it by email, with the link to the conversation."),
    )

    def __init__(self, *args, saved_replies=None, **kwargs):
        super().__init__(*args, **kwargs)
        queryset = council_saved_replies() if saved_replies is None else saved_replies
        self.fields["saved_reply"].queryset = queryset
        self.fields["body"].widget.attrs["maxlength"] = MAX_REPLY_LENGTH


def currency_choices():
    return [(RUPIAH, _("IDR · Indonesian rupiah")), *CURRENCY_CHOICES]


class CouncilQuoteForm(forms.Form):
    amount = forms.DecimalField(
        label=_("Price"),
        max_digits=14,
        decimal_places=2,
        min_value=Decimal("0.01"),
        widget=forms.NumberInput(attrs={"step": "0.01", "inputmode": "decimal"}),
        help_text=_("The total for what the buyer asked, in the currency below."),
    )
    currency = forms.ChoiceField(label=_("Currency"), choices=currency_choices, initial=RUPIAH)
    valid_until = forms.DateField(
        label=_("Valid until"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    note = forms.CharField(
        label=_("Note to the buyer"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_REPLY_LENGTH,
        required=False,
        help_text=_("What the price includes: packing, shipping, samples, payment terms."),
    )

    def __init__(self, *args, **kwargs):
        default = {"valid_until": timezone.localdate() + timedelta(days=30)}
        kwargs["initial"] = {**default, **(kwargs.get("initial") or {})}
        super().__init__(*args, **kwargs)

    def clean_valid_until(self):
        day = self.cleaned_data["valid_until"]
        if day < timezone.localdate():
            # The same words as `services.send_quote`, which checks it too.
            raise forms.ValidationError(gettext("The quote's validity must not be in the past."))
        return day

    def clean(self):
        cleaned = super().clean()
        amount, currency = cleaned.get("amount"), cleaned.get("currency")
        if amount is not None and (currency == RUPIAH or currency in CURRENCIES):
            places = decimal_places(currency)
            if amount != amount.quantize(Decimal(1).scaleb(-places)):
                self.add_error(
                    "amount",
                    _("Prices in %(currency)s have no decimals.") % {"currency": currency}
                    if places == 0
                    else _("Prices in %(currency)s have at most %(places)d decimals.")
                    % {"currency": currency, "places": places},
                )
        return cleaned


class AssignForm(forms.Form):
    editor = EditorChoiceField(
        label=_("Assign to"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("Nobody"),
    )

    def __init__(self, *args, editors=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["editor"].queryset = council_editors() if editors is None else editors
