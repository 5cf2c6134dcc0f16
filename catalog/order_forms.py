"""The editors' forms on an order's admin page. A refund form carries its own id, made when
the form is shown: sent twice (a double click, a reload), it records one refund."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from .money import format_idr
from .order_actions import EDITOR_STATES, NOT_SENT


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


class LineRefundForm(RefundFields):
    """How many pieces of each line to refund (the amount is the server's to work out), and,
    for parts already sent, whether the pieces came back. `amount_seen` is the amount the
    editor was shown: the refund is made only when it is still the same."""

    came_back = forms.BooleanField(
        label=_("The pieces came back"),
        required=False,
        help_text=_(
            "For parts already sent: tick when the buyer has returned the pieces, so that they "
            "go back to stock. Pieces of parts not sent yet always go back to stock."
        ),
    )
    note = forms.CharField(
        label=_("Note"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
        required=False,
        help_text=_("Why, and for a bank transfer the buyer's account and the date."),
    )
    amount_seen = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, lines=(), **kwargs):
        super().__init__(*args, **kwargs)
        sent = False
        for line in lines:
            part = line.fulfilment
            sent = sent or part.status not in NOT_SENT
            field = forms.IntegerField(
                label=f"{line.product_name} — {line.variant_label}"
                if line.variant_label
                else line.product_name,
                min_value=0,
                required=False,
                widget=forms.NumberInput(attrs={"max": line.kept_quantity}),
                help_text=_(
                    "%(price)s per piece · %(left)d of %(quantity)d left to refund · "
                    "%(artisan)s: %(state)s"
                )
                % {
                    "price": format_idr(line.unit_price),
                    "left": line.kept_quantity,
                    "quantity": line.quantity,
                    "artisan": part.artisan,
                    "state": part.get_status_display().lower(),
                },
            )
            self.fields[f"line-{line.pk}"] = field
        # the lines first, then the rest
        self.order_fields([f"line-{line.pk}" for line in lines])
        if not sent:
            del self.fields["came_back"]

    def quantities(self):
        """{line pk: pieces} as asked."""
        return {
            int(name.removeprefix("line-")): value or 0
            for name, value in self.cleaned_data.items()
            if name.startswith("line-")
        }


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
