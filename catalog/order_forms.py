"""The editors' forms on an order's admin page. A refund form carries its own id, made when
the form is shown: sent twice (a double click, a reload), it records one refund."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from .money import format_idr
from .order_actions import EDITOR_STATES


def new_event_id():
    return f"refund-{uuid.uuid4()}"


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("For the council only: the buyer and the artisans do not see it."),
    )


class RefundFields(forms.Form):
    event_id = forms.CharField(
        widget=forms.HiddenInput, max_length=100, initial=new_event_id, required=False
    )

    def clean_event_id(self):
        event_id = self.cleaned_data["event_id"] or new_event_id()
        if not event_id.startswith("refund-"):
            raise forms.ValidationError(_("Reload the page and try again."))
        return event_id


class RefundForm(RefundFields):
    amount = forms.IntegerField(label=_("Amount transferred back (rupiah)"), min_value=1)
    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
        help_text=_("The buyer's account and the date of the transfer, for instance."),
    )

    def __init__(self, *args, refundable=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["amount"].initial = refundable or None
        self.fields["amount"].help_text = _("At most %(left)s.") % {"left": format_idr(refundable)}


class CancelForm(RefundFields):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
        help_text=_("Kept in the order's notes."),
    )
    refund_amount = forms.IntegerField(
        label=_("Refund (rupiah)"),
        min_value=0,
        required=False,
        help_text=_(
            "What the council transfers back to the buyer; 0 for no refund now (one can be "
            "recorded later)."
        ),
    )

    def __init__(self, *args, suggested_refund=None, **kwargs):
        super().__init__(*args, **kwargs)
        if suggested_refund is None:  # nothing was paid
            del self.fields["refund_amount"]
        else:
            self.fields["refund_amount"].initial = suggested_refund


class FulfilmentForm(forms.Form):
    status = forms.ChoiceField(label=_("State"), choices=[(s, s.label) for s in EDITOR_STATES])
    courier = forms.CharField(label=_("Courier"), max_length=60, required=False)
    tracking = forms.CharField(label=_("Tracking number (resi)"), max_length=60, required=False)
    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
        help_text=_("Why, or who confirmed it (the courier, the buyer)."),
    )
