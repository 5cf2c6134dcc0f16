"""Admin for the catalog: products, categories and materials as snippets, and the queue of
listings awaiting the council's review (with bulk approve and send back)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from home.admin_access import (
    CheckedChooserViewSet,
    CheckedDeleteBulkAction,
    PermissionCheckedChooserViewSet,
)

from .admin_panels import ListingsAwaitingReviewPanel, ReviewQueueMenuItem
from .email_admin import OutgoingEmailViewSet, SendAgainBulkAction
from .line_refund_admin import admin_urls as line_refund_urls
from .models import Category, ExchangeRate, Material, Product
from .order_admin import OrderViewSet, register_log_actions
from .order_admin import admin_urls as order_admin_urls
from .payment_admin import (
    ConfirmTransfersBulkAction,
    PaymentViewSet,
    RejectTransfersBulkAction,
    transfer_proof,
)
from .review_actions import ApproveListingsBulkAction, SendBackListingsBulkAction
from .shipping.admin import ShippingZoneViewSet


class ProductViewSet(SnippetViewSet):
    model = Product
    # Artisans choose products for their profile's story (home.blocks.ProductChooserBlock).
    chooser_viewset_class = CheckedChooserViewSet
    icon = "tag"
    list_display = ["name", "artisan", "category", "price", "stock", "listing_status_label"]
    list_filter = ["live", "review_state", "category"]
    # Plain database matching in the admin: the full-text backend on SQLite fails on a stray ".
    search_backend_name = None
    search_fields = ["name", "name_en", "slug"]
    list_export = [
        "pk",
        "slug",
        "name",
        "name_en",
        "artisan",
        "category",
        "technique",
        "price",
        "stock",
        "weight_grams",
        "export_ready",
        "hs_code",
        "halal_number",
        "pirt_number",
        "bpom_number",
        "listing_status_label",
        "created_at",
        "updated_at",
    ]
    export_filename = "pasar-kriya-products"

    def get_queryset(self, request):
        return Product.objects.select_related("artisan", "category")


class CategoryViewSet(SnippetViewSet):
    model = Category
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "folder-open-inverse"
    list_display = ["name", "name_en", "parent"]


class MaterialViewSet(SnippetViewSet):
    model = Material
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "list-ul"
    list_display = ["name", "name_en", "slug"]


class ExchangeRateCreateView(CreateView):
    def save_instance(self):
        self.form.instance.recorded_by = self.request.user
        return super().save_instance()


class ExchangeRateViewSet(SnippetViewSet):
    model = ExchangeRate
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "decimal"
    add_view_class = ExchangeRateCreateView
    list_display = ["currency", "rupiah_per_unit", "source", "effective_on", "recorded_by"]
    list_filter = ["currency"]
    ordering = ["-effective_on", "-recorded_at"]

    def get_queryset(self, request):
        return ExchangeRate.objects.select_related("recorded_by")


class CatalogViewSetGroup(SnippetViewSetGroup):
    items = (
        ProductViewSet,
        OrderViewSet,
        PaymentViewSet,
        OutgoingEmailViewSet,
        CategoryViewSet,
        MaterialViewSet,
        ExchangeRateViewSet,
        ShippingZoneViewSet,
    )
    menu_icon = "tag"
    menu_label = _("Catalog")
    menu_name = "catalog"
    menu_order = 210


register_snippet(CatalogViewSetGroup)


hooks.register("register_bulk_action", ConfirmTransfersBulkAction)
hooks.register("register_bulk_action", RejectTransfersBulkAction)
hooks.register("register_bulk_action", SendAgainBulkAction)
hooks.register("register_bulk_action", ApproveListingsBulkAction)
hooks.register("register_bulk_action", SendBackListingsBulkAction)
# Registered after Wagtail's own (order=1), so in its place for every snippet model.
hooks.register("register_bulk_action", CheckedDeleteBulkAction, order=1)


@hooks.register("register_admin_menu_item")
def register_review_queue_menu_item():
    return ReviewQueueMenuItem(
        _("Listings to review"),
        reverse("wagtailsnippets_catalog_product:list") + "?review_state=submitted",
        name="listings-to-review",
        icon_name="tasks",
        order=205,
    )


@hooks.register("construct_homepage_panels")
def add_listings_awaiting_review_panel(request, panels):
    if request.user.has_perm("catalog.publish_product"):
        panels.append(ListingsAwaitingReviewPanel())


@hooks.register("register_log_actions")
def register_listing_log_actions(actions):
    actions.register_action(
        "catalog.submit", _("Submit for review"), _("Submitted for the council's review")
    )
    actions.register_action(
        "catalog.send_back", _("Send back"), _("Sent back to the artisan with a note")
    )


hooks.register("register_log_actions", register_log_actions)
hooks.register("register_admin_urls", order_admin_urls)
hooks.register("register_admin_urls", line_refund_urls)


@hooks.register("register_admin_urls")
def register_transfer_proof_url():
    return [path("payments/<int:pk>/proof/", transfer_proof, name="catalog_transfer_proof")]


# Reports > Payouts to artisans registers its own menu item and URLs.
from . import payout_report  # noqa: E402, F401
