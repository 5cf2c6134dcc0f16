"""Renditions are made ahead, after a page or a product is published, the council's logo is
saved, an image's file or focal point changes, and by `manage.py make_renditions`: no public
page view ever resizes an image."""

from io import BytesIO, StringIO
from pathlib import Path
from uuid import uuid4

from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import engines
from django.urls import reverse

from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.images.models import Filter
from wagtail.images.rect import Rect
from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode
from wagtail.models import Site

import pytest
import wagtail_factories
from PIL import Image

from artisans.models import ArtisanPageGalleryImage
from catalog.models import Product
from home.blocks import StoryBlock
from home.models import CouncilSettings, SiteImage, SiteRendition
from home.renditions import (
    ALL_SPECS,
    RENDITIONS,
    STORY_BLOCK_PLACES,
    images_in_use,
    specs_for,
    uses_of_image,
)
from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory
from tests.catalog.factories import ProductFactory
from tests.home.factories import (
    MotifIndexPageFactory,
    MotifPageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)

pytestmark = pytest.mark.django_db

PROJECT_APPS = ("home", "artisans", "catalog", "inquiries", "figures")


def photo(width=900, height=600, name="foto.jpg"):
    buffer = BytesIO()
    Image.new("RGB", (width, height), (150, 90, 40)).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def new_image(**fields):
    return wagtail_factories.ImageFactory(file__width=900, file__height=600, **fields)


def captioned(image):
    return {"type": "image", "value": {"image": {"image": image.pk, "alt_text": "Kain"}}}


def gallery(*images):
    items = [
        {"type": "item", "value": {"image": image.pk, "alt_text": "Kain"}, "id": str(uuid4())}
        for image in images
    ]
    return {"type": "gallery", "value": items}


def has_renditions(image, uses):
    """The image has every rendition `uses` ask for, under its current focal point."""
    image = SiteImage.objects.get(pk=image.pk)
    filters = [Filter(spec=spec) for spec in specs_for(*uses)]
    return len(image.find_existing_renditions(*filters)) == len(filters)


def form_data(form):
    """What the browser sends back for an admin form as shown, its inline formsets included."""
    data = {}
    for field in [*form, *getattr(form, "management_form", [])]:
        value = field.value()
        if value is None or value is False:
            continue
        data[field.html_name] = "on" if value is True else value
    for formset in getattr(form, "formsets", {}).values():
        data.update(form_data(formset.management_form))
        for inline in formset.forms:
            data.update(form_data(inline))
    return data


def publish_photos_in_the_admin(admin_client, product, images):
    """An editor adds these photos to a product in the admin and publishes it."""
    url = reverse("wagtailsnippets_catalog_product:edit", args=[product.pk])
    data = form_data(admin_client.get(url).context["form"])
    for position, image in enumerate(images):
        data.update(
            {
                f"images-{position}-image": image.pk,
                f"images-{position}-alt_text": "Kain batik",
                f"images-{position}-ORDER": position + 1,
            }
        )
    data.update({"images-TOTAL_FORMS": len(images), "action-publish": "action-publish"})
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors


@pytest.fixture
def resizing_fails(monkeypatch):
    """From here on, making any rendition's file fails the test."""

    def refuse(image, filter, **kwargs):
        raise AssertionError(f"a page view resized image {image.pk} to {filter.spec}")

    def arm():
        monkeypatch.setattr(SiteImage, "generate_rendition_file", refuse)

    return arm


@pytest.fixture
def showcase(home_page, admin_client, django_capture_on_commit_callbacks):
    """Every public page type, published with its images (in page fields, inline galleries and
    StreamField blocks), the council's logo, and a product whose photos an editor saved in the
    admin; every after-commit task run."""
    with django_capture_on_commit_callbacks(execute=True):
        council = CouncilSettings.for_site(Site.objects.get(is_default_site=True))
        council.logo = new_image(title="Logo")
        council.save()

        home_page.body = [gallery(new_image(), new_image()), captioned(new_image())]
        home_page.social_image = new_image()
        home_page.save_revision().publish()

        motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), image=new_image())
        motif.save_revision().publish()

        profile = ArtisanPageFactory(
            parent=ArtisanIndexPageFactory(parent=home_page), photo=new_image()
        )
        profile.gallery_images = [
            ArtisanPageGalleryImage(image=new_image(), caption="Canting"),
            ArtisanPageGalleryImage(image=new_image()),
        ]
        profile.save_revision().publish()

        story = StoryPageFactory(
            parent=StoryIndexPageFactory(parent=home_page),
            image=new_image(),
            artisans=[profile.artisan],
            body=[captioned(new_image()), gallery(new_image(), new_image())],
        )
        story.save_revision().publish()

        product = ProductFactory(photos=0, artisan=profile.artisan, motif=motif)
        publish_photos_in_the_admin(admin_client, product, [new_image(), new_image()])

    return {
        "home": home_page,
        "motif": motif,
        "profile": profile,
        "story": story,
        "product": product,
    }


