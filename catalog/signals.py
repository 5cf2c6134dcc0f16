"""Signals of the catalog: a listing's review state follows what happened to it in the
admin; a guest's cart joins the account on sign-in."""

from django.contrib.auth.signals import user_logged_in

from wagtail.signals import published

from .models import Product
from .models.listing_review import ReviewState


def clear_review_on_publish(sender, instance, **kwargs):
    """Whoever publishes a listing (an approval, or an editor's own publish) decides its review."""
    Product.objects.filter(pk=instance.pk).update(review_state=ReviewState.NONE, review_note="")
    instance.review_state, instance.review_note = ReviewState.NONE, ""


def merge_guest_cart(sender, request, user, **kwargs):
    """What a buyer put in the cart before signing in stays in it."""
    from .cart.services import SESSION_COUNT, CartContents, merge_into_account
    from .models import Cart

    if request is None or not hasattr(request, "session"):
        return
    merge_into_account(request, user)
    request.session[SESSION_COUNT] = CartContents(Cart.objects.filter(user=user).first()).count


def connect():
    published.connect(clear_review_on_publish, sender=Product, dispatch_uid="catalog_review")
    user_logged_in.connect(merge_guest_cart, dispatch_uid="catalog_merge_cart")
