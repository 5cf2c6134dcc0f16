"""What the council's editors see of the review queue: a menu item with the count and a
dashboard panel with the oldest listings waiting."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from .models import Product


class ReviewQueueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("catalog.publish_product")

    def render_component(self, request):
        waiting = Product.objects.awaiting_review().count()
        component = super().render_component(request)
        if waiting:
            component.label = _("%(label)s (%(count)d)") % {"label": self.label, "count": waiting}
        return component


class ListingsAwaitingReviewPanel(Component):
    name = "listings_awaiting_review"
    template_name = "catalog/admin/listings_awaiting_review_panel.html"
    order = 60

    def get_context_data(self, parent_context=None):
        waiting = Product.objects.awaiting_review().select_related("artisan")
        return {
            "products": waiting[:8],
            "count": waiting.count(),
            "queue_url": reverse("wagtailsnippets_catalog_product:list")
            + "?review_state=submitted",
        }
