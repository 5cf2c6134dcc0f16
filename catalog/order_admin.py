"""Orders in the Wagtail admin: the list (filters, export), and each order's page with its
artisans' parts, payments, notes and what editors may do to it (cancel, refund, set a part's
state, note). The changes themselves are made by `catalog.order_actions`."""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.views.snippets import InspectView, SnippetViewSet

import django_filters
from django_countries import countries

from home.admin_access import PermissionCheckedChooserViewSet

from . import order_actions
from .models import (
    DeliveryMethod,
    Fulfilment,
    Order,
    OrderLine,
    OrderStatus,
    Payment,
)
from .money import format_idr
from .order_forms import CancelForm, FulfilmentForm, NoteForm, RefundForm
from .payments import bank_transfer
from .payments.base import RefundError, refundable

CHANGE_ORDER, CHANGE_PAYMENT = "catalog.change_order", "catalog.change_payment"

# What the ledger's events of a bank transfer mean, in the editor's words.
EVENT_LABELS = {
    bank_transfer.CONFIRMED: _("Money received"),
    bank_transfer.REJECTED: _("Not received"),
    bank_transfer.REFUNDED: _("Refund"),
}


class OrderFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=OrderStatus.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    delivery_method = django_filters.ChoiceFilter(
        label=_("Delivery"),
        choices=DeliveryMethod.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    country = django_filters.ChoiceFilter(label=_("Country"), empty_label=_("All"))
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Placed"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Order
        fields = ["status", "delivery_method", "country", "created_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the countries orders went to, not the world's 250.
        codes = set(Order.objects.values_list("country", flat=True).distinct())
        choices = sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])
        self.filters["country"].extra["choices"] = choices


class OrderInspectView(InspectView):
    """The order's page: its parts, payments and notes, and the editors' actions."""

    template_name = "catalog/admin/order_inspect.html"

    def get_object(self, queryset=None):
        lines = Prefetch("lines", queryset=OrderLine.objects.order_by("pk"))
        parts = Fulfilment.objects.select_related("artisan").prefetch_related(lines)
        return get_object_or_404(
            Order.objects.prefetch_related(
                Prefetch("fulfilments", queryset=parts.order_by("pk")),
                Prefetch("payments", queryset=Payment.objects.prefetch_related("events")),
                "notes__author",
            ),
            pk=self.pk,
        )

    @cached_property
    def header_more_buttons(self):
        history = reverse("wagtailsnippets_catalog_order:history", args=[self.object.pk])
        return [Button(_("History"), url=history, icon_name="history", priority=30)]

    def get_subtotal_display_value(self):
        return format_idr(self.object.subtotal)

    def get_shipping_cost_display_value(self):
        return format_idr(self.object.shipping_cost)

    def get_total_display_value(self):
        return format_idr(self.object.total)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user, order = self.request.user, self.object
        can_change = user.has_perm(CHANGE_ORDER)
        payments = list(order.payments.all())
        for payment in payments:
            payment.refundable = refundable(payment)
            for event in payment.events.all():
                event.label = EVENT_LABELS.get(event.kind, event.kind)
        context.update(
            order=order,
            parts=order.fulfilments.all(),
            payments=payments,
            notes=order.notes.all(),
            can_change=can_change,
            can_refund=can_change and user.has_perm(CHANGE_PAYMENT),
            can_refund_pieces=can_change
            and user.has_perm(CHANGE_PAYMENT)
            and order.status == OrderStatus.PAID
            and any(payment.refundable for payment in payments),
            can_cancel=can_change
            and order.status in (OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID),
            note_form=NoteForm(),
        )
        return context


class OrderViewSet(SnippetViewSet):
    """Orders as placed: editors find, export and look after them (changes go through the
    order's page, never through an edit form of its fields)."""

    model = Order
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "list-ul"
    menu_label = _("Orders")
    list_display = ["number", "name", "total", "status", "delivery_method", "created_at"]
    filterset_class = OrderFilterSet
    search_fields = ["number", "name", "email", "phone"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_class = OrderInspectView
    copy_view_enabled = False
    inspect_view_fields = [
        "number",
        "status",
        "name",
        "email",
        "phone",
        "language",
        "delivery_method",
        "shipping_service",
        "country",
        "province",
        "regency",
        "district",
        "village",
        "street",
        "postal_code",
        "delivery_note",
        "subtotal",
        "shipping_cost",
        "total",
        "display_currency",
        "created_at",
        "expires_at",
    ]
    # A spreadsheet leaves the site: it names the buyer but not their email or phone (those
    # stay on the order's page, UU 27/2022's data minimisation).
    list_export = [
        "number",
        "name",
        "country.name",
        "regency",
        "province",
        "get_delivery_method_display",
        "shipping_service",
        "subtotal",
        "shipping_cost",
        "total",
        "status",
        "display_currency",
        "created_at",
    ]
    export_headings = {
        "country.name": _("Country"),
        "get_delivery_method_display": _("Delivery"),
    }
    export_filename = "pasar-kriya-orders"

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(edit_url_name=None, **kwargs)

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(edit_url_name=None, **kwargs)

    @property
    def edit_view(self):
        inspect = self.get_url_name("inspect")
        return lambda request, pk: redirect(inspect, pk)


class OrderActionView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """A confirmation page with a form for one change to an order; the change is made by a
    service function, whose refusal is shown as a message with the form as it was sent."""

    permission_required = CHANGE_ORDER
    raise_exception = True
    template_name = "catalog/admin/order_action.html"
    header_icon = "list-ul"
    submit_label = _("Save")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.order = get_object_or_404(Order, pk=kwargs["pk"])

    def order_url(self):
        return reverse("wagtailsnippets_catalog_order:inspect", args=[self.order.pk])

    def get_page_subtitle(self):
        return self.order.number

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailsnippets_catalog_order:list"), "label": _("Orders")},
            {"url": self.order_url(), "label": self.order.number},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            order=self.order, back_url=self.order_url(), submit_label=self.submit_label, **kwargs
        )

    def form_valid(self, form):
        try:
            message = self.act(form.cleaned_data)
        except (order_actions.OrderActionError, RefundError) as error:
            messages.error(self.request, str(error))
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.order_url())


