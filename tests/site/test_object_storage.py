"""Media in S3-compatible object storage (AWS_STORAGE_BUCKET_NAME), against moto's in-process
S3: photos land in the public bucket re-encoded, with their renditions, at addresses the pages
and the Content-Security-Policy agree on; documents still go through Wagtail's view; private
files go to a second bucket nobody reads anonymously and come out only through the views that
check who asks; deleted files leave no object behind; a name is never used twice. Without the
variable nothing changes."""

import io
import re
import shutil
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
import requests
from PIL import ExifTags, Image

from artisans.models import Certification, Region
from artisans.registry_import.services import apply_import, preview_import
from catalog.listings import approve_listing
from catalog.models import Product
from catalog.photos import PRODUCT_PHOTO_RENDITIONS
from home.backup import create_backup
from home.private_files import LocalPrivateStorage, private_storage
from home.storage import MediaStorage, PrivateBucketStorage
from privacy.retention import erase_order
from siteconf.settings.base import MEDIA_CACHE_CONTROL, object_storage
from tests.artisans.factories import ArtisanFactory, RegencyFactory
from tests.artisans.registry_sheets import csv_upload, row
from tests.catalog.accounts import artisan_account, editor_account
from tests.catalog.factories import CategoryFactory
from tests.catalog.test_bank_transfer import order_url, receipt_png
from tests.conftest import needs_service
from tests.home.test_images import phone_photo
from tests.site.test_settings import run_manage
from tests.uploads import pdf, upload

from .object_storage import (
    BUCKETS,
    CDN,
    CREDENTIALS,
    ENV,
    PRIVATE,
    PUBLIC,
    content,
    keys,
    use_object_storage,
)

pytestmark = pytest.mark.django_db


def anonymous_get(url):
    """What anyone on the internet gets from an address (moto answers for S3's hosts)."""
    return requests.get(url, timeout=5)


def exif_of(data):
    with Image.open(io.BytesIO(data)) as picture:
        return dict(picture.getexif()), picture.getexif().get_ifd(ExifTags.IFD.GPSInfo)


def add_image(client, name="foto.jpg", title="Foto produk"):
    response = client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": upload(name, phone_photo(), "image/jpeg"), "collection": 1},
    )
    assert response.status_code == 302
    return get_image_model().objects.get(title=title)


def rendition_files(image):
    return {rendition.file.name for rendition in image.renditions.all()}


# --- Settings ----------------------------------------------------------------------------------


def test_without_the_bucket_variable_files_stay_on_disk(settings):
    assert object_storage({}) is None
    assert object_storage({"AWS_STORAGE_BUCKET_NAME": " "}) is None
    assert settings.STORAGES["default"]["BACKEND"] == (
        "django.core.files.storage.FileSystemStorage"
    )
    assert type(storages["default"]) is FileSystemStorage
    assert isinstance(storages["private"], LocalPrivateStorage)
    assert settings.MEDIA_URL == "/media/"


@pytest.mark.parametrize(
    "env",
    [
        {"AWS_STORAGE_BUCKET_NAME": PUBLIC},
        {"AWS_STORAGE_BUCKET_NAME": PUBLIC, "AWS_PRIVATE_STORAGE_BUCKET_NAME": PUBLIC},
    ],
)
def test_private_files_need_a_bucket_of_their_own(env):
    with pytest.raises(ImproperlyConfigured, match="AWS_PRIVATE_STORAGE_BUCKET_NAME"):
        object_storage(env)


def test_the_buckets_options_come_from_the_environment():
    configured, _media_url = object_storage(
        {
            **BUCKETS,
            "AWS_S3_ENDPOINT_URL": "https://is3.cloudhost.id/",
            "AWS_S3_REGION_NAME": "id-jkt-1",
            "AWS_ACCESS_KEY_ID": "key",
            "AWS_SECRET_ACCESS_KEY": "secret",
            "AWS_DEFAULT_ACL": "public-read",
        }
    )
    public, private = configured["default"], configured["private"]

    assert public["BACKEND"] == "home.storage.MediaStorage"
    assert private["BACKEND"] == "home.storage.PrivateBucketStorage"
    for options in (public["OPTIONS"], private["OPTIONS"]):
        assert options["endpoint_url"] == "https://is3.cloudhost.id"
        assert options["region_name"] == "id-jkt-1"
        assert (options["access_key"], options["secret_key"]) == ("key", "secret")
        assert options["file_overwrite"] is False
    assert public["OPTIONS"]["bucket_name"] == PUBLIC
    assert public["OPTIONS"]["querystring_auth"] is False
    assert public["OPTIONS"]["default_acl"] == "public-read"
    assert public["OPTIONS"]["object_parameters"] == {"CacheControl": MEDIA_CACHE_CONTROL}
    assert private["OPTIONS"]["bucket_name"] == PRIVATE
    assert "default_acl" not in private["OPTIONS"]  # the owner alone, S3's default
    # No keys given: boto3 looks for the server's role (or AWS_* variables) itself.
    assert object_storage(BUCKETS)[0]["default"]["OPTIONS"]["access_key"] is None


