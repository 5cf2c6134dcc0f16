"""The cart's pages: thin views over `catalog.cart.services`."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..models import CartLine, Product
from ..same_site import from_another_site
from .forms import AddToCartForm, LineQuantityForm
from .services import (
    SESSION_COUNT,
    CartContents,
    CartError,
    add_to_cart,
    cart_for,
    remember_pieces,
    set_quantity,
)


def cart_detail(request):
    contents = CartContents(cart_for(request))
    request.session[SESSION_COUNT] = contents.count
    return TemplateResponse(request, "catalog/cart/cart.html", {"contents": contents})


# No CSRF token: a token in the product page's form would make the page each visitor's own,
# which neither the page cache nor a CDN could share. A form sent from another site is refused
# instead (`catalog.same_site.from_another_site`), before the form is read.
@csrf_exempt
@require_POST
def add(request, product_id):
    """Add the chosen pieces to the visitor's cart (made on the first), then show the cart."""
    product = get_object_or_404(
        Product.objects.live().prefetch_related("variants", "wholesale_tiers"), pk=product_id
    )
    if from_another_site(request):
        # Nothing added and no cart made; the visitor is back on the product, told why.
        messages.error(
            request,
            _(
                "This form can only be sent from Pasar Kriya's own pages, so nothing was added "
                "to your cart. Choose the quantity below and add it again."
            ),
        )
        return redirect(product)
    form = AddToCartForm(product, request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(product)
    cart = cart_for(request, create=True)
    try:
        add_to_cart(
            cart,
            product,
            form.cleaned_data["variant"],
            form.cleaned_data["quantity"],
        )
    except CartError as error:
        messages.error(request, str(error))
        return redirect(product)
    remember_pieces(request.session, cart)
    messages.success(request, _("%(product)s is in your cart.") % {"product": product})
    return redirect("cart:detail")


@require_POST
def update_line(request, line_id):
    cart = cart_for(request)
    line = get_object_or_404(
        CartLine.objects.select_related("product", "variant").prefetch_related("product__variants"),
        pk=line_id,
        cart=cart,
    )
    data = {f"line{line.pk}-quantity": 0} if "remove" in request.POST else request.POST
    form = LineQuantityForm(data, prefix=f"line{line.pk}")
    if not form.is_valid():
        messages.error(request, _("Give a whole number of pieces, from 0 to remove it."))
        return redirect("cart:detail")
    try:
        set_quantity(line, form.cleaned_data["quantity"])
    except CartError as error:
        messages.error(request, str(error))
    remember_pieces(request.session, cart)
    return redirect("cart:detail")
