"""Images and documents uploaded in the Wagtail admin: every bad file refused with a clear
message and nothing kept; polyglots stored without their payload; documents served so that
nothing in them runs (tests/uploads.py builds the files)."""

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import ImageFile

from home.uploads import MESSAGES, PhotoField
from tests.uploads import (
    BAD_PHOTOS,
    HTML,
    POLYGLOT_PHOTOS,
    SVG,
    carries_payload,
    error_codes,
    files_under,
    jpeg,
    pdf,
    png_declaring,
    upload,
    zip_bytes,
)

pytestmark = pytest.mark.django_db


def add_image(client, file, title="Foto batik"):
    return client.post(
        reverse("wagtailimages:add"), {"title": title, "file": file, "collection": 1}
    )


@pytest.mark.parametrize(("name", "content", "code"), BAD_PHOTOS)
def test_a_bad_image_is_refused_in_the_admin_with_its_message(
    admin_client, settings, name, content, code
):
    response = add_image(admin_client, upload(name, content))

    form = response.context["form"]
    assert response.status_code == 200
    assert error_codes(form, "file") == [code]
    assert form.errors["file"][0] in response.content.decode()  # shown on the form
    assert 'value="Foto batik"' in response.content.decode()  # the title is kept
    assert not get_image_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


def test_messages_name_what_is_wrong_in_the_users_words(admin_client):
    empty = add_image(admin_client, upload("kosong.jpg", b"")).context["form"]
    mislabelled = add_image(admin_client, upload("foto.png", jpeg())).context["form"]
    large = add_image(admin_client, upload("besar.png", png_declaring(9_000, 9_000)))

    assert empty.errors["file"] == [str(MESSAGES["empty"])]
    assert mislabelled.errors["file"] == [
        str(MESSAGES["mislabelled"] % {"extension": "png", "actual": "JPEG"})
    ]
    assert "9.000 x 9.000" in large.context["form"].errors["file"][0]  # Indonesian grouping


def test_an_image_over_the_size_limit_is_refused_with_both_sizes(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    photo = jpeg((300, 200))
    assert len(photo) > 1024

    form = add_image(admin_client, upload("besar.jpg", photo)).context["form"]

    assert error_codes(form, "file") == ["too_large"]
    assert "1,0\xa0KB" in form.errors["file"][0]  # filesizeformat, Indonesian decimal comma
    assert not get_image_model().objects.exists()


def test_a_file_of_gigabytes_is_refused_by_its_size_without_being_read(settings, monkeypatch):
    """A sparse temporary file: 3 GB by its size, nothing on disk; refused before any read."""
    huge = TemporaryUploadedFile("besar.jpg", "image/jpeg", 3 * 1024**3, None)
    huge.file.truncate(3 * 1024**3)
    monkeypatch.setattr(TemporaryUploadedFile, "read", lambda *a: pytest.fail("file was read"))

    with pytest.raises(ValidationError) as refusal:
        PhotoField().clean(huge)

    assert refusal.value.code == "too_large"
    assert "3.072 MB" in refusal.value.messages[0] and "20 MB" in refusal.value.messages[0]
    huge.close()


def test_pixels_are_counted_from_the_header_before_anything_is_decoded(monkeypatch):
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: pytest.fail("decoded"))

    for width, code in ((30_000, "bomb"), (9_000, "too_many_pixels")):
        with pytest.raises(ValidationError) as refusal:
            PhotoField().clean(upload("bom.png", png_declaring(width, width)))
        assert refusal.value.code == code


@pytest.mark.parametrize(("name", "content"), POLYGLOT_PHOTOS)
def test_whatever_hides_in_or_after_a_photo_is_not_stored(admin_client, name, content):
    assert carries_payload(content)

    response = add_image(admin_client, upload(name, content))

    assert response.status_code == 302
    image = get_image_model().objects.get()
    with image.open_file() as stored:
        kept = stored.read()
    assert not carries_payload(kept)
    assert image.file_size == len(kept)


def test_a_photo_checked_by_the_form_is_encoded_once(admin_client, monkeypatch):
    from home import photo_metadata

    calls = []
    original = photo_metadata.without_metadata
    monkeypatch.setattr(
        "home.uploads.without_metadata", lambda *a, **k: calls.append(1) or original(*a, **k)
    )
    monkeypatch.setattr(
        "home.models.images.without_metadata", lambda *a, **k: calls.append(2) or original(*a, **k)
    )

    assert add_image(admin_client, upload("kain.jpg", jpeg())).status_code == 302
    assert calls == [1]


def test_the_multiple_uploader_refuses_a_bomb_and_keeps_nothing(admin_client, settings):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload("bom.png", png_declaring(30_000, 30_000))},
        headers={"x-requested-with": "XMLHttpRequest"},
    )

    assert response.json()["success"] is False
    assert str(MESSAGES["bomb"] % {"limit": "60"}) in response.json()["error_message"]
    assert not get_image_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


# --- Documents --------------------------------------------------------------------------------

DOCX = zip_bytes({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})