ADDRESSES = [
    ({"AWS_S3_CUSTOM_DOMAIN": CDN}, f"https://{CDN}/"),
    ({}, f"https://{PUBLIC}.s3.amazonaws.com/"),
    (
        {"AWS_S3_REGION_NAME": "ap-southeast-3"},
        f"https://{PUBLIC}.s3.ap-southeast-3.amazonaws.com/",
    ),
    ({"AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000"}, f"http://127.0.0.1:9000/{PUBLIC}/"),
    (
        {"AWS_S3_ENDPOINT_URL": "https://is3.cloudhost.id", "AWS_S3_REGION_NAME": "id-jkt-1"},
        f"https://is3.cloudhost.id/{PUBLIC}/",
    ),
    (
        {"AWS_S3_ENDPOINT_URL": "https://s3.wasabisys.com", "AWS_S3_ADDRESSING_STYLE": "virtual"},
        f"https://{PUBLIC}.s3.wasabisys.com/",
    ),
]


@pytest.mark.parametrize(("env", "media_url"), ADDRESSES)
def test_media_url_is_where_the_storage_puts_its_addresses(env, media_url):
    configured, found = object_storage({**BUCKETS, **CREDENTIALS, **env})
    storage = MediaStorage(**configured["default"]["OPTIONS"])

    assert found == media_url
    assert (
        storage.url("images/kain.fill-320x320.webp") == f"{media_url}images/kain.fill-320x320.webp"
    )


@pytest.mark.parametrize(("env", "media_url"), ADDRESSES)
def test_the_content_security_policy_lets_pages_show_media_from_the_bucket(
    client, settings, env, media_url
):
    use_object_storage(settings, **env)
    media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(media_url))

    policy = client.get("/robots.txt")["Content-Security-Policy"]

    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert media_origin in directives["img-src"]
    assert media_origin not in directives["script-src"]


def test_production_settings_with_object_storage_pass_the_checks_and_need_no_migration():
    env = {**ENV, "AWS_S3_CUSTOM_DOMAIN": CDN}
    shown = run_manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.MEDIA_URL, s.STORAGES['default']['BACKEND'], s.STORAGES['private']['BACKEND'])",
        **env,
    )
    checked = run_manage("check", "--deploy", "--fail-level", "WARNING", **env)
    migrations = run_manage("makemigrations", "--check", "--dry-run", **env)

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split()[-3:] == [
        f"https://{CDN}/",
        "home.storage.MediaStorage",
        "home.storage.PrivateBucketStorage",
    ]
    assert checked.returncode == 0, checked.stderr
    assert migrations.returncode == 0, migrations.stdout + migrations.stderr
    assert "No changes detected" in migrations.stdout


# --- Photos, renditions, documents -------------------------------------------------------------


def test_a_photo_an_editor_uploads_is_an_object_of_the_public_bucket_without_exif(
    admin_client, buckets
):
    image = add_image(admin_client)

    assert image.file.name in keys(buckets, PUBLIC)
    stored = content(buckets, PUBLIC, image.file.name)
    exif, gps = exif_of(stored)
    assert exif == {} and gps == {}
    assert b"PhoneMaker" not in stored
    assert (image.width, image.height) == (20, 40)  # turned upright by its EXIF
    head = buckets.head_object(Bucket=PUBLIC, Key=image.file.name)
    assert head["CacheControl"] == MEDIA_CACHE_CONTROL
    assert head["ContentType"] == "image/jpeg"
    assert image.file.url == f"https://{PUBLIC}.s3.amazonaws.com/{image.file.name}"
    assert anonymous_get(image.file.url).content == stored  # read by anyone, no signature
    assert not keys(buckets, PRIVATE)