def public_urls(showcase):
    motif, profile, story = showcase["motif"], showcase["profile"], showcase["story"]
    return [
        "/id/",
        reverse("catalog:product_list"),
        showcase["product"].get_absolute_url(),
        motif.get_parent().url,
        motif.url,
        story.get_parent().url,
        story.url,
        profile.get_parent().url,
        profile.url,
    ]


def assert_views_make_no_rendition(client, urls, resizing_fails):
    before = SiteRendition.objects.count()
    resizing_fails()

    for url in urls:
        assert client.get(url).status_code == 200, url

    assert SiteRendition.objects.count() == before


def test_published_pages_and_a_product_saved_in_the_admin_are_served_without_resizing(
    client, showcase, resizing_fails
):
    product = Product.objects.get(pk=showcase["product"].pk)
    assert product.images.count() == 2
    for photo_row in product.images.all():
        assert has_renditions(photo_row.image, ["product_photo", "thumbnail"])

    assert_views_make_no_rendition(client, public_urls(showcase), resizing_fails)


def test_the_cart_shows_made_ahead_thumbnails(client, showcase, resizing_fails):
    product = showcase["product"]
    client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})

    assert_views_make_no_rendition(client, [reverse("cart:detail")], resizing_fails)


def test_every_image_tag_in_the_templates_asks_for_a_named_rendition():
    asked = {}
    folders = [Path(settings.BASE_DIR) / "templates"] + [
        Path(apps.get_app_config(label).path) / "templates" for label in PROJECT_APPS
    ]
    for folder in folders:
        for path in folder.rglob("*.html"):
            name = path.relative_to(folder).as_posix()
            nodelist = engines["django"].get_template(name).template.nodelist
            for node in nodelist.get_nodes_by_type(ImageNode):
                if isinstance(node, SrcsetImageNode):
                    specs = [each.spec for each in node.get_filters()]
                else:
                    specs = [node.get_filter().spec]
                for spec in specs:
                    asked.setdefault(spec, name)

    assert len(asked) >= 30  # the templates were found and read
    assert {spec: name for spec, name in asked.items() if spec not in ALL_SPECS} == {}


def image_paths(block, path=""):
    """Where a block (and the blocks inside it) holds an image, spelled as Wagtail's reference
    index spells it."""
    if isinstance(block, ImageBlock | ImageChooserBlock):
        yield path
    elif isinstance(block, ListBlock):
        yield from image_paths(block.child_block, f"{path}.item".lstrip("."))
    elif isinstance(block, StreamBlock | StructBlock):
        for name, child in block.child_blocks.items():
            yield from image_paths(child, f"{path}.{name}".lstrip("."))


def test_every_image_in_the_shared_block_library_has_its_renditions_named():
    assert set(image_paths(StoryBlock())) == set(STORY_BLOCK_PLACES)


def test_the_picture_tag_and_the_registry_spell_specs_alike():
    assert specs_for("gallery") == [
        "format-webp|fill-360x360",
        "format-webp|fill-720x720",
        "format-jpeg|fill-360x360",
        "format-jpeg|fill-720x720",
    ]
    assert RENDITIONS["thumbnail"] == ("fill-160x160|format-webp",)


def test_a_new_focal_point_makes_the_crops_again(
    client, home_page, django_capture_on_commit_callbacks, resizing_fails
):
    image = new_image()
    with django_capture_on_commit_callbacks(execute=True):
        motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), image=image)
        motif.save_revision().publish()
        story = StoryPageFactory(
            parent=StoryIndexPageFactory(parent=home_page), body=[gallery(image, new_image())]
        )
        story.save_revision().publish()
    assert uses_of_image(image.pk) == {"motif", "card", "share", "gallery"}

    with django_capture_on_commit_callbacks(execute=True):
        image.set_focal_point(Rect(600, 0, 900, 300))
        image.save()

    assert has_renditions(image, ["motif", "card", "share", "gallery"])
    assert_views_make_no_rendition(
        client, [motif.url, motif.get_parent().url, story.url], resizing_fails
    )


