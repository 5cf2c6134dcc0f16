"""An artisan lists and keeps their products from the phone; nothing goes live unreviewed."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest
from PIL import ExifTags, Image

from catalog.listings import approve_listing
from catalog.models import ListingStatus, Product, ReviewState
from tests.catalog.factories import CategoryFactory, ProductFactory, submitted_listing
from tests.home.test_images import phone_photo

from .accounts import artisan_account

pytestmark = pytest.mark.django_db


def upload(name="kain.jpg", content=None, content_type="image/jpeg"):
    return SimpleUploadedFile(name, phone_photo() if content is None else content, content_type)


def listing_data(category, **changes):
    data = {"name": "Kain Batik Kayangan", "price": "350000", "stock": "3", "category": category.pk}
    data.update(changes)
    return data


@pytest.fixture
def category():
    return CategoryFactory(name="Kain Batik")


@pytest.fixture
def artisan_client(client):
    user, artisan = artisan_account("sri")
    client.force_login(user)
    client.artisan, client.user = artisan, user
    return client


def test_a_new_listing_with_two_photos_waits_for_review(artisan_client, category):
    response = artisan_client.post(
        reverse("portal:listing_add"),
        {**listing_data(category), "photos": [upload("a.jpg"), upload("b.jpg")]},
    )

    assert response.status_code == 302
    product = Product.objects.get(name="Kain Batik Kayangan")
    assert product.artisan == artisan_client.artisan
    assert product.listing_status == ListingStatus.AWAITING_REVIEW
    assert product.slug == "kain-batik-kayangan"
    assert product.images.count() == 2
    assert not Product.objects.live().filter(pk=product.pk).exists()
    assert artisan_client.get(product.get_absolute_url()).status_code == 404


def test_an_approved_listing_is_on_the_site(artisan_client, category, admin_user):
    artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": [upload()]}
    )
    product = Product.objects.get(name="Kain Batik Kayangan")

    approve_listing(product, admin_user)

    product.refresh_from_db()
    assert product.live and product.review_state == ReviewState.NONE
    assert artisan_client.get(product.get_absolute_url()).status_code == 200


def test_a_change_to_a_live_listing_waits_while_the_old_version_stays(artisan_client, category):
    product = ProductFactory(artisan=artisan_client.artisan, name="Selendang", price=200_000)
    edit_url = reverse("portal:listing_edit", args=[product.pk])

    artisan_client.post(edit_url, listing_data(category, name="Selendang Sutra", price="250000"))

    product.refresh_from_db()
    assert (product.name, product.price, product.live) == ("Selendang", 200_000, True)
    assert product.listing_status == ListingStatus.CHANGES_AWAITING_REVIEW
    form = artisan_client.get(edit_url).context["form"]
    assert form.initial["name"] == "Selendang Sutra"  # the artisan sees what they submitted


def test_stock_alone_changes_at_once_and_survives_a_later_approval(artisan_client, category):
    product = ProductFactory(artisan=artisan_client.artisan, name="Selendang", stock=5)
    edit_url = reverse("portal:listing_edit", args=[product.pk])
    artisan_client.post(edit_url, listing_data(category, name="Selendang Baru", stock="5"))

    artisan_client.post(
        reverse("portal:listing_stock", args=[product.pk]), {f"p{product.pk}-stock": "1"}
    )
    product.refresh_from_db()
    assert product.stock == 1 and product.name == "Selendang"

    approve_listing(product, None)
    product.refresh_from_db()
    assert (product.name, product.stock) == ("Selendang Baru", 1)


def test_a_rejected_listing_shows_the_councils_note(artisan_client, category, admin_user):
    from catalog.listings import send_back_listing

    product = submitted_listing(artisan=artisan_client.artisan)
    send_back_listing(product, admin_user, "Foto kurang terang.")

    page = artisan_client.get(reverse("portal:my_listings")).content.decode()

    assert "Foto kurang terang." in page


def test_hide_and_show_again_without_a_new_review(artisan_client):
    product = ProductFactory(artisan=artisan_client.artisan)
    product.save_revision().publish()
    url = reverse("portal:listing_visibility", args=[product.pk])

    artisan_client.post(url, {"action": "hide"})
    product.refresh_from_db()
    assert not product.live and product.listing_status == ListingStatus.HIDDEN

    artisan_client.post(url, {"action": "show"})
    product.refresh_from_db()
    assert product.live


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"name": ""}, "name"),
        ({"price": "0"}, "price"),
        ({"price": "seratus"}, "price"),
        ({"stock": "-1"}, "stock"),
        ({"made_to_order": "on"}, "production_days"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_saved(artisan_client, category, data, error):
    response = artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category, **data), "photos": [upload()]}
    )

    assert response.status_code == 200
    assert error in response.context["form"].errors
    assert not Product.objects.exists()


def bomb():
    buffer = BytesIO()
    Image.new("1", (12_000, 12_000)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("photo", "message"),
    [
        (None, "paling sedikit satu foto"),  # the Indonesian message
        (upload("notes.txt", b"just text", "text/plain"), "notes.txt"),
        (upload("half.jpg", phone_photo()[:200]), "half.jpg"),
        (upload("bomb.png", bomb(), "image/png"), "bomb.png"),
        (upload("empty.jpg", b""), "empty.jpg"),
    ],
)
def test_bad_photos_are_refused_with_a_message(artisan_client, category, photo, message):
    photos = [photo] if photo is not None else []
    response = artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": photos}
    )

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["photos"])
    assert not Product.objects.exists()
    assert response.context["form"]["name"].value() == "Kain Batik Kayangan"  # kept


def test_too_many_photos_are_refused(artisan_client, category):
    photos = [upload(f"{n}.jpg") for n in range(9)]

    response = artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": photos}
    )

    assert "photos" in response.context["form"].errors


def test_html_appended_to_a_photo_is_not_kept(artisan_client, category):
    photo = upload("kain.jpg", phone_photo(trailer=b"<html><script>alert(1)</script></html>"))

    artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": [photo]}
    )

    image = Product.objects.get().images.get().image
    with image.open_file() as stored:
        assert b"<script>" not in stored.read()


def test_no_gps_in_the_stored_photo_nor_in_any_rendition(
    artisan_client, category, django_capture_on_commit_callbacks
):
    from catalog.photos import PRODUCT_PHOTO_RENDITIONS

    with django_capture_on_commit_callbacks(execute=True):
        artisan_client.post(
            reverse("portal:listing_add"), {**listing_data(category), "photos": [upload()]}
        )
    image = Product.objects.get().images.get().image

    renditions = list(image.renditions.all())
    assert len(renditions) == len(PRODUCT_PHOTO_RENDITIONS)  # made ahead, at upload
    for stored in [image, *renditions]:
        with stored.file.open("rb") as file:
            content = file.read()
        with Image.open(BytesIO(content)) as picture:
            assert picture.getexif().get_ifd(ExifTags.IFD.GPSInfo) == {}
        assert b"PhoneMaker" not in content


def test_renditions_made_ahead_are_the_ones_the_pages_use(
    artisan_client, category, admin_user, django_capture_on_commit_callbacks
):
    from home.models import SiteRendition

    with django_capture_on_commit_callbacks(execute=True):
        artisan_client.post(
            reverse("portal:listing_add"), {**listing_data(category), "photos": [upload()]}
        )
    product = Product.objects.get()
    approve_listing(product, admin_user)
    made_ahead = SiteRendition.objects.count()

    artisan_client.get(reverse("catalog:product_list"))
    artisan_client.get(product.get_absolute_url())

    assert SiteRendition.objects.count() == made_ahead


def test_the_shop_list_costs_the_same_queries_for_3_and_30_listings(artisan_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        artisan_client.get(reverse("portal:my_listings"))  # thumbnails made once
        with CaptureQueriesContext(connection) as captured:
            assert artisan_client.get(reverse("portal:my_listings")).status_code == 200
        return len(captured)

    ProductFactory.create_batch(3, artisan=artisan_client.artisan)
    with_three = queries()
    ProductFactory.create_batch(27, artisan=artisan_client.artisan)

    assert queries() == with_three


def test_an_oversized_photo_is_refused_with_its_size(artisan_client, category, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    photo = upload("besar.jpg", phone_photo(width=800, height=600))

    response = artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": [photo]}
    )

    errors = " ".join(response.context["form"].errors["photos"])
    assert "besar.jpg" in errors and "1,0" in errors  # the limit, written the Indonesian way
    assert not Product.objects.exists()


def test_changing_only_the_stock_in_the_form_needs_no_review(artisan_client, category):
    product = ProductFactory(artisan=artisan_client.artisan, name="Selendang", stock=5)
    edit_url = reverse("portal:listing_edit", args=[product.pk])
    form = artisan_client.get(edit_url).context["form"]
    data = {name: value for name, value in form.initial.items() if value not in (None, [])}
    data["materials"] = []

    artisan_client.post(edit_url, {**data, "category": product.category_id, "stock": "2"})

    product.refresh_from_db()
    assert product.stock == 2
    assert product.listing_status == ListingStatus.LIVE
    assert product.revisions.count() == 0


def test_a_listing_the_council_took_down_stays_down(artisan_client, admin_user):
    product = ProductFactory(artisan=artisan_client.artisan)
    product.save_revision().publish()
    product.refresh_from_db()
    product.unpublish(user=admin_user)

    artisan_client.post(reverse("portal:listing_visibility", args=[product.pk]), {"action": "show"})

    product.refresh_from_db()
    assert not product.live


def test_a_hidden_listing_with_a_change_waiting_comes_back_only_by_approval(
    artisan_client, category, admin_user
):
    product = ProductFactory(artisan=artisan_client.artisan, name="Selendang")
    visibility = reverse("portal:listing_visibility", args=[product.pk])
    artisan_client.post(visibility, {"action": "hide"})
    artisan_client.post(
        reverse("portal:listing_edit", args=[product.pk]), listing_data(category, name="Baru")
    )

    artisan_client.post(visibility, {"action": "show"})
    product.refresh_from_db()
    assert not product.live

    approve_listing(product, admin_user)
    product.refresh_from_db()
    assert product.live and product.name == "Baru"


def test_photos_from_the_shop_have_no_owner_who_could_change_them_in_the_admin(
    artisan_client, category
):
    artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": [upload()]}
    )

    image = Product.objects.get().images.get().image

    assert image.uploaded_by_user is None
    assert artisan_client.post(reverse("wagtailimages:delete", args=[image.pk])).status_code != 200
    assert type(image).objects.filter(pk=image.pk).exists()


def test_removing_a_photo_that_is_not_there_is_named(artisan_client, category):
    product = ProductFactory(artisan=artisan_client.artisan)

    response = artisan_client.post(
        reverse("portal:listing_edit", args=[product.pk]),
        {**listing_data(category), "remove_photos": ["999"]},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["remove_photos"][0] in response.content.decode()


@pytest.mark.parametrize(("field", "value"), [("stock", "100001"), ("price", str(10**12 + 1))])
def test_absurd_numbers_are_refused(artisan_client, category, field, value):
    response = artisan_client.post(
        reverse("portal:listing_add"),
        {**listing_data(category, **{field: value}), "photos": [upload()]},
    )

    assert field in response.context["form"].errors
