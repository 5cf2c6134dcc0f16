"""The visitor's choice of display currency (the header's currency picker posts here)."""

from django.contrib import messages
from django.http import HttpResponseForbidden, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .display_currency import remember_currency
from .same_site import from_another_site


# No CSRF token: the picker is on every page, and a token in it would make every page the
# visitor's own, which neither the page cache nor a CDN could share. Browsers say where a form
# comes from instead: a form sent from another site (which could otherwise replace a
# visitor's session cookie, their cart and sign-in with it) is refused.
@csrf_exempt
@require_POST
def set_currency(request):
    """Remember the chosen currency in the session and go back to the page the visitor was on."""
    if from_another_site(request):
        return HttpResponseForbidden(_("This form can only be sent from Pasar Kriya's own pages."))
    code = request.POST.get("currency", "").strip().upper()
    if not remember_currency(request, code):
        messages.error(
            request,
            _("Prices cannot be shown in “%(code)s”. Please choose one of the listed currencies.")
            % {"code": code[:12]},
        )
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    # Never `redirect()`: it would read a bare word ("0", "home") as the name of a view.
    return HttpResponseRedirect(next_url)
