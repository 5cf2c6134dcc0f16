"""Product photos: the renditions the site shows, made ahead so no page view resizes an image
(the site's renditions are all named in home/renditions.py)."""

from django_tasks import task

from home.models import SiteImage
from home.renditions import PLACES, make_renditions, specs_for

PRODUCT_PHOTO_USES = PLACES["catalog.Product"]["images.item.image"]
# Every size and format the product card, the product page, its share preview and JSON-LD,
# the cart and the artisan's listings ask for.
PRODUCT_PHOTO_RENDITIONS = specs_for(*PRODUCT_PHOTO_USES)


@task()
def generate_product_renditions(image_id):
    """Make the product renditions of one photo (a photo deleted meanwhile is skipped)."""
    image = SiteImage.objects.filter(pk=image_id).first()
    if image is not None:
        make_renditions(image, PRODUCT_PHOTO_USES)
