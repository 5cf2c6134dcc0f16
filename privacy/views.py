"""A buyer's data page: what the site keeps and why, a copy to download, erasure on request.
Signed-in buyers act on their account; guests get a link by email (`privacy.links`)."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from catalog.models import Order

from . import links, requests
from .forms import EraseForm, LinkRequestForm
from .models import PrivacySettings

WAITING = {
    "awaiting_payment": gettext_lazy(
        "%(number)s waits for payment: cancel it on its page, or let its time to pay run out."
    ),
    "to_send": gettext_lazy("%(number)s is still to be sent to you."),
    "on_the_way": gettext_lazy("%(number)s is on its way to you."),
    "returns": gettext_lazy("%(number)s may still be returned or reported damaged."),
}
LINK_SENT = gettext_lazy(
    "If this site keeps data under that address, a link to it is on its way there; it works "
    "for 48 hours. Nothing arrived? Check the spam folder, or wait ten minutes and ask again."
)


def _page(request, template, subject=None, **context):
    if subject is not None:
        context.update(
            orders=subject.orders().count(),
            inquiries=subject.inquiries().count(),
            waiting=[
                WAITING[reason] % {"number": order.number}
                for order, reason in requests.waiting_orders(subject)
            ],
        )
    notice = PrivacySettings.for_request(request).notice_url(request)
    response = TemplateResponse(request, template, {"notice_url": notice, **context})
    response["Referrer-Policy"] = "no-referrer"  # guests' links carry their key
    return response


def _download(subject):
    data = json.dumps(requests.export(subject), ensure_ascii=False, indent=2)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    name = f"pasar-kriya-personal-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _erase(request, subject, form):
    """Erase when the form is right and nothing waits; a message tells the buyer either way.
    Returns whether it was erased."""
    if not form.is_valid():
        messages.error(request, _("Nothing was deleted: please correct the marked fields."))
        return False
    outcome = requests.erase(subject)
    if outcome.refused:
        messages.error(request, outcome.refused)
    elif outcome.waiting:
        messages.error(
            request,
            _(
                "Nothing was deleted yet: these orders still need your contact and address. "
                "Ask again once they are done."
            ),
        )
    else:
        messages.success(
            request,
            _(
                "Your personal data has been deleted. The orders stay in the Dekranasda's "
                "books without your name, contact or address."
            ),
        )
    return outcome.erased


@never_cache
def overview(request):
    """Signed in: the account's data. Otherwise: ask for a link by email."""
    if request.user.is_authenticated:
        subject = requests.Subject(user=request.user)
        form = EraseForm(user=request.user)
        return _page(request, "privacy/overview.html", subject, erase_form=form)
    form = LinkRequestForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            email = form.cleaned_data["email"]
            subject = requests.Subject(email=email)
            holds = subject.orders().exists() or subject.inquiries().exists()
            links.send_link(email, get_language(), holds)
            messages.success(request, LINK_SENT)
            return redirect("privacy:overview")
        messages.error(request, _("Please correct the marked fields."))
    return _page(request, "privacy/overview.html", link_form=form)


@never_cache
@login_required
def account_export(request):
    return _download(requests.Subject(user=request.user))


@require_POST
@login_required
def account_erase(request):
    subject = requests.Subject(user=request.user)
    form = EraseForm(request.POST, user=request.user)
    if not _erase(request, subject, form):
        return _page(request, "privacy/overview.html", subject, erase_form=form)
    logout(request)
    messages.success(request, _("Your account is closed."))
    return redirect("privacy:overview")


@require_POST
def order_link(request, token):
    """From a guest's order page: a link to the data kept under the order's address."""
    order = get_object_or_404(Order, access_token=token)
    links.send_link(order.email, order.language, holds_data=True)
    messages.success(
        request,
        _(
            "A link to your data is on its way to the address of this order; it works for "
            "48 hours. Nothing arrived? Check the spam folder, or wait ten minutes and ask again."
        ),
    )
    return redirect("checkout:order", token=token)


def _guest_subject(request, key):
    email = links.read_token(key)
    return requests.Subject(email=email) if email else None


def _expired(request):
    response = _page(request, "privacy/link_expired.html", link_form=LinkRequestForm())
    response.status_code = 410
    return response


@never_cache
def guest(request, key):
    subject = _guest_subject(request, key)
    if subject is None:
        return _expired(request)
    form = EraseForm(request.POST or None)
    if request.method == "POST" and _erase(request, subject, form):
        return redirect("privacy:overview")
    return _page(request, "privacy/guest.html", subject, erase_form=form, key=key, guest=subject)


@never_cache
def guest_export(request, key):
    subject = _guest_subject(request, key)
    return _download(subject) if subject else _expired(request)
