"""Failed sign-ins counted and locked by django-axes, on the public sign-in page and the
Wagtail admin's alike (both sign in through django.contrib.auth's authenticate()).

The settings say how many failures lock a username from one address, and for how long
(AXES_FAILURE_LIMIT, AXES_COOLOFF_TIME). A locked visitor gets a page in the site's own look
and language saying how long to wait and how to reset the password, with status 429."""

from django.template.response import TemplateResponse
from django.urls import reverse

from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off, get_failure_limit

# django-axes keeps the username in a column of this length; Django's sign-in form checks no
# length, so a longer one typed in would fail to be stored (PostgreSQL refuses it: a 500).
USERNAME_COLUMN_LENGTH = 255


def client_username(request, credentials=None):
    """The username failures are counted under (AXES_USERNAME_CALLABLE): as typed, cut to
    the length of its column."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return username[:USERNAME_COLUMN_LENGTH] if isinstance(username, str) else username


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' backend, except for authenticate() called without a request.

    Every sign-in through the web passes its request (Django's, Wagtail's and wagtail-2fa's
    forms do): only code calls authenticate() without one (the test client's login(), a
    shell), and there is no address to count then. django-axes would raise ValueError."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in gets instead of the form (AXES_LOCKOUT_CALLABLE)."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    admin_login = reverse("wagtailadmin_login")
    return TemplateResponse(
        request,
        "registration/locked_out.html",
        {
            "failure_limit": get_failure_limit(request, credentials),
            "minutes": minutes,
            # Back to the form the visitor came from, once the wait is over.
            "login_url": admin_login if request.path == admin_login else reverse("login"),
        },
        status=429,
    ).render()
