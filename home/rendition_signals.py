"""Renditions made ahead, after the commit, whenever what the site shows changes: a page or a
product is published (in the admin, by an approval, on schedule), the council's logo is saved,
an image's file or focal point changes. What each image is made for is in home/renditions.py.

Connected in HomeConfig.ready().
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save, pre_save

from wagtail.signals import published

from home.models import CouncilSettings, SiteImage
from home.renditions import images_shown_by, make_image_renditions

FOCAL_POINT = ("focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height")
WATCHED = ("file", "file_hash", *FOCAL_POINT)


def enqueue_after_commit(images):
    """One task per image, once the change is committed (a task never sees older rows)."""
    for image_id, uses in images.items():
        transaction.on_commit(
            partial(make_image_renditions.enqueue, image_id, sorted(uses)), robust=True
        )


def on_publish(sender, instance, **kwargs):
    """`published` is sent for pages and for every DraftStateMixin model (products)."""
    enqueue_after_commit(images_shown_by(instance))


def on_council_settings_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        enqueue_after_commit(images_shown_by(instance))


def remember_image_before_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None:
        return
    if update_fields is not None and not set(update_fields) & set(WATCHED):
        return
    instance._before_save = SiteImage.objects.filter(pk=instance.pk).values(*WATCHED).first()


def remake_changed_image(sender, instance, raw=False, **kwargs):
    """A new file: its old renditions go (they show the old picture under the same names) and
    all its uses are made again; a new focal point: the crops are made for the new one."""
    before = instance.__dict__.pop("_before_save", None)
    if before is None:
        return
    # A hash filled in for the first time (Wagtail's get_file_hash()) is no new file.
    file_changed = before["file"] != instance.file.name or (
        before["file_hash"] and before["file_hash"] != instance.file_hash
    )
    focal_point_changed = any(before[name] != getattr(instance, name) for name in FOCAL_POINT)
    if file_changed:
        instance.renditions.all().delete()
    if file_changed or focal_point_changed:
        transaction.on_commit(partial(make_image_renditions.enqueue, instance.pk), robust=True)


def connect():
    published.connect(on_publish, dispatch_uid="home_renditions_publish")
    post_save.connect(
        on_council_settings_saved, sender=CouncilSettings, dispatch_uid="home_renditions_logo"
    )
    pre_save.connect(
        remember_image_before_save, sender=SiteImage, dispatch_uid="home_renditions_image_before"
    )
    post_save.connect(
        remake_changed_image, sender=SiteImage, dispatch_uid="home_renditions_image_changed"
    )
