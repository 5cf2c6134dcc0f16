from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "privacy"

urlpatterns = [
    path(pgettext_lazy("URL", "my-data/"), views.overview, name="overview"),
    path(pgettext_lazy("URL", "my-data/download/"), views.account_export, name="export"),
    path(pgettext_lazy("URL", "my-data/delete/"), views.account_erase, name="erase"),
    path(pgettext_lazy("URL", "my-data/<str:key>/"), views.guest, name="guest"),
    path(
        pgettext_lazy("URL", "my-data/<str:key>/download/"),
        views.guest_export,
        name="guest_export",
    ),
    path(pgettext_lazy("URL", "orders/<str:token>/my-data/"), views.order_link, name="order_link"),
]