def test_an_artisans_photo_gets_its_renditions_in_the_bucket_and_the_page_shows_them(
    client, behind_cdn, admin_user, django_capture_on_commit_callbacks
):
    user, _artisan = artisan_account("sri")
    client.force_login(user)
    listing = {"name": "Kain Batik Kayangan", "price": "350000", "stock": "3"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("portal:listing_add"),
            {
                **listing,
                "category": CategoryFactory().pk,
                "photos": [upload("kain.jpg", phone_photo())],
            },
        )
    assert response.status_code == 302
    product = Product.objects.get()
    image = product.images.get().image
    approve_listing(product, admin_user)

    renditions = list(image.renditions.all())
    assert len(renditions) == len(PRODUCT_PHOTO_RENDITIONS)  # made ahead, at upload
    assert {image.file.name, *rendition_files(image)} <= keys(behind_cdn, PUBLIC)
    for rendition in renditions:
        assert rendition.url == f"https://{CDN}/{rendition.file.name}"
        data = content(behind_cdn, PUBLIC, rendition.file.name)
        assert exif_of(data)[1] == {} and b"PhoneMaker" not in data
    page = client.get(product.get_absolute_url())
    assert page.status_code == 200
    shown = page.content.decode()
    main = image.get_rendition("format-webp|fill-600x600")
    assert f"https://{CDN}/{main.file.name}" in shown
    assert "/media/" not in shown


def test_a_document_is_served_through_wagtails_view_from_the_bucket(client, buckets):
    document = get_document_model().objects.create(
        title="Panduan", file=ContentFile(pdf(), "panduan.pdf")
    )

    response = client.get(document.url)

    assert document.url.startswith("/documents/")  # the view, not the bucket
    assert document.file.name in keys(buckets, PUBLIC)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == pdf()
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_deleting_an_image_deletes_its_objects(
    admin_client, buckets, django_capture_on_commit_callbacks
):
    image = add_image(admin_client)
    image.get_rendition("fill-160x160|format-webp")
    image.get_rendition("fill-320x320|format-jpeg")
    stored = {image.file.name, *rendition_files(image)}
    assert len(stored) == 3 and stored <= keys(buckets, PUBLIC)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("wagtailimages:delete", args=[image.pk]))

    assert response.status_code == 302
    assert not get_image_model().objects.exists()
    assert keys(buckets, PUBLIC) == set()


def test_a_name_once_used_is_never_given_again(
    admin_client, buckets, django_capture_on_commit_callbacks
):
    first = add_image(admin_client, "kain.jpg", "Kain 1")
    second = add_image(admin_client, "kain.jpg", "Kain 2")
    first_rendition = first.get_rendition("fill-160x160|format-webp").file.name
    used = {first.file.name, second.file.name, first_rendition}
    with django_capture_on_commit_callbacks(execute=True):
        first.delete()  # its objects go: their names are free again
    assert first.file.name not in keys(buckets, PUBLIC)

    third = add_image(admin_client, "kain.jpg", "Kain 3")
    third_rendition = third.get_rendition("fill-160x160|format-webp").file.name

    assert len(used) == 3
    # Caches keep an object a year: a name given again would show the deleted photo.
    assert third.file.name not in used and third_rendition not in used
    originals = [first.file.name, second.file.name, third.file.name]
    assert all(re.fullmatch(r"original_images/kain_\w{7}\.jpg", name) for name in originals)


def test_a_long_name_made_new_still_fits_its_field(buckets):
    name = default_storage.get_available_name(f"documents/{'a' * 86}.pdf", max_length=100)

    assert len(name) <= 100
    assert re.fullmatch(r"documents/a+_\w{7}\.pdf", name)


# --- Private files -----------------------------------------------------------------------------


