"""Every rendition the public site asks for, named by where it shows an image, and the work of
making them ahead (a background task, `manage.py make_renditions`) so no page view resizes one.

A rendition is found again only under the very same filter spec string (and the image's focal
point key, which Wagtail derives from the image when the spec crops). The templates' tags build
those strings: `{% picture img format-{webp,jpeg} fill-{320x320,640x640} %}` asks for
"format-webp|fill-320x320", "format-webp|fill-640x640", "format-jpeg|fill-320x320" and
"format-jpeg|fill-640x640"; `{% image img fill-160x160 format-webp %}` for
"fill-160x160|format-webp". `picture()` and `image()` below spell them with Wagtail's own code,
from the very arguments the templates give (tests/home/test_renditions.py checks every tag).
"""

import functools
import logging
from collections import defaultdict

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch

from wagtail.fields import StreamField
from wagtail.images.models import Filter, SourceImageIOError
from wagtail.models import ReferenceIndex

from django_tasks import task

from home.blocks import StoryBlock
from home.models import SiteImage

logger = logging.getLogger(__name__)


def picture(*arguments):
    """The specs a {% picture %} (or {% srcset_image %}) tag with these arguments asks for."""
    return tuple(Filter.expand_spec(list(arguments)))


def image(*arguments):
    """The spec an {% image %} tag with these arguments asks for."""
    return ("|".join(arguments),)


# og:image (templates/base.html; a product's: share_image_url in catalog/views.py) and a
# page's JSON-LD image (home/structured_data.py's image_url default).
SHARE = image("fill-1200x630", "format-jpeg")

# includes/product_card.html and includes/page_card.html: what a list of products or of pages
# shows (and so all their list queries prefetch).
PRODUCT_CARD = picture("format-{webp,jpeg}", "fill-{320x320,640x640}")
PAGE_CARD = picture("format-{webp,jpeg}", "fill-{400x300,600x450,800x600}")

RENDITIONS = {
    # includes/product_card.html; catalog/product_detail.html: the main photo, the other
    # photos, og:image; the product's JSON-LD (catalog/structured_data.py).
    "product_photo": (
        PRODUCT_CARD
        + picture("format-{webp,jpeg}", "fill-{600x600,800x800,1200x1200}")
        + picture("format-{webp,jpeg}", "fill-{300x300,600x600}")
        + SHARE
        + ("format-jpeg|fill-1200x1200",)
    ),
    # The cart, the artisan's listings and listing form (catalog/cart/, catalog/portal/).
    "thumbnail": image("fill-160x160", "format-webp"),
    "hero": picture("format-{webp,jpeg}", "fill-{800x600,1600x800}"),  # home/home_page.html
    "card": PAGE_CARD,
    "motif": picture("format-{webp,jpeg}", "fill-{600x450,1200x900}"),  # home/motif_page.html
    "story": picture("format-{webp,jpeg}", "fill-{800x450,1400x788}"),  # home/story_page.html
    # artisans/artisan_page.html
    "artisan_photo": picture("format-{webp,jpeg}", "fill-{450x600,900x1200}"),
    # blocks/gallery_block.html and the artisan's photo gallery (artisans/artisan_page.html)
    "gallery": picture("format-{webp,jpeg}", "fill-{360x360,720x720}"),
    # blocks/captioned_image_block.html
    "captioned_image": picture("format-{webp,jpeg}", "width-{480,960,1400}"),
    # includes/header.html; the Organization JSON-LD of the home page (home/structured_data.py)
    "council_logo": (*image("height-48", "format-webp"), "height-200|format-png"),
    "share": SHARE,
}

# Where the site shows an image: a model, the path to the image on it, the uses shown there.
# Paths are spelled as Wagtail's reference index spells them: a field ("hero_image"), a field
# of each inline row ("images.item.image"), a place in a StreamField ("body.gallery.item").
PLACES = {
    "catalog.Product": {"images.item.image": ("product_photo", "thumbnail")},
    "home.HomePage": {"hero_image": ("hero", "share")},
    "home.MotifPage": {"image": ("motif", "card", "share")},
    "home.StoryPage": {"image": ("story", "card", "share")},
    "artisans.ArtisanPage": {
        "photo": ("artisan_photo", "card", "share"),
        "gallery_images.item.image": ("gallery",),
    },
    "home.CouncilSettings": {"logo": ("council_logo",)},
}
# On every model that has the field (the showcase pages' own sharing image).
SHARED_FIELDS = {"social_image": ("share",)}
# In every StreamField of the shared block library (home.blocks.StoryBlock).
STORY_BLOCK_PLACES = {"image.image": ("captioned_image",), "gallery.item": ("gallery",)}


def prefetch_renditions(lookup, specs):
    """A prefetch of only the renditions `specs` names (an image has dozens: a list of cards
    would read and build them all), e.g. prefetch_renditions("image__renditions", PAGE_CARD).
    Wagtail's get_rendition() finds them there; one missing is looked up as usual."""
    rendition_model = SiteImage.get_rendition_model()
    return Prefetch(lookup, queryset=rendition_model.objects.filter(filter_spec__in=specs))


