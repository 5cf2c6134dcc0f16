"""The admin page where an editor refunds chosen pieces of a paid order: they pick the pieces,
see the amount the server works out, and confirm it. The refund itself is made by
`catalog.line_refunds`."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import line_refunds
from .models import FulfilmentStatus, OrderLine
from .money import format_idr
from .order_actions import OrderActionError, provider_for, received_payment
from .order_admin import CHANGE_ORDER, CHANGE_PAYMENT, OrderActionView
from .order_forms import LineRefundForm
from .payments.base import RefundError, refundable


class LineRefundView(OrderActionView):
    permission_required = (CHANGE_ORDER, CHANGE_PAYMENT)
    page_title = _("Refund pieces")
    form_class = LineRefundForm
    template_name = "catalog/admin/order_line_refund.html"
    submit_label = _("Work out the refund")
    plan = None

    def lines(self):
        lines = (
            OrderLine.objects.filter(order=self.order)
            .exclude(fulfilment__status=FulfilmentStatus.CANCELLED)
            .select_related("fulfilment__artisan")
            .order_by("fulfilment_id", "pk")
        )
        return [line for line in lines if line.kept_quantity]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "lines": self.lines()}

    def get_context_data(self, **kwargs):
        payment = received_payment(self.order)
        context = super().get_context_data(
            payment=payment,
            refundable=refundable(payment) if payment else 0,
            plan=self.plan,
            **kwargs,
        )
        if self.plan is not None:
            context["submit_label"] = _("Yes, refund %(amount)s") % {
                "amount": format_idr(self.plan.amount)
            }
        return context

    def form_valid(self, form):
        data = form.cleaned_data
        if self.recorded_already(data["event_id"]):
            return self.done(None)  # the same form sent again after it went through
        quantities, came_back = form.quantities(), data.get("came_back", False)
        try:
            plan = line_refunds.plan_refund(self.order, quantities, came_back)
            if data["amount_seen"] != plan.amount:
                return self.show(plan, form)  # not seen yet, or other pieces chosen since
            refund = line_refunds.refund_lines(
                self.order,
                self.request.user,
                quantities,
                came_back=came_back,
                note=data["note"],
                event_id=data["event_id"],
                expected_amount=data["amount_seen"],
            )
        except (OrderActionError, RefundError) as error:
            messages.error(self.request, str(error))
            return self.form_invalid(form)
        return self.done(refund)

    def recorded_already(self, event_id):
        payment = received_payment(self.order)
        return payment is not None and provider_for(payment).seen(event_id)

    def show(self, plan, form):
        """The amount to confirm, with the form as it was sent."""
        self.plan = plan
        kwargs = self.get_form_kwargs()
        kwargs["data"] = form.data.copy()
        kwargs["data"]["amount_seen"] = str(plan.amount)
        form = self.get_form_class()(**kwargs)
        form.is_valid()
        return self.render_to_response(self.get_context_data(form=form))

    def done(self, refund):
        if refund is None:
            messages.warning(
                self.request, _("This refund had been recorded already: nothing more was done.")
            )
            return redirect(self.order_url())
        pieces = sum(item.pieces for item in refund.pieces)
        messages.success(
            self.request,
            ngettext(
                "%(amount)s refunded for %(pieces)d piece; see the order's notes.",
                "%(amount)s refunded for %(pieces)d pieces; see the order's notes.",
                pieces,
            )
            % {"amount": format_idr(refund.amount), "pieces": pieces},
        )
        return redirect(self.order_url())


def admin_urls():
    return [
        path(
            "orders/<int:pk>/refund-pieces/",
            LineRefundView.as_view(),
            name="catalog_order_line_refund",
        ),
    ]
