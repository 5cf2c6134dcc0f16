"""Uploaded photos are published without the metadata phones write into them."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.images import get_image_model

import pytest
from PIL import ExifTags, Image

pytestmark = pytest.mark.django_db


def phone_photo(width=40, height=20, orientation=6, trailer=b""):
    """A JPEG as a phone writes it: GPS position, camera model, rotated by EXIF."""
    picture = Image.new("RGB", (width, height), (120, 60, 30))
    exif = picture.getexif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Orientation] = orientation
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {ExifTags.GPS.GPSLatitudeRef: "S", ExifTags.GPS.GPSLatitude: (7.0, 9.0, 0.0)}
    )
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue() + trailer


def stored_exif(image):
    with image.open_file() as stored, Image.open(stored) as picture:
        return dict(picture.getexif()), picture.size


def test_saved_image_loses_gps_and_camera_data_and_is_turned_upright():
    image = get_image_model().objects.create(
        title="Kain", file=SimpleUploadedFile("kain.jpg", phone_photo())
    )

    exif, size = stored_exif(image)

    assert exif == {}
    assert size == (20, 40)  # orientation 6 means "rotate 90°": the stored file is upright
    assert (image.width, image.height) == (20, 40)


def test_anything_appended_to_the_file_is_dropped():
    image = get_image_model().objects.create(
        title="Kain",
        file=SimpleUploadedFile("kain.jpg", phone_photo(trailer=b"<script>alert(1)</script>")),
    )

    with image.open_file() as stored:
        content = stored.read()

    assert b"<script>" not in content
    assert image.file_size == len(content)


def test_photo_uploaded_in_the_admin_is_stored_without_metadata(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto produk",
            "file": SimpleUploadedFile("foto.jpg", phone_photo(), content_type="image/jpeg"),
            "collection": 1,
        },
    )

    assert response.status_code == 302
    image = get_image_model().objects.get(title="Foto produk")
    assert stored_exif(image)[0] == {}


def test_png_keeps_its_transparency():
    picture = Image.new("RGBA", (8, 8), (0, 0, 0, 0))
    buffer = BytesIO()
    picture.save(buffer, format="PNG")

    image = get_image_model().objects.create(
        title="Logo", file=SimpleUploadedFile("logo.png", buffer.getvalue())
    )

    with image.open_file() as stored, Image.open(stored) as saved:
        assert saved.format == "PNG"
        assert saved.mode == "RGBA"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("truncated.jpg", phone_photo(width=400, height=300)[:600]),
        ("empty.jpg", b""),
        ("not-an-image.jpg", b"<html><script>alert(1)</script></html>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
    ],
)
def test_unreadable_uploads_are_refused_with_a_message(admin_client, name, content):
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Foto", "file": SimpleUploadedFile(name, content), "collection": 1},
    )

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.filter(title="Foto").exists()


def test_truncated_photo_in_the_multiple_uploader_is_refused(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": SimpleUploadedFile("truncated.jpg", phone_photo(400, 300)[:600])},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert get_image_model().objects.count() == 0
