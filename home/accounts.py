"""Signing in and out on the public site, for buyers and artisans (editors may too).

django.contrib.auth's views with the site's templates. After signing in, a safe ?next= wins;
otherwise each account goes to its own place (landing_url). Password reset: see
home.password_reset."""

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from artisans.models import Artisan


def landing_url(user):
    """Where an account goes after signing in: an artisan's account to its shop, an editor's
    to the admin, a buyer's to their orders."""
    if Artisan.objects.managed_by(user).filter(is_active=True).exists():
        return reverse("portal:my_listings")
    if user.has_perm("wagtailadmin.access_admin"):
        return reverse("wagtailadmin_home")
    return reverse("checkout:my_orders")


class SignInForm(AuthenticationForm):
    """Django's form, its labels in our words: Wagtail's Indonesian says "Kata Kunci" where the
    rest of the site says "kata sandi" (ours, in LOCALE_PATHS, win everywhere)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")


class SignInView(auth_views.LoginView):
    template_name = "registration/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        if self.request.user.is_authenticated:
            return landing_url(self.request.user)
        return super().get_default_redirect_url()


class SignOutView(auth_views.LogoutView):
    """POST only (Django's LogoutView): back to the home page in the visitor's language, or to a
    safe ?next=."""

    def get_default_redirect_url(self):
        return f"/{get_language()}/"

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        messages.success(request, _("You are signed out."))
        return response