def test_a_new_file_uploaded_in_the_admin_replaces_the_old_renditions(
    admin_client, client, home_page, django_capture_on_commit_callbacks, resizing_fails
):
    image = new_image()
    with django_capture_on_commit_callbacks(execute=True):
        motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), image=image)
        motif.save_revision().publish()
    old_files = set(image.renditions.values_list("file", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailimages:edit", args=[image.pk]),
            {"title": "Motif baru", "collection": image.collection_id, "file": photo(640, 480)},
        )

    assert response.status_code == 302
    assert has_renditions(image, ["motif", "card", "share"])
    renditions = SiteImage.objects.get(pk=image.pk).renditions.all()
    assert not old_files & {rendition.file.name for rendition in renditions}
    assert {
        (r.width, r.height) for r in renditions if r.filter_spec == "fill-1200x630|format-jpeg"
    } == {(640, 336)}
    assert_views_make_no_rendition(client, [motif.url], resizing_fails)


def test_a_file_replaced_outside_the_admin_replaces_the_old_renditions_too(
    client, home_page, django_capture_on_commit_callbacks, resizing_fails
):
    image = new_image()
    with django_capture_on_commit_callbacks(execute=True):
        motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), image=image)
        motif.save_revision().publish()

    with django_capture_on_commit_callbacks(execute=True):
        image.file = photo(640, 480)
        image.save()

    share = SiteImage.objects.get(pk=image.pk).renditions.get(
        filter_spec="fill-1200x630|format-jpeg"
    )
    assert (share.width, share.height) == (640, 336)
    assert has_renditions(image, ["motif", "card", "share"])
    assert_views_make_no_rendition(client, [motif.url], resizing_fails)


def test_a_hash_filled_in_later_keeps_the_renditions(home_page, django_capture_on_commit_callbacks):
    image = new_image()
    with django_capture_on_commit_callbacks(execute=True):
        motif = MotifPageFactory(parent=MotifIndexPageFactory(parent=home_page), image=image)
        motif.save_revision().publish()
    SiteImage.objects.filter(pk=image.pk).update(file_hash="")
    made = set(SiteRendition.objects.values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        SiteImage.objects.get(pk=image.pk).get_file_hash()  # saves the hash it computed

    assert SiteImage.objects.get(pk=image.pk).file_hash
    assert set(SiteRendition.objects.values_list("pk", flat=True)) == made


def test_a_logo_saved_in_the_settings_is_made_for_the_header(
    client, home_page, django_capture_on_commit_callbacks, resizing_fails
):
    logo = new_image(title="Logo")
    with django_capture_on_commit_callbacks(execute=True):
        council = CouncilSettings.for_site(Site.objects.get(is_default_site=True))
        council.logo = logo
        council.save()
        home_page.save_revision().publish()

    assert has_renditions(logo, ["council_logo"])
    assert_views_make_no_rendition(client, ["/id/"], resizing_fails)


def test_make_renditions_makes_what_is_missing_once(client, home_page, resizing_fails):
    # Content written without any after-commit task (as a bulk import would).
    index = MotifIndexPageFactory(parent=home_page)
    motif = MotifPageFactory(
        parent=index, image=new_image(), body=[gallery(new_image(), new_image())]
    )
    profile = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))
    product = ProductFactory(photos=2, artisan=profile.artisan, motif=motif)
    assert not SiteRendition.objects.exists()

    first, second = StringIO(), StringIO()
    call_command("make_renditions", stdout=first)
    made = SiteRendition.objects.count()
    call_command("make_renditions", stdout=second)

    in_use = images_in_use()
    expected = sum(len(specs_for(*uses)) for uses in in_use.values())
    assert made == expected
    assert f"Made {made} renditions for {len(in_use)} images in use." in first.getvalue()
    assert f"Made 0 renditions for {len(in_use)} images in use." in second.getvalue()
    assert SiteRendition.objects.count() == made
    assert_views_make_no_rendition(
        client,
        ["/id/", index.url, motif.url, profile.url, product.get_absolute_url()],
        resizing_fails,
    )


def test_a_fresh_demo_serves_every_page_without_resizing(client, resizing_fails):
    out = StringIO()
    call_command("load_demo", photo_size=96, force=True, stdout=out)

    assert "renditions for" in out.getvalue()
    urls = [
        page.url
        for page in apps.get_model("wagtailcore", "Page")
        .objects.live()
        .filter(depth__gt=1)
        .specific()
    ]
    urls += [product.get_absolute_url() for product in Product.objects.live()]
    urls.append(reverse("catalog:product_list"))
    assert SiteImage.objects.exists()
    assert_views_make_no_rendition(client, urls, resizing_fails)