class NoteView(OrderActionView):
    page_title = _("Add a note")
    form_class = NoteForm
    submit_label = _("Add the note")

    def act(self, data):
        order_actions.add_note(self.order, self.request.user, data["text"])
        return _("Note added.")


class CancelOrderView(OrderActionView):
    page_title = _("Cancel the order")
    form_class = CancelForm
    template_name = "catalog/admin/order_cancel.html"
    submit_label = _("Yes, cancel the order")

    def get_form_kwargs(self):
        payment = order_actions.received_payment(self.order)
        suggested = order_actions.suggested_refund(self.order) if payment else None
        return {**super().get_form_kwargs(), "suggested_refund": suggested}

    def get_context_data(self, **kwargs):
        parts = self.order.fulfilments.select_related("artisan").order_by("pk")
        return super().get_context_data(
            parts=parts, unsent=order_actions.NOT_SENT, paid=self.order.status == "paid", **kwargs
        )

    def act(self, data):
        order_actions.cancel_order(
            self.order,
            self.request.user,
            reason=data["reason"],
            refund_amount=data.get("refund_amount") or 0,
            refund_event_id=data["event_id"],
        )
        return _("The order was cancelled as far as it could be; see its notes.")


class RefundView(OrderActionView):
    permission_required = (CHANGE_ORDER, CHANGE_PAYMENT)
    page_title = _("Record a refund")
    form_class = RefundForm
    template_name = "catalog/admin/order_refund.html"
    submit_label = _("Yes, record the refund")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.payment = get_object_or_404(self.order.payments, pk=kwargs["payment_pk"])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "refundable": refundable(self.payment)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            payment=self.payment, refundable=refundable(self.payment), **kwargs
        )

    def act(self, data):
        new = order_actions.refund_payment(
            self.payment, self.request.user, data["amount"], data["note"], data["event_id"]
        )
        return _("Refund recorded.") if new else _("This refund had been recorded already.")


class FulfilmentView(OrderActionView):
    page_title = _("Set an artisan's part")
    form_class = FulfilmentForm
    template_name = "catalog/admin/order_fulfilment.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        parts = self.order.fulfilments.select_related("artisan")
        self.part = get_object_or_404(parts, pk=kwargs["part_pk"])

    def get_initial(self):
        part = self.part
        return {"status": part.status, "courier": part.courier, "tracking": part.tracking_number}

    def get_context_data(self, **kwargs):
        return super().get_context_data(part=self.part, **kwargs)

    def act(self, data):
        order_actions.set_fulfilment(
            self.part,
            self.request.user,
            data["status"],
            courier=data["courier"],
            tracking_number=data["tracking"],
            note=data["note"],
        )
        return _("The part of %(artisan)s was updated.") % {"artisan": self.part.artisan}


def admin_urls():
    return [
        path("orders/<int:pk>/note/", NoteView.as_view(), name="catalog_order_note"),
        path("orders/<int:pk>/cancel/", CancelOrderView.as_view(), name="catalog_order_cancel"),
        path(
            "orders/<int:pk>/refund/<int:payment_pk>/",
            RefundView.as_view(),
            name="catalog_order_refund",
        ),
        path(
            "orders/<int:pk>/parts/<int:part_pk>/",
            FulfilmentView.as_view(),
            name="catalog_order_fulfilment",
        ),
    ]


class OrderChangeFormatter(LogFormatter):
    """An editor's change to an order, shown in its history with the note it wrote."""

    def format_comment(self, log_entry):
        return log_entry.data.get("text", "")


def register_log_actions(actions):
    for action, label, message in [
        ("catalog.order.note", _("Note"), _("Note added")),
        ("catalog.order.cancel", _("Cancel"), _("Order cancelled")),
        ("catalog.order.refund", _("Refund"), _("Refund recorded")),
        ("catalog.order.line_refund", _("Pieces refunded"), _("Pieces of the order refunded")),
        ("catalog.order.fulfilment", _("Part set"), _("An artisan's part set by hand")),
        ("catalog.order.transfer_confirmed", _("Transfer received"), _("Bank transfer confirmed")),
        (
            "catalog.order.transfer_rejected",
            _("Transfer rejected"),
            _("Bank transfer not received"),
        ),
    ]:
        formatter = type("Formatter", (OrderChangeFormatter,), {"label": label, "message": message})
        actions.register_action(action)(formatter)
