from django.urls import path
from django.utils.translation import pgettext_lazy

from . import currency_views, views

app_name = "catalog"

urlpatterns = [
    path(pgettext_lazy("URL", "catalog/"), views.ProductListView.as_view(), name="product_list"),
    path(
        pgettext_lazy("URL", "catalog/<slug:slug>/"),
        views.ProductDetailView.as_view(),
        name="product_detail",
    ),
    path(pgettext_lazy("URL", "currency/"), currency_views.set_currency, name="set_currency"),
]
