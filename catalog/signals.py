"""Signals of the catalog: a listing's review state follows what happened to it in the
admin; a guest's cart joins the account on sign-in."""

from django.contrib.auth.signals import user_logged_in

from wagtail.signals import published, unpublished

from .models import Product
from .models.listing_review import ReviewState


def end_review_on_publish(sender, instance, revision=None, **kwargs):
    """Whoever publishes a listing (an approval, or an editor's own publish) decides its
    review; what is published is what the council approved."""
    changes = {
        "review_state": ReviewState.NONE,
        "review_note": "",
        "approved_revision": revision or instance.live_revision,
        "hidden_by_artisan": False,
    }
    Product.objects.filter(pk=instance.pk).update(**changes)
    for name, value in changes.items():
        setattr(instance, name, value)


def forget_artisans_hide(sender, instance, **kwargs):
    """Taken off the site by anyone: only the artisan's own hide (set after this) lets them
    put it back."""
    Product.objects.filter(pk=instance.pk).update(hidden_by_artisan=False)
    instance.hidden_by_artisan = False


def merge_guest_cart(sender, request, user, **kwargs):
    """What a buyer put in the cart before signing in stays in it."""
    from .cart.services import merge_into_account, remember_pieces
    from .models import Cart

    if request is None or not hasattr(request, "session"):
        return
    merge_into_account(request, user)
    remember_pieces(request.session, Cart.objects.filter(user=user).first())


def connect():
    published.connect(end_review_on_publish, sender=Product, dispatch_uid="catalog_review")
    unpublished.connect(forget_artisans_hide, sender=Product, dispatch_uid="catalog_unpublish")
    user_logged_in.connect(merge_guest_cart, dispatch_uid="catalog_merge_cart")
