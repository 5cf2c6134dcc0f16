"""Optional second factor for the admin: wagtail-2fa's views and forms on django-otp's TOTP
devices. Anyone with admin access may enrol a device in their account settings; from then
on, once signed in, they reach no page but the code page until they give a code. Nobody is
made to enrol (artisans and buyers sign in with a password alone).

wagtail-2fa 1.8 with Wagtail 8.0: its views, forms and middleware work, but its wagtail_hooks
module imports wagtail.users.widgets (removed from Wagtail), so "wagtail_2fa" cannot be an
installed app: Wagtail imports every app's wagtail_hooks and would fail to start. Its URLs,
account menu item and user listing button are registered in home/wagtail_hooks.py instead,
its templates are ours (home/templates/wagtail_2fa/, in the admin's look, translated), and:
- TwoFactorMiddleware asks for a code only from accounts with a confirmed device (wagtail-2fa's
  own optional mode needs a permission its migration creates; with WAGTAIL_2FA_REQUIRED and
  its plain middleware, every editor would be made to enrol), lets the public sign-in and
  password pages through, and looks the device up once per request, not twice;
- it runs synchronously only (wagtail-2fa overrides __call__ without the async path that
  django-otp's middleware declares);
- django-otp 1.7 no longer tries every device of the account: a code must name its device,
  and wagtail-2fa's code form names none, so it refused every code. CodeForm names the
  account's device (or lets the editor pick one, if they enrolled several);
- removing a device that does not exist, or asking for the QR code with no enrolment under way,
  is a 404, and saving an enrolment that was never started begins one, not a server error.
"""

from functools import partial

from django import forms
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

import django_otp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import utils as tfa_utils
from wagtail_2fa import views as tfa_views
from wagtail_2fa.forms import TokenForm
from wagtail_2fa.middleware import VerifyUserMiddleware

# Pages an account may open before giving its code: the code page itself, signing out, and
# the public sign-in and password reset pages.
ALLOWED_URL_NAMES = {
    *VerifyUserMiddleware._allowed_url_names,
    "login",
    "logout",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}


def has_admin_access(user):
    return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


class TwoFactorMiddleware(VerifyUserMiddleware):
    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        self.get_response = get_response
        self._is_async = False

    def process_request(self, request):
        if getattr(request, "user", None) is not None:
            request.user = SimpleLazyObject(partial(self._verify_user_sync, request, request.user))
        if self._require_verified_user(request):
            return redirect_to_login(request.get_full_path(), login_url=reverse("wagtail_2fa_auth"))
        return None

    def _require_verified_user(self, request):
        """Whether this request must wait for the account's code."""
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return False
        # One small query for most accounts (no device); permissions only for the others.
        if not django_otp.user_has_device(user, confirmed=True) or not has_admin_access(user):
            return False
        try:
            return resolve(request.path_info).url_name not in ALLOWED_URL_NAMES
        except Resolver404:
            return True  # a missing page: asked for the code like any other


class DeviceDeleteView(tfa_views.DeviceDeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not TOTPDevice.objects.filter(pk=kwargs["pk"], confirmed=True).exists():
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class DeviceCreateView(tfa_views.DeviceCreateView):
    def post(self, request, *args, **kwargs):
        if self.device is None:  # no GET before: the form would check a code on no device
            return redirect("wagtail_2fa_device_new")
        return super().post(request, *args, **kwargs)


class DeviceQRCodeView(tfa_views.DeviceQRCodeView):
    def get(self, request):
        if tfa_utils.get_unconfirmed_device(request.user) is None:
            raise Http404
        return super().get(request)


class CodeForm(TokenForm):
    """wagtail-2fa's code form, naming the device the code comes from (see the docstring)."""

    def __init__(self, user, *args, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.devices = list(TOTPDevice.objects.devices_for_user(user, confirmed=True))
        if len(self.devices) > 1:
            self.fields["otp_device"] = forms.ChoiceField(
                label=_("Device"),
                choices=[(device.persistent_id, device.name) for device in self.devices],
            )

    def clean(self):
        if len(self.devices) == 1:
            self.cleaned_data["otp_device"] = self.devices[0].persistent_id
        return super().clean()


class CodeView(tfa_views.LoginView):
    form_class = CodeForm
