from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "inquiries"

urlpatterns = [
    path(pgettext_lazy("URL", "ask/"), views.ask, name="ask"),
    path(pgettext_lazy("URL", "inquiries/<str:token>/"), views.thread, name="thread"),
    path(
        pgettext_lazy("URL", "inquiries/<str:token>/accept/"),
        views.accept_quote,
        name="accept",
    ),
]
