"""Signing in and out and resetting a password on the public site, in both languages
(/id/masuk/, /en/sign-in/...). Django's usual names, so that django.contrib.auth finds them."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import accounts, password_reset

urlpatterns = [
    path(pgettext_lazy("URL", "sign-in/"), accounts.SignInView.as_view(), name="login"),
    path(pgettext_lazy("URL", "sign-out/"), accounts.SignOutView.as_view(), name="logout"),
    path(
        pgettext_lazy("URL", "password-reset/"),
        password_reset.RequestView.as_view(),
        name="password_reset",
    ),
    path(
        pgettext_lazy("URL", "password-reset/sent/"),
        password_reset.SentView.as_view(),
        name="password_reset_done",
    ),
    path(
        pgettext_lazy("URL", "password-reset/<uidb64>/<token>/"),
        password_reset.NewPasswordView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        pgettext_lazy("URL", "password-reset/done/"),
        password_reset.DoneView.as_view(),
        name="password_reset_complete",
    ),
]
