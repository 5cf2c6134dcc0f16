"""The council's side of bank transfers in the Wagtail admin: the transfers to check, confirmed
or rejected many at once, and each proof shown only to those who may check it."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_access import ModelPermissionRequiredMixin, PermissionCheckedChooserViewSet
from home.uploads import serve_private_file

from .models import Payment
from .money import format_idr
from .order_actions import record_change, with_reason
from .payments.bank_transfer import bank_transfer


class PaymentViewSet(SnippetViewSet):
    model = Payment
    chooser_viewset_class = PermissionCheckedChooserViewSet
    copy_view_enabled = False  # a payment is made by its order, never copied
    exclude_form_fields = ["proof"]  # kept privately: shown through transfer_proof only
    icon = "doc-full"
    menu_label = _("Payments")
    list_display = ["order", "reference", "amount_rupiah", "status", "created_at"]
    list_filter = ["status", "method"]
    search_fields = ["reference", "order__number", "order__name", "order__email"]
    search_backend_name = None
    list_export = ["order", "reference", "method", "amount", "status", "created_at", "note"]
    export_filename = "pasar-kriya-payments"

    # A payment changes only through its ledger (confirm or reject a transfer, Stripe's events,
    # refunds), never through a form of its fields: no add or edit form, its page is read-only.
    inspect_view_enabled = True

    def get_queryset(self, request):
        return Payment.objects.select_related("order")

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(edit_url_name=None, add_url_name=None, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(edit_url_name=None, **kwargs)

    @property
    def add_view(self):
        def refuse(request):
            raise PermissionDenied

        return refuse

    @property
    def edit_view(self):
        inspect = self.get_url_name("inspect")

        def to_inspect(request, pk):
            if not self.permission_policy.user_has_permission(request.user, "view"):
                raise PermissionDenied
            return redirect(inspect, pk)

        return to_inspect


class TransferBulkAction(ModelPermissionRequiredMixin, SnippetBulkAction):
    models = [Payment]
    template_name = "catalog/admin/confirm_transfers.html"
    no_access_message = _("You may not check these payments")

    def check_perm(self, payment):
        return self.request.user.has_perm("catalog.change_payment")

    def get_execution_context(self):
        return {"user": self.request.user}


class ConfirmTransfersBulkAction(TransferBulkAction):
    display_name = _("Money received")
    action_type = "confirm_transfer"
    aria_label = _("Confirm that these transfers arrived")
    action_priority = 10

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        confirmed = 0
        for payment in objects:
            if bank_transfer.confirm(payment, user):
                text = _("Transfer of %(amount)s received (reference %(reference)s).") % {
                    "amount": format_idr(payment.amount),
                    "reference": payment.reference,
                }
                record_change(payment.order, user, "catalog.order.transfer_confirmed", text)
                confirmed += 1
        return confirmed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d transfer confirmed; the order is paid.",
            "%(count)d transfers confirmed; the orders are paid.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class RejectForm(forms.Form):
    note = forms.CharField(
        label=_("Why was the transfer not accepted?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )


class RejectTransfersBulkAction(TransferBulkAction):
    display_name = _("Not received")
    action_type = "reject_transfer"
    aria_label = _("Reject these transfers and cancel their orders")
    action_priority = 20
    form_class = RejectForm
    classes = {"serious"}

    @classmethod
    def execute_action(cls, objects, user=None, note="", **kwargs):
        rejected = 0
        for payment in objects:
            if bank_transfer.reject(payment, user, note):
                text = _("Transfer of %(amount)s not received; the order is cancelled.") % {
                    "amount": format_idr(payment.amount)
                }
                text = with_reason(text, note)
                record_change(payment.order, user, "catalog.order.transfer_rejected", text)
                rejected += 1
        return rejected, 0

    def get_execution_context(self):
        return {**super().get_execution_context(), "note": self.cleaned_form.cleaned_data["note"]}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d transfer rejected; its order is cancelled and the stock given back.",
            "%(count)d transfers rejected; their orders are cancelled and the stock given back.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


@permission_required("catalog.change_payment", raise_exception=True)
def transfer_proof(request, pk):
    payment = get_object_or_404(Payment, pk=pk)
    if not payment.proof:
        raise Http404
    return serve_private_file(payment.proof)
