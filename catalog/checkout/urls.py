from django.urls import path
from django.utils.translation import pgettext_lazy

from . import card_payment, documents, views

app_name = "checkout"

urlpatterns = [
    path(pgettext_lazy("URL", "checkout/"), views.checkout, name="checkout"),
    path(pgettext_lazy("URL", "checkout/regions/"), views.regions, name="regions"),
    path(pgettext_lazy("URL", "checkout/delivery/"), views.delivery_options, name="delivery"),
    path(pgettext_lazy("URL", "orders/"), views.my_orders, name="my_orders"),
    path(pgettext_lazy("URL", "orders/<str:token>/"), views.order_detail, name="order"),
    path(pgettext_lazy("URL", "orders/<str:token>/cancel/"), views.cancel_order, name="cancel"),
    path(pgettext_lazy("URL", "orders/<str:token>/card/"), card_payment.card_intent, name="card"),
    path(
        pgettext_lazy("URL", "orders/<str:token>/card/return/"),
        card_payment.card_return,
        name="card_return",
    ),
    path(pgettext_lazy("URL", "orders/<str:token>/receipt/"), documents.receipt, name="receipt"),
    path(pgettext_lazy("URL", "orders/<str:token>/proforma/"), documents.proforma, name="proforma"),
]
