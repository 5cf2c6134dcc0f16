from django.urls import path
from django.utils.translation import pgettext_lazy

from catalog.checkout.links import private_link

from . import views

app_name = "inquiries"

urlpatterns = [
    path(pgettext_lazy("URL", "ask/"), views.ask, name="ask"),
    path(pgettext_lazy("URL", "inquiries/<str:token>/"), private_link(views.thread), name="thread"),
    path(
        pgettext_lazy("URL", "inquiries/<str:token>/accept/"),
        private_link(views.accept_quote),
        name="accept",
    ),
]
