"""Checkout and the buyer's private order page: thin views over the checkout services."""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from artisans import kemendagri
from home.storage import STORAGE_ERRORS

from ..cart.services import SESSION_COUNT, CartContents, cart_for
from ..display_currency import price_display_for
from ..models import Order, PaymentMethod
from ..payments.bank_transfer import bank_transfer
from . import notifications
from .card_payment import card_context, card_payment_of, start_card_payment
from .forms import REGION_LEVELS, CheckoutForm, TransferProofForm
from .services import CheckoutError, place_order

logger = logging.getLogger(__name__)

SESSION_ORDERS = "order_tokens"  # a guest's orders, so the site can link back to them


def initial_details(user):
    """What a signed-in buyer need not type again: their last order's contact and address."""
    if not user.is_authenticated:
        return {}
    last = Order.objects.filter(buyer=user).first()
    if last is None:
        return {"name": user.get_full_name(), "email": user.email}
    names = [*CheckoutForm.Meta.fields, *(level[0] for level in REGION_LEVELS)]
    return {name: getattr(last, name) for name in names}


def checkout(request):
    cart = cart_for(request)
    contents = CartContents(cart)
    if not contents.lines:
        return redirect("cart:detail")
    form = CheckoutForm(
        request.POST or None, initial=initial_details(request.user), contents=contents
    )
    # "Update" re-prices the delivery for the address typed so far (the way without JavaScript).
    if request.method == "POST" and "update" not in request.POST and form.is_valid():
        try:
            order = place_order(
                cart,
                delivery=form.cleaned_data["delivery"],
                buyer=request.user if request.user.is_authenticated else None,
                language=get_language(),
                currency=price_display_for(request).rate,
                **form.order_details(),
            )
        except CheckoutError as error:
            messages.error(request, str(error))
            return redirect("cart:detail")
        by_card = form.cleaned_data["payment_method"] == PaymentMethod.CARD
        if not order.emails.exists():  # not for the same cart submitted again
            start_payment(request, order, by_card)
            notifications.order_placed(order, request, by_card=by_card)
        request.session[SESSION_COUNT] = 0
        request.session[SESSION_ORDERS] = [
            order.access_token,
            *request.session.get(SESSION_ORDERS, [])[:19],
        ]
        return redirect("checkout:order", token=order.access_token)
    return TemplateResponse(
        request,
        "catalog/checkout/checkout.html",
        {"form": form, "contents": contents, "updating": "update" in request.POST},
    )


def start_payment(request, order, by_card):
    """The payment the buyer chose; a card payment Stripe cannot start now can be started
    again from the order page (or the buyer pays by transfer)."""
    if by_card:
        problem = start_card_payment(order)
        if problem:
            text = _("Order %(number)s is placed, but the card payment could not start.")
            messages.warning(request, f"{text % {'number': order.number}} {problem}")
            return
        text = _("Thank you! Order %(number)s is placed: pay by card below.")
    else:
        bank_transfer.start(order)
        text = _("Thank you! Order %(number)s is placed: pay by bank transfer as shown below.")
    messages.success(request, text % {"number": order.number})


@require_GET
def regions(request):
    """The regions inside a Kemendagri code, for the address selects (provinces without one)."""
    parent = request.GET.get("parent", "")
    if parent and kemendagri.get_region(parent) is None:
        return JsonResponse({"error": _("Unknown region.")}, status=404)
    found = kemendagri.children_of(parent) if parent else kemendagri.provinces()
    response = JsonResponse(
        {"regions": [[region.code, region.name, region.postal_code] for region in found]}
    )
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def delivery_options(request):
    """The delivery choices for the cart and the address chosen so far (an HTML fragment)."""
    form = CheckoutForm(initial=request.GET.dict(), contents=CartContents(cart_for(request)))
    return TemplateResponse(request, "catalog/checkout/delivery_options.html", {"form": form})


def order_detail(request, token):
    """The order as its buyer sees it: anyone with the link, which nobody can guess."""
    order = get_object_or_404(
        Order.objects.prefetch_related("fulfilments__artisan", "fulfilments__lines"),
        access_token=token,
    )
    # Reading the page writes nothing: the payment exists since the order was placed.
    payment = order.payments.filter(method=bank_transfer.method).first()
    form = TransferProofForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        payment = payment or bank_transfer.start(order)
        accepted = False
        if form.is_valid():
            try:
                accepted = bank_transfer.submit_proof(payment, form.cleaned_data["proof"])
            except STORAGE_ERRORS:
                logger.exception("A proof of transfer could not be stored.")
                form.add_error(
                    "proof",
                    _(
                        "Your proof could not be stored just now. Nothing is lost: send it "
                        "again in a few minutes."
                    ),
                )
        if accepted:
            messages.success(request, _("Thank you: the council will check the transfer."))
            return redirect("checkout:order", token=token)
        if form.is_valid():
            messages.error(
                request,
                _(
                    "This order takes no more proofs: it is closed or its time to pay has "
                    "passed. If you have transferred, contact the council."
                ),
            )
            return redirect("checkout:order", token=token)
    card_payment = card_payment_of(order)
    return TemplateResponse(
        request,
        "catalog/checkout/order.html",
        {
            "order": order,
            "payment": payment,
            "form": form,
            "bank": settings.BANK_TRANSFER,
            "card": card_context(order, card_payment),
            # The method chosen at checkout comes first; the other is offered below it.
            "card_first": card_payment is not None and payment is None,
            "refunded": sum(each.refunded_amount for each in order.payments.all()),
        },
    )


@require_POST
def cancel_order(request, token):
    """The buyer changes their mind before paying: the order is cancelled, the pieces go back.
    Once a proof of transfer is sent, money may be on its way: the council cancels then."""
    order = get_object_or_404(Order, access_token=token)
    if not bank_transfer.cancel_before_proof(order):
        messages.error(request, _("This order can no longer be cancelled here: ask the council."))
    else:
        messages.success(request, _("Your order is cancelled; nothing is owed."))
    return redirect("checkout:order", token=token)


def my_orders(request):
    """The buyer's orders, newest first, each linking to its own page: a signed-in buyer's
    account, or the orders a guest placed in this browser (most buyers have no account)."""
    if request.user.is_authenticated:
        orders = Order.objects.filter(buyer=request.user)
    else:
        orders = Order.objects.filter(access_token__in=request.session.get(SESSION_ORDERS, []))
    return TemplateResponse(
        request,
        "catalog/checkout/my_orders.html",
        {"orders": orders[:100], "guest": not request.user.is_authenticated},
    )
