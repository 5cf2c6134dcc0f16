"""Keep a listing's review state true to what happened to it in the admin."""

from wagtail.signals import published

from .models import Product
from .models.listing_review import ReviewState


def clear_review_on_publish(sender, instance, **kwargs):
    """Whoever publishes a listing (an approval, or an editor's own publish) decides its review."""
    Product.objects.filter(pk=instance.pk).update(review_state=ReviewState.NONE, review_note="")
    instance.review_state, instance.review_note = ReviewState.NONE, ""


def connect():
    published.connect(clear_review_on_publish, sender=Product, dispatch_uid="catalog_review")