def add_document(client, name, content, title="Panduan"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": upload(name, content), "collection": 1},
    )


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("kosong.pdf", b"", "empty"),
        ("halaman.html", HTML, "invalid_extension"),
        ("gambar.svg", SVG, "invalid_extension"),
        ("halaman.pdf", HTML, "document_mislabelled"),
        ("foto.docx", jpeg(), "document_mislabelled"),
        ("arsip.xlsx", zip_bytes({"shell.php": b"<?php ?>"}), "document_mislabelled"),
        ("halaman.csv", HTML, "document_mislabelled"),
        ("data.csv", pdf(), "document_mislabelled"),
    ],
)
def test_a_bad_document_is_refused_with_its_message(admin_client, settings, name, content, code):
    response = add_document(admin_client, name, content)

    form = response.context["form"]
    assert response.status_code == 200
    assert error_codes(form, "file") == [code]
    assert 'value="Panduan"' in response.content.decode()
    assert not get_document_model().objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


def test_a_document_over_the_size_limit_is_refused(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    response = add_document(admin_client, "besar.pdf", pdf(b"x" * 4096))

    assert error_codes(response.context["form"], "file") == ["too_large"]
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content"), [("panduan.pdf", pdf()), ("panduan.docx", DOCX), ("data.csv", b"a;b\n")]
)
def test_good_documents_are_accepted(admin_client, name, content):
    assert add_document(admin_client, name, content).status_code == 302
    assert get_document_model().objects.get().file_size == len(content)


@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [
        ("panduan.pdf", pdf(), "inline"),
        ("data.csv", b"nama;kecamatan\n", "attachment"),
        # Stored before the checks, or by code: still never shown as a page.
        ("halaman.html", HTML, "attachment"),
        ("gambar.svg", SVG, "attachment"),
    ],
)
def test_documents_are_served_so_that_nothing_in_them_runs(client, name, content, disposition):
    document = get_document_model().objects.create(title="Dok", file=ContentFile(content, name))

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_documents_go_through_the_checked_view_even_from_object_storage(settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]
    assert not {"html", "htm", "svg", "js", "xml"} & set(settings.WAGTAILDOCS_EXTENSIONS)


def test_a_stored_svg_image_upload_is_impossible_whatever_its_name():
    for name in ("gambar.svg", "gambar.png", "gambar.jpg"):
        with pytest.raises(ValidationError) as refusal:
            PhotoField().clean(upload(name, SVG))
        assert refusal.value.code in ("photo_type", "not_a_photo")


def test_temporary_files_over_the_memory_limit_are_checked_the_same(settings):
    """Django keeps uploads over 2.5 MB in a temporary file: the same checks apply to them."""
    photo = TemporaryUploadedFile("foto.jpg", "image/jpeg", 0, None)
    photo.write(jpeg() + HTML)
    photo.size = photo.tell()
    photo.seek(0)

    stored = PhotoField().clean(photo)

    assert not carries_payload(stored.read())
    photo.close()


# --- Files too large to keep ------------------------------------------------------------------


class MultipartStream:
    """A multipart body with one file of `size` bytes, produced as it is read (never held)."""

    boundary = "PasarKriyaBoundary"

    def __init__(self, size):
        head = (
            f'--{self.boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="besar.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
        ).encode()
        tail = f"\r\n--{self.boundary}--\r\n".encode()
        self.parts = [head, size, tail]
        self.length = len(head) + size + len(tail)

    def read(self, n=-1):
        if not self.parts:
            return b""
        part = self.parts[0]
        if isinstance(part, int):
            take = part if n < 0 else min(n, part)
            self.parts[0] = part - take
            if not self.parts[0]:
                self.parts.pop(0)
            return b"\xff" * take
        chunk, rest = (part, b"") if n < 0 else (part[:n], part[n:])
        if rest:
            self.parts[0] = rest
        else:
            self.parts.pop(0)
        return chunk


def test_past_the_upload_limit_nothing_more_is_kept(settings, tmp_path, monkeypatch):
    from django.core.files.uploadhandler import load_handler
    from django.http.multipartparser import MultiPartParser

    from home.upload_limits import OversizeUpload

    settings.FILE_UPLOAD_MAX_SIZE = 1024 * 1024
    settings.FILE_UPLOAD_TEMP_DIR = str(tmp_path)
    written = []
    monkeypatch.setattr(
        TemporaryUploadedFile, "write", lambda self, data: written.append(len(data)), raising=False
    )
    stream = MultipartStream(64 * 1024 * 1024)
    meta = {
        "CONTENT_TYPE": f"multipart/form-data; boundary={stream.boundary}",
        "CONTENT_LENGTH": str(stream.length),
    }
    handlers = [load_handler(path) for path in settings.FILE_UPLOAD_HANDLERS]

    _post, files = MultiPartParser(meta, stream, handlers).parse()

    kept = files["file"]
    assert isinstance(kept, OversizeUpload) and kept.size == 64 * 1024 * 1024
    assert sum(written) <= settings.FILE_UPLOAD_MAX_SIZE + 64 * 1024  # one chunk at most past
    with pytest.raises(ValidationError) as refusal:
        PhotoField().clean(kept)
    assert refusal.value.code == "too_large" and "64 MB" in refusal.value.messages[0]


def test_a_photo_over_the_upload_limit_is_refused_by_the_form(admin_client, settings):
    settings.FILE_UPLOAD_MAX_SIZE = 1024
    photo = jpeg((300, 200))
    assert len(photo) > 1024

    form = add_image(admin_client, upload("besar.jpg", photo)).context["form"]

    assert error_codes(form, "file") == ["too_large"]
    assert "1,0\xa0KB" in form.errors["file"][0]
    assert not get_image_model().objects.exists()
