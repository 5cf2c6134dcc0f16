"""What happens to a listing between an artisan and the council: submit, approve, send back,
hide, show again, and the stock that changes at once.

Buyers always see a product's database row (its published version). What an artisan submits
is kept as a Wagtail revision until an editor approves it. The review state is written here
and by the publish/unpublish signals (catalog/signals.py), nowhere else.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.actions.unpublish import UnpublishAction
from wagtail.log_actions import log

from home.frontend_cache import purge_product_page
from home.models import SiteImage
from home.page_cache import invalidate_pages
from home.storage import STORAGE_ERRORS

from .models import Product, ProductImage, ProductVariant
from .models.listing_review import ReviewState
from .photos import generate_product_renditions


def save_photos(uploads, title):
    """Store uploaded photos as site images (re-encoded without metadata by the image model),
    outside any transaction: re-encoding a phone's photo takes a while. No owner is recorded,
    so the uploader cannot change a photo in the admin behind the council's review.

    A store that fails (home.storage.STORAGE_ERRORS) stops it: the photos stored before are
    deleted again, and the error is raised for the view to explain."""
    images = []
    try:
        for upload in uploads:
            image = SiteImage(title=title[:255], file=upload)
            with transaction.atomic():  # a store's error leaves the caller's transaction usable
                image.save()
            images.append(image)
    except STORAGE_ERRORS:
        for image in images:
            image.delete()  # its file is deleted by a task after the commit (Wagtail's)
        raise
    for image in images:
        generate_product_renditions.enqueue(image.pk)
    return images


def _set_photos(product, images, kept):
    photos = list(kept) + [
        ProductImage(image=image, alt_text=product.name[:200]) for image in images
    ]
    for position, photo in enumerate(photos):
        photo.sort_order = position
    product.images = photos


def _submitted():
    return {
        "review_state": ReviewState.SUBMITTED,
        "review_note": "",
        "submitted_at": timezone.now(),
    }


def _save_new(product, attempts=5):
    """Save a new listing under a URL name of its own (numbered when the name is taken,
    also when two artisans list the same name at the same moment)."""
    base = slugify(product.name)[:140] or "produk"
    taken = set(Product.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    number = 1
    for _attempt in range(attempts):
        product.slug = base if number == 1 else f"{base}-{number}"
        while product.slug in taken:
            number += 1
            product.slug = f"{base}-{number}"
        try:
            with transaction.atomic():
                product.save()
            return
        except IntegrityError:
            taken.add(product.slug)
    raise IntegrityError(f"No free URL name for {base!r}")


@transaction.atomic
def submit_listing(product, user, images=(), kept_photos=(), stock=None):
    """Save an artisan's new or changed listing for the council's review."""
    _set_photos(product, images, kept_photos)
    if product.pk is None:
        product.live = False
        for name, value in _submitted().items():
            setattr(product, name, value)
        _save_new(product)
    else:
        if stock is not None:
            set_stock(product, stock)
        Product.objects.filter(pk=product.pk).update(**_submitted())
    product.save_revision(user=user, log_action="catalog.submit")
    return product


def save_artisan_changes(product, user, changed_fields, images=(), kept_photos=(), stock=None):
    """An artisan's edit: stock alone changes at once; anything else goes for review.
    Returns whether the listing was submitted for review."""
    photos_changed = bool(images) or len(kept_photos) != len(product.images.all())
    if product.pk and set(changed_fields) <= {"stock"} and not photos_changed:
        set_stock(product, stock)
        return False
    submit_listing(product, user, images, kept_photos, stock)
    return True


@transaction.atomic
def approve_listing(product, user):
    """Publish what the artisan submitted; a listing not awaiting review is left alone.
    Returns whether it was approved."""
    product = Product.objects.select_for_update().get(pk=product.pk)
    if product.review_state != ReviewState.SUBMITTED:
        return False
    revision = product.get_latest_revision() or product.save_revision(user=user)
    revision.publish(user=user)  # the `published` signal ends the review
    return True


@transaction.atomic
def send_back_listing(product, user, note):
    """Reject what was submitted, telling the artisan why; a live version stays live.
    Returns whether it was sent back (only a listing awaiting review is)."""
    sent_back = Product.objects.filter(pk=product.pk, review_state=ReviewState.SUBMITTED).update(
        review_state=ReviewState.REJECTED, review_note=note
    )
    if sent_back:
        product.review_state, product.review_note = ReviewState.REJECTED, note
        log(instance=product, action="catalog.send_back", user=user, data={"note": note})
    return bool(sent_back)


@transaction.atomic
def hide_listing(product, user):
    """The artisan takes a listing off the site (sold out for the season, on holiday...)."""
    if not product.live:
        return
    approved = product.approved_revision_id
    if approved is None and not product.has_unpublished_changes:
        # Listed before reviews were kept (an import, the demo): what is live is approved.
        approved = product.save_revision(user=user, changed=False).pk
    # The portal has checked that this account keeps the listing's artisan.
    UnpublishAction(product, user=user).execute(skip_permission_checks=True)
    Product.objects.filter(pk=product.pk).update(hidden_by_artisan=True, approved_revision=approved)
    product.hidden_by_artisan, product.approved_revision_id = True, approved


def show_listing(product, user):
    """Put back what the council approved, if the artisan hid it and nothing changed since.
    Returns whether it is live again."""
    if product.live:
        return True
    if not product.can_be_shown_again:
        return False
    product.approved_revision.publish(user=user, skip_permission_checks=True)
    return True


def set_stock(product, stock, variant_stock=None):
    """Pieces ready to send, changed at once and outside the review."""
    Product.objects.filter(pk=product.pk).update(stock=stock)
    product.stock = stock
    for variant_pk, pieces in (variant_stock or {}).items():
        ProductVariant.objects.filter(pk=variant_pk, product=product).update(stock=pieces)
    invalidate_pages()
    purge_product_page(product)
