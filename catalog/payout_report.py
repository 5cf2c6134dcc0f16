"""Reports > Payouts to artisans: what the council owes each artisan for a period, exported to
CSV or XLSX for the treasurer. Its hooks are registered when wagtail_hooks imports it."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput

import django_filters

from .models import Order
from .payouts import artisan_payouts


class PayoutFilterSet(WagtailFilterSet):
    since = django_filters.DateFilter(
        label=_("Orders placed from"), widget=AdminDateInput, method="keep"
    )
    until = django_filters.DateFilter(
        label=_("Orders placed until"), widget=AdminDateInput, method="keep"
    )

    class Meta:
        model = Order
        fields = []

    def keep(self, queryset, name, value):
        return queryset  # the period is applied inside the sums (see PayoutReportView)


class PayoutReportView(ReportView):
    page_title = _("Payouts to artisans")
    header_icon = "doc-full"
    results_template_name = "catalog/admin/payout_results.html"
    filterset_class = PayoutFilterSet
    index_url_name = "catalog_payouts"
    index_results_url_name = "catalog_payouts_results"
    permission_policy = None
    list_export = ["business_name", "orders", "sales", "commission", "shipping", "owed"]
    export_headings = {
        "business_name": _("Artisan"),
        "orders": _("Orders"),
        "sales": _("Sales (rupiah)"),
        "commission": _("Council's commission (rupiah)"),
        "shipping": _("Shipping paid by buyers (rupiah)"),
        "owed": _("Owed to the artisan (rupiah)"),
    }
    export_filename = "pasar-kriya-payouts"
    paginate_by = 100

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("catalog.view_order"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return artisan_payouts()

    def filter_queryset(self, queryset):
        period = {}
        if self.filters and self.filters.is_valid():
            period = {name: self.filters.form.cleaned_data.get(name) for name in ("since", "until")}
        return artisan_payouts(**period)


class PayoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("catalog.view_order")


@hooks.register("register_reports_menu_item")
def register_payouts_menu_item():
    return PayoutsMenuItem(
        _("Payouts to artisans"), reverse("catalog_payouts"), icon_name="doc-full", order=700
    )


@hooks.register("register_admin_urls")
def register_payout_urls():
    return [
        path("reports/payouts/", PayoutReportView.as_view(), name="catalog_payouts"),
        path(
            "reports/payouts/results/",
            PayoutReportView.as_view(results_only=True),
            name="catalog_payouts_results",
        ),
    ]
