from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "cart"

urlpatterns = [
    path(pgettext_lazy("URL", "cart/"), views.cart_detail, name="detail"),
    path(pgettext_lazy("URL", "cart/add/<int:product_id>/"), views.add, name="add"),
    path(pgettext_lazy("URL", "cart/lines/<int:line_id>/"), views.update_line, name="update_line"),
]