def test_a_transfer_proof_goes_to_the_private_bucket_and_out_only_through_the_checked_view(
    client, home_page, buckets, order
):
    client.post(order_url(order), {"proof": receipt_png()})
    payment = order.payments.get()
    key = payment.proof.name

    assert key.startswith("transfer-proofs/")
    assert key in keys(buckets, PRIVATE) and key not in keys(buckets, PUBLIC)
    assert isinstance(payment.proof.storage.backend, PrivateBucketStorage)
    grants = buckets.get_object_acl(Bucket=PRIVATE, Key=key)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]  # the owner's only
    assert "URI" not in grants[0]["Grantee"]
    assert anonymous_get(f"https://{PRIVATE}.s3.amazonaws.com/{key}").status_code == 403
    with pytest.raises(ValueError, match="not accessible via a URL"):
        payment.proof.url  # noqa: B018  # the site has no address to give
    proof_view = reverse("catalog_transfer_proof", args=[payment.pk])
    artisan, _artisan = artisan_account("sri", order.fulfilments.get().artisan)
    client.force_login(artisan)
    assert client.get(proof_view).status_code in (302, 403)
    client.force_login(editor_account())
    response = client.get(proof_view)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Security-Policy"] == "sandbox"
    assert b"".join(response.streaming_content) == content(buckets, PRIVATE, key)


def test_erasing_an_order_deletes_its_proof_from_the_bucket(client, home_page, buckets, order):
    client.post(order_url(order), {"proof": receipt_png()})
    assert keys(buckets, PRIVATE)

    erase_order(order, "asked by the buyer")

    assert keys(buckets, PRIVATE) == set()
    assert order.payments.get().proof.name == ""


def test_a_certificates_evidence_is_kept_and_served_from_the_private_bucket(admin_client, buckets):
    certification = Certification(artisan=ArtisanFactory(), kind="pirt", number="P-IRT 1")
    certification.evidence.save("sertifikat.pdf", ContentFile(pdf()), save=True)

    link = reverse("artisans_certificate_evidence", args=[certification.pk])
    edit = reverse("wagtailsnippets_artisans_artisan:edit", args=[certification.artisan.pk])

    page = admin_client.get(edit)
    response = admin_client.get(link)

    assert keys(buckets, PRIVATE) == {certification.evidence.name}
    assert page.status_code == 200 and link in page.content.decode()
    assert b"".join(response.streaming_content) == pdf()
    assert response["Content-Type"] == "application/pdf"


def test_a_registry_sheet_is_kept_in_the_private_bucket_and_read_back_to_import(buckets):
    regency = RegencyFactory()
    Region.objects.create(code="35.22.06", name="Dander", level=3, parent=regency)
    editor = editor_account()

    record = preview_import(csv_upload([row()]), editor, regency_code="35.22")
    outcome = apply_import(record, editor, regency_code="35.22")

    assert keys(buckets, PRIVATE) == {record.file.name}
    assert record.file.name.startswith("registry-imports/")
    assert outcome.applied, outcome.problem


def test_the_private_storage_follows_the_settings_without_a_migration(settings, buckets):
    assert isinstance(private_storage.backend, PrivateBucketStorage)
    assert private_storage.deconstruct() == ("home.private_files.PrivateFileStorage", (), {})
    assert private_storage.base_url is None

    local = {"BACKEND": "home.private_files.LocalPrivateStorage"}
    settings.STORAGES = {**settings.STORAGES, "private": local}

    assert isinstance(private_storage.backend, LocalPrivateStorage)


# --- Backups -----------------------------------------------------------------------------------


def test_a_backup_says_the_media_are_in_object_storage_and_not_in_the_archive(
    buckets, tmp_path, settings
):
    if connection.vendor == "postgresql":
        needs_service("pg_dump", shutil.which("pg_dump"), "apt install postgresql-client")
    (tmp_path / "media" / "original_images").mkdir(parents=True)
    (tmp_path / "media" / "original_images" / "left-over.jpg").write_bytes(b"old")
    default_storage.save("original_images/kain.jpg", ContentFile(b"photo"))
    out = io.StringIO()

    call_command("backup", output_dir=str(tmp_path / "backups"), stdout=out)
    _path, manifest = create_backup(tmp_path / "again")

    assert manifest["media_on_disk"] is False
    assert manifest["not_archived"] == {
        "media": f"bucket {PUBLIC}",
        "private-media": f"bucket {PRIVATE}",
    }
    assert all(not name.startswith(("media/", "private-media/")) for name in manifest["files"])
    said = out.getvalue()
    assert "0 media files and 0 private files" in said
    assert (
        f"Not in the archive, kept in object storage: media (bucket {PUBLIC}), "
        f"private-media (bucket {PRIVATE})." in said
    )
