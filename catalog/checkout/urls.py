from django.urls import path
from django.utils.translation import pgettext_lazy

from . import card_payment, documents, views
from .links import private_link

app_name = "checkout"

urlpatterns = [
    path(pgettext_lazy("URL", "checkout/"), views.checkout, name="checkout"),
    path(pgettext_lazy("URL", "checkout/regions/"), views.regions, name="regions"),
    path(pgettext_lazy("URL", "checkout/delivery/"), views.delivery_options, name="delivery"),
    path(pgettext_lazy("URL", "orders/"), views.my_orders, name="my_orders"),
    path(
        pgettext_lazy("URL", "orders/<str:token>/"), private_link(views.order_detail), name="order"
    ),
    path(
        pgettext_lazy("URL", "orders/<str:token>/cancel/"),
        private_link(views.cancel_order),
        name="cancel",
    ),
    path(
        pgettext_lazy("URL", "orders/<str:token>/card/"),
        private_link(card_payment.card_intent),
        name="card",
    ),
    path(
        pgettext_lazy("URL", "orders/<str:token>/card/return/"),
        private_link(card_payment.card_return),
        name="card_return",
    ),
    path(
        pgettext_lazy("URL", "orders/<str:token>/receipt/"),
        private_link(documents.receipt),
        name="receipt",
    ),
    path(
        pgettext_lazy("URL", "orders/<str:token>/proforma/"),
        private_link(documents.proforma),
        name="proforma",
    ),
]
