"""Pictures and pages of the benchmark catalog (catalog/bench_seed.py): a pool of drawn photos
shared by every product, portraits, motif stories and artisans' profile pages.

Every rendition a page of the benchmark shows is made here, once, so no measured request resizes
an image.
"""

from functools import partial
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.models import Collection, Locale

from artisans.models import ArtisanIndexPage, ArtisanPage
from catalog.photos import PRODUCT_PHOTO_RENDITIONS
from home.demo.patterns import MOTIF_KEYS, draw_motif, draw_portrait, draw_product_photo
from home.models import MotifIndexPage, MotifPage, SiteImage

from .bench_words import ARTISAN_INTRO, KINDS, MOTIFS

COLLECTION = "Benchmark"
POOL_SIZE = 40
PORTRAITS = 8
PHOTO_EDGE = 1200

# What the cards, profile and motif pages ask for ({% picture %} tags of their templates).
CARD_RENDITIONS = [
    f"format-{f}|fill-{s}" for s in ("400x300", "800x600") for f in ("webp", "jpeg")
] + ["fill-1200x630|format-jpeg"]
PORTRAIT_RENDITIONS = CARD_RENDITIONS + [
    f"format-{f}|fill-{s}" for s in ("450x600", "900x1200") for f in ("webp", "jpeg")
]
MOTIF_RENDITIONS = CARD_RENDITIONS + [
    f"format-{f}|fill-{s}" for s in ("600x450", "1200x900") for f in ("webp", "jpeg")
]


def collection():
    """The collection holding the benchmark's pictures (created under the root once)."""
    existing = Collection.objects.filter(name=COLLECTION).first()
    return existing or Collection.get_first_root_node().add_child(name=COLLECTION)


_DRAWINGS = {}  # JPEG bytes by title and drawing, kept for the process (the tests seed often)


def _drawn(title, draw):
    key = (title, draw.args, tuple(sorted(draw.keywords.items())))
    if key not in _DRAWINGS:
        buffer = BytesIO()
        draw().save(buffer, format="JPEG", quality=84, optimize=True, progressive=True)
        _DRAWINGS[key] = buffer.getvalue()
    return _DRAWINGS[key]


def _stored(title, draw, renditions):
    """The picture called `title` (drawn and saved if missing), with its renditions made."""
    image = SiteImage.objects.filter(title=title, collection__name=COLLECTION).first()
    if image is None:
        buffer = BytesIO(_drawn(title, draw))
        image = SiteImage(
            title=title,
            collection=collection(),
            file=ImageFile(buffer, name=f"{slugify(title)}.jpg"),
        )
        image.save()
    image.get_renditions(*renditions)  # only the missing ones are made
    return image


def photo_pool(size=POOL_SIZE, edge=PHOTO_EDGE):
    """`size` product photos of every kind, in the motifs' colours, reused by every product."""
    photos = []
    for number in range(size):
        kind = KINDS[number % len(KINDS)]
        key = MOTIF_KEYS[number % len(MOTIF_KEYS)] if kind.motif else None
        draw = partial(draw_product_photo, kind.photo, key, edge, edge, seed=1000 + number)
        photos.append(_stored(f"Bench photo {number:02d}", draw, PRODUCT_PHOTO_RENDITIONS))
    return photos


def portraits(size=PORTRAITS, edge=PHOTO_EDGE):
    """Portraits for the artisans' profile pages."""
    return [
        _stored(
            f"Bench portrait {number}",
            partial(draw_portrait, seed=500 + number, width=edge * 3 // 4, height=edge),
            PORTRAIT_RENDITIONS,
        )
        for number in range(size)
    ]


def product_renditions_of_demo():
    """The renditions of the photos products already had (the demo's), made ahead too."""
    from .models import ProductImage

    ids = ProductImage.objects.values_list("image_id", flat=True).distinct()
    for image in SiteImage.objects.filter(pk__in=ids).exclude(collection__name=COLLECTION):
        image.get_renditions(*PRODUCT_PHOTO_RENDITIONS)


def motif_pages(edge=PHOTO_EDGE):
    """The demo's motif stories and the bench's own (a few dozen in all), in Indonesian; the
    bench's get an English version as the demo's have."""
    index = MotifIndexPage.objects.filter(locale__language_code="id").first()
    english = Locale.objects.filter(language_code="en").first()
    taken = {page.slug: page for page in MotifPage.objects.child_of(index).specific()}
    for number, (name, subject, subject_en, style) in enumerate(MOTIFS):
        slug = slugify(name)
        if slug in taken:
            continue
        image = _stored(
            f"Bench motif {name}",
            partial(draw_motif, style, width=edge, height=edge * 3 // 4, seed=700 + number),
            MOTIF_RENDITIONS,
        )
        summary = f"Motif {name} menggambarkan {subject}, dibatik oleh perajin Bojonegoro."
        page = MotifPage(
            title=name,
            slug=slug,
            subject=subject,
            summary=summary,
            image=image,
            meaning=f"<p>{summary}</p>",
            search_description=summary,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        if english is not None and index.get_translation_or_none(english) is not None:
            translated = page.copy_for_translation(english).specific
            translated.subject = subject_en
            translated.summary = f"The {name} motif depicts {subject_en}."
            translated.meaning = f"<p>{translated.summary}</p>"
            translated.search_description = translated.summary
            translated.save_revision().publish()
        taken[slug] = page
    return list(MotifPage.objects.live().filter(locale=index.locale).order_by("path"))


def profile_pages(artisans, photos):
    """A live Indonesian profile page for each of `artisans` that has none, published when the
    artisan joined (older than the demo's, so the home page keeps showing the demo's)."""
    index = ArtisanIndexPage.objects.filter(locale__language_code="id").first()
    having = set(
        ArtisanPage.objects.filter(locale=index.locale).values_list("artisan_id", flat=True)
    )
    made = 0
    for number, artisan in enumerate(artisans):
        if artisan.pk in having:
            continue
        intro = ARTISAN_INTRO.format(
            business=artisan.business_name,
            district=artisan.district.name.title(),
            owner=artisan.owner_name,
            year=artisan.founded_year,
            workers=artisan.workers,
        )
        page = ArtisanPage(
            title=artisan.business_name,
            slug=artisan.slug,
            artisan=artisan,
            intro=intro,
            photo=photos[number % len(photos)],
            search_description=intro[:250],
            first_published_at=artisan.created_at,
            last_published_at=artisan.created_at,
            locale=index.locale,
        )
        index.add_child(instance=page)
        made += 1
    return made
