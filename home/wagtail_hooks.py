from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from wagtail_2fa import views as tfa_views

from . import two_factor

# --- Two factors (home.two_factor): wagtail-2fa's own hooks, for Wagtail 8 ---------------------


@hooks.register("register_admin_urls")
def two_factor_urls():
    """wagtail-2fa's pages, under the names its views and our templates reverse."""
    return [
        path("2fa/auth", two_factor.CodeView.as_view(), name="wagtail_2fa_auth"),
        path(
            "2fa/devices/<int:user_id>",
            tfa_views.DeviceListView.as_view(),
            name="wagtail_2fa_device_list",
        ),
        path(
            "2fa/devices/new", two_factor.DeviceCreateView.as_view(), name="wagtail_2fa_device_new"
        ),
        path(
            "2fa/devices/<int:pk>/update",
            tfa_views.DeviceUpdateView.as_view(),
            name="wagtail_2fa_device_update",
        ),
        path(
            "2fa/devices/<int:pk>/remove",
            two_factor.DeviceDeleteView.as_view(),
            name="wagtail_2fa_device_remove",
        ),
        path(
            "2fa/devices/qr-code",
            two_factor.DeviceQRCodeView.as_view(),
            name="wagtail_2fa_device_qrcode",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("wagtail_2fa_device_list", kwargs={"user_id": request.user.pk}),
        "label": _("Two-step sign-in"),
        "help_text": _(
            "Ask for a code from an app on your phone at every sign-in, as well as your password."
        ),
    }


@hooks.register("register_user_listing_buttons")
def two_factor_user_button(user, request_user):
    # wagtail-2fa lets only superusers see and remove other accounts' devices.
    if request_user.is_superuser:
        yield Button(
            _("Two-step sign-in devices"),
            reverse("wagtail_2fa_device_list", kwargs={"user_id": user.pk}),
            icon_name="key",
            priority=100,
        )