def rendition(image, spec):
    """The rendition of `image` under one spec, as `image.get_rendition(spec)` gives it, but
    without storing it in the cache again when it was found among the prefetched ones (Wagtail's
    get_rendition pickles and stores every rendition it returns, on every page view)."""
    return image.get_renditions(spec)[spec]


def specs_for(*uses):
    """The renditions the given uses ask for, each once, in a stable order."""
    return list(dict.fromkeys(spec for use in uses for spec in RENDITIONS[use]))


ALL_SPECS = frozenset(specs_for(*RENDITIONS))


@functools.cache
def places_for(model):
    """{path: uses} of the images a model shows on the site (empty for most models)."""
    places = dict(PLACES.get(model._meta.label, {}))
    for field in model._meta.get_fields():
        if field.name in SHARED_FIELDS and field.many_to_one:
            places[field.name] = SHARED_FIELDS[field.name]
        if isinstance(field, StreamField) and isinstance(field.stream_block, StoryBlock):
            for path, uses in STORY_BLOCK_PLACES.items():
                places[f"{field.name}.{path}"] = uses
    return places


def models_with_places():
    return [model for model in apps.get_models() if places_for(model)]


def _is_stream(model, path):
    return isinstance(model._meta.get_field(path.partition(".")[0]), StreamField)


def _image_ids_at(obj, path):
    """The ids of the images `obj` holds at `path`."""
    name, _dot, rest = path.partition(".")
    field = obj._meta.get_field(name)
    if isinstance(field, StreamField):
        value = field.value_from_object(obj)
        return [
            int(pk)
            for model, pk, model_path, _content_path in field.extract_references(value)
            if model_path == rest and issubclass(model, SiteImage)
        ]
    if rest:  # "relation.item.field": the field of each inline row
        item_path = rest.removeprefix("item.")
        return [pk for row in getattr(obj, name).all() for pk in _image_ids_at(row, item_path)]
    image_id = getattr(obj, field.attname)
    return [image_id] if image_id else []


def _rows_and_field(model, path):
    """The model whose rows hold the image id at a (non-StreamField) path, and the field."""
    name, _dot, rest = path.partition(".")
    if rest:
        return _rows_and_field(
            model._meta.get_field(name).related_model, rest.removeprefix("item.")
        )
    return model, model._meta.get_field(name).attname


def images_shown_by(obj):
    """{image id: uses} of the images `obj` (a page, a product, the council settings) shows."""
    found = defaultdict(set)
    for path, uses in places_for(type(obj)).items():
        for image_id in _image_ids_at(obj, path):
            found[image_id].update(uses)
    return dict(found)


def images_in_use():
    """{image id: uses} of every image any page, product or setting shows, drafts included
    (read from the rows themselves, so also rows written in bulk)."""
    found = defaultdict(set)
    for model in models_with_places():
        for path, uses in places_for(model).items():
            if _is_stream(model, path):
                name = path.partition(".")[0]
                rows = model._default_manager.only("pk", name).iterator(chunk_size=200)
                image_ids = (pk for row in rows for pk in _image_ids_at(row, path))
            else:
                rows_model, field = _rows_and_field(model, path)
                image_ids = (
                    rows_model._default_manager.exclude(**{field: None})
                    .values_list(field, flat=True)
                    .distinct()
                    .iterator()
                )
            for image_id in image_ids:
                found[image_id].update(uses)
    return dict(found)


def uses_of_image(image_id):
    """Every use the site makes of one image now: fields and inline rows are asked directly,
    StreamField blocks through Wagtail's reference index (kept up to date on every save)."""
    in_streams = {
        (ContentType.objects.get_for_id(content_type_id).model_class(), model_path)
        for content_type_id, model_path in ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(SiteImage),
            to_object_id=str(image_id),
        ).values_list("content_type_id", "model_path")
    }
    uses = set()
    for model in models_with_places():
        for path, place_uses in places_for(model).items():
            if set(place_uses) <= uses:
                continue
            if _is_stream(model, path):
                shown = (model, path) in in_streams
            else:
                rows_model, field = _rows_and_field(model, path)
                shown = rows_model._default_manager.filter(**{field: image_id}).exists()
            if shown:
                uses.update(place_uses)
    return uses


def make_renditions(image, uses):
    """Make the renditions `uses` ask for that `image` lacks; returns how many were made.
    Uses renditions prefetched on the image (`prefetch_renditions()`) when there are any."""
    filters = [Filter(spec=spec) for spec in specs_for(*uses)]
    existing = image.find_existing_renditions(*filters)
    missing = [each for each in filters if each not in existing]
    if missing:
        image.create_renditions(*missing)
    return len(missing)


@task()
def make_image_renditions(image_id, uses=None):
    """Make the renditions of one image for the given uses, or for every use the site makes
    of it now when None (after its file or focal point changed). An image deleted meanwhile,
    or whose file is missing, is skipped. Returns how many were made."""
    image = SiteImage.objects.filter(pk=image_id).first()
    if image is None:
        return 0
    if uses is None:
        uses = uses_of_image(image_id)
    try:
        return make_renditions(image, uses)
    except SourceImageIOError:
        logger.warning("Image %s has no readable file; its renditions were not made.", image_id)
        return 0
