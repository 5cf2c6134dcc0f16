"""Product photos: the renditions the site shows, made ahead so no page view resizes an image."""

from django_tasks import task

from home.models import SiteImage

# Every size and format the product card, the product page and its share preview ask for,
# spelled as the templates' {% picture %} and {% image %} tags spell them.
PRODUCT_PHOTO_RENDITIONS = [
    f"format-{image_format}|fill-{size}"
    for size in ("300x300", "320x320", "600x600", "640x640", "1200x1200")
    for image_format in ("webp", "jpeg")
] + ["fill-1200x630|format-jpeg", "fill-160x160|format-webp"]  # share preview; artisan's list


@task()
def generate_product_renditions(image_id):
    """Make the product renditions of one photo (a photo deleted meanwhile is skipped)."""
    image = SiteImage.objects.filter(pk=image_id).first()
    if image is not None:
        image.get_renditions(*PRODUCT_PHOTO_RENDITIONS)
