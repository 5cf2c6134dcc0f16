"""The buyers' inquiries in the artisan's portal, under "my-shop/" like the rest of it.

No app namespace: the public side is the "inquiries" namespace; these names start with
"inquiries_" (notifications.artisan_url reverses "inquiries_artisan_thread")."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import portal_views as views

urlpatterns = [
    path(
        pgettext_lazy("URL", "my-shop/inquiries/"),
        views.InquiryListView.as_view(),
        name="inquiries_artisan_list",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/<int:pk>/"),
        views.InquiryThreadView.as_view(),
        name="inquiries_artisan_thread",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/<int:pk>/quote/"),
        views.InquiryQuoteView.as_view(),
        name="inquiries_artisan_quote",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/<int:pk>/close/"),
        views.InquiryCloseView.as_view(),
        name="inquiries_artisan_close",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/saved-replies/"),
        views.SavedReplyListView.as_view(),
        name="inquiries_saved_replies",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/saved-replies/new/"),
        views.SavedReplyFormView.as_view(),
        name="inquiries_saved_reply_add",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/saved-replies/<int:pk>/"),
        views.SavedReplyFormView.as_view(),
        name="inquiries_saved_reply_edit",
    ),
    path(
        pgettext_lazy("URL", "my-shop/inquiries/saved-replies/<int:pk>/delete/"),
        views.SavedReplyDeleteView.as_view(),
        name="inquiries_saved_reply_delete",
    ),
]
