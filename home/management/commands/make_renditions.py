from django.core.management.base import BaseCommand

from wagtail.images.models import SourceImageIOError

from home.models import SiteImage
from home.renditions import images_in_use, make_renditions

BATCH = 200


class Command(BaseCommand):
    help = (
        "Make every rendition the public site asks for that is missing, for every image a page, "
        "a product or the council settings shows (idempotent: a second run makes none)."
    )

    def handle(self, *args, **options):
        in_use = images_in_use()
        image_ids = sorted(in_use)
        made = unreadable = 0
        for start in range(0, len(image_ids), BATCH):
            batch = image_ids[start : start + BATCH]
            for image in SiteImage.objects.filter(pk__in=batch).prefetch_renditions():
                try:
                    made += make_renditions(image, in_use[image.pk])
                except SourceImageIOError:
                    unreadable += 1
                    self.stderr.write(f"Image {image.pk} ({image.file.name}) has no readable file.")
        self.stdout.write(f"Made {made} renditions for {len(image_ids)} images in use.")
        if unreadable:
            self.stdout.write(self.style.WARNING(f"{unreadable} images could not be read."))
