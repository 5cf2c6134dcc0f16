"""Store the demo's drawn pictures as Wagtail images, once each."""

from io import BytesIO

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection

DEMO_COLLECTION = "Demo"


def demo_collection():
    """The collection that holds every demo picture (created under the root once)."""
    existing = Collection.objects.filter(name=DEMO_COLLECTION).first()
    if existing:
        return existing
    return Collection.get_first_root_node().add_child(name=DEMO_COLLECTION)


def stored_image(title, draw, collection):
    """The demo image called `title`, drawing and saving it only if it does not exist yet."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    picture = draw()
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=84, optimize=True, progressive=True)
    file_name = f"{title.lower().replace(' ', '-')}.jpg"
    image = image_model(
        title=title,
        collection=collection,
        file=ImageFile(buffer, name=file_name),
    )
    image.save()
    return image
