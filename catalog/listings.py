"""What happens to a listing between an artisan and the council: submit, approve, send back,
hide, show again, and the stock that changes at once.

Buyers always see a product's database row (its published version). What an artisan submits
is kept as a Wagtail revision until an editor approves it.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log

from home.models import SiteImage

from .models import Product, ProductImage, ProductVariant
from .models.listing_review import ReviewState
from .photos import generate_product_renditions


def unique_slug(name):
    """A URL name for a new product: its name, numbered when taken."""
    base = slugify(name)[:140] or "produk"
    slug, number = base, 1
    while Product.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def attach_photos(product, photos, user, kept=None):
    """Set the product's photos (in memory): the `kept` ones first, then the new uploads,
    each saved as a site image (re-encoded without metadata by the image model)."""
    listing_photos = list(kept if kept is not None else product.images.all())
    for upload in photos:
        image = SiteImage(title=product.name[:255], file=upload, uploaded_by_user=user)
        image.save()
        transaction.on_commit(
            lambda image_id=image.pk: generate_product_renditions.enqueue(image_id)
        )
        listing_photos.append(ProductImage(image=image, alt_text=product.name[:200]))
    for position, photo in enumerate(listing_photos):
        photo.sort_order = position
    product.images = listing_photos


@transaction.atomic
def submit_listing(product, user, photos=(), kept_photos=None, stock=None):
    """Save an artisan's new or changed listing for review; stock changes at once."""
    attach_photos(product, photos, user, kept=kept_photos)
    if product.pk is None:
        product.slug = unique_slug(product.name)
        product.live = False
        product.mark_submitted()
        product.save()
    else:
        if stock is not None:
            set_stock(product, stock)
        Product.objects.filter(pk=product.pk).update(
            review_state=ReviewState.SUBMITTED, review_note="", submitted_at=timezone.now()
        )
    product.save_revision(user=user, log_action="catalog.submit")
    return product


@transaction.atomic
def approve_listing(product, user):
    """Publish what the artisan submitted (the latest revision)."""
    revision = product.get_latest_revision() or product.save_revision(user=user)
    revision.publish(user=user)
    # `published` clears the review state (see signals), for the admin's own publish too.


def send_back_listing(product, user, note):
    """Reject what was submitted, telling the artisan why; a live version stays live."""
    Product.objects.filter(pk=product.pk).update(
        review_state=ReviewState.REJECTED, review_note=note
    )
    product.review_state, product.review_note = ReviewState.REJECTED, note
    log(instance=product, action="catalog.send_back", user=user, data={"note": note})


def hide_listing(product, user):
    """Take a listing off the site (sold out for the season, on holiday...)."""
    if product.live:
        # The portal has checked that this account keeps the listing's artisan.
        UnpublishAction(product, user=user).execute(skip_permission_checks=True)


def show_listing(product, user):
    """Put a hidden listing back. Its latest version is the one the council approved unless a
    change waits for review (then approval shows it) or was sent back (the artisan fixes it
    first). Returns whether it is live again."""
    if product.live:
        return True
    revision = product.get_latest_revision()
    if product.review_state != ReviewState.NONE or revision is None:
        return False
    revision.publish(user=user, skip_permission_checks=True)
    return True


def set_stock(product, stock, variant_stock=None):
    """Pieces ready to send, changed at once and outside the review."""
    Product.objects.filter(pk=product.pk).update(stock=stock)
    product.stock = stock
    for variant_pk, pieces in (variant_stock or {}).items():
        ProductVariant.objects.filter(pk=variant_pk, product=product).update(stock=pieces)
