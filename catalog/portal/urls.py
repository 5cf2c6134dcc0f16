from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "portal"

urlpatterns = [
    path(pgettext_lazy("URL", "my-shop/"), views.MyListingsView.as_view(), name="my_listings"),
    path(pgettext_lazy("URL", "my-shop/new/"), views.ListingFormView.as_view(), name="listing_add"),
    path(
        pgettext_lazy("URL", "my-shop/<int:pk>/"),
        views.ListingFormView.as_view(),
        name="listing_edit",
    ),
    path(
        pgettext_lazy("URL", "my-shop/<int:pk>/stock/"),
        views.StockUpdateView.as_view(),
        name="listing_stock",
    ),
    path(
        pgettext_lazy("URL", "my-shop/<int:pk>/visibility/"),
        views.ListingVisibilityView.as_view(),
        name="listing_visibility",
    ),
    path(pgettext_lazy("URL", "my-shop/orders/"), views.MyOrdersView.as_view(), name="my_orders"),
    path(
        pgettext_lazy("URL", "my-shop/orders/<int:pk>/"),
        views.FulfilmentStepView.as_view(),
        name="fulfilment_step",
    ),
]
