"""Checkout and the buyer's private order page: thin views over the checkout services."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..cart.services import SESSION_COUNT, CartContents, cart_for
from ..display_currency import price_display_for
from ..models import Order
from ..payments.bank_transfer import bank_transfer
from . import notifications
from .forms import CheckoutForm, TransferProofForm
from .services import CheckoutError, place_order

SESSION_ORDERS = "order_tokens"  # a guest's orders, so the site can link back to them


def initial_details(user):
    """What a signed-in buyer need not type again: their last order's contact and address."""
    if not user.is_authenticated:
        return {}
    last = Order.objects.filter(buyer=user).first()
    if last is None:
        return {"name": user.get_full_name(), "email": user.email}
    return {name: getattr(last, name) for name in CheckoutForm.Meta.fields}


def checkout(request):
    cart = cart_for(request)
    contents = CartContents(cart)
    if not contents.lines:
        return redirect("cart:detail")
    form = CheckoutForm(request.POST or None, initial=initial_details(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            order = place_order(
                cart,
                buyer=request.user if request.user.is_authenticated else None,
                language=get_language(),
                currency=price_display_for(request).rate,
                **form.cleaned_data,
            )
        except CheckoutError as error:
            messages.error(request, str(error))
            return redirect("cart:detail")
        bank_transfer.start(order)
        if not order.emails.exists():  # not for the same cart submitted again
            notifications.order_placed(order, request)
        request.session[SESSION_COUNT] = 0
        request.session[SESSION_ORDERS] = [
            order.access_token,
            *request.session.get(SESSION_ORDERS, [])[:19],
        ]
        return redirect("checkout:order", token=order.access_token)
    return TemplateResponse(
        request, "catalog/checkout/checkout.html", {"form": form, "contents": contents}
    )


def order_detail(request, token):
    """The order as its buyer sees it: anyone with the link, which nobody can guess."""
    order = get_object_or_404(
        Order.objects.prefetch_related("fulfilments__artisan", "fulfilments__lines"),
        access_token=token,
    )
    payment = bank_transfer.start(order)
    form = TransferProofForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if form.is_valid() and bank_transfer.submit_proof(payment, form.cleaned_data["proof"]):
            messages.success(request, _("Thank you: the council will check the transfer."))
            return redirect("checkout:order", token=token)
        if form.is_valid():
            messages.error(request, _("This order takes no more proofs."))
            return redirect("checkout:order", token=token)
    return TemplateResponse(
        request,
        "catalog/checkout/order.html",
        {"order": order, "payment": payment, "form": form, "bank": settings.BANK_TRANSFER},
    )


@login_required
def my_orders(request):
    """A signed-in buyer's orders, newest first, each linking to its own page."""
    orders = Order.objects.filter(buyer=request.user).prefetch_related("fulfilments")[:100]
    return TemplateResponse(request, "catalog/checkout/my_orders.html", {"orders": orders})
