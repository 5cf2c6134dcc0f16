"""An object store that does not answer (AWS_S3_ENDPOINT_URL at a port nobody listens on): an
artisan's new listing and a buyer's proof of transfer are refused with a message in the
visitor's language within seconds, what they typed is kept, and nothing half-stored is left."""

from django.core.files.storage import storages
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext

import pytest
from botocore.exceptions import ClientError

from catalog.listings import save_photos
from catalog.models import PaymentStatus, Product
from home.models import SiteImage
from home.storage import MediaStorage
from tests.catalog.accounts import artisan_account
from tests.catalog.factories import CategoryFactory
from tests.catalog.test_bank_transfer import order_url, receipt_png
from tests.home.test_images import phone_photo
from tests.uploads import upload

from .fault_servers import closed_port
from .object_storage import PUBLIC, keys, use_object_storage

pytestmark = pytest.mark.django_db

PHOTOS_NOT_STORED = (
    "The photos could not be stored just now. Nothing was saved: try again in a few minutes."
)
PROOF_NOT_STORED = (
    "Your proof could not be stored just now. Nothing is lost: send it again in a few minutes."
)


@pytest.fixture
def unreachable_store(settings):
    use_object_storage(settings, AWS_S3_ENDPOINT_URL=f"http://127.0.0.1:{closed_port()}")


def test_a_new_listing_whose_photos_cannot_be_stored_is_kept_in_the_form(client, unreachable_store):
    user, _artisan = artisan_account("sri")
    client.force_login(user)

    response = client.post(
        reverse("portal:listing_add"),
        {
            "name": "Kain Batik Kayangan",
            "price": "350000",
            "stock": "3",
            "category": CategoryFactory().pk,
            "photos": [upload("kain.jpg", phone_photo())],
        },
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert escape(gettext(PHOTOS_NOT_STORED)) in page
    assert 'value="Kain Batik Kayangan"' in page and 'value="350000"' in page
    assert not Product.objects.exists() and not SiteImage.objects.exists()
    # Given up in seconds: few tries, short waits (the path-style addressing still in place).
    config = storages["default"].client_config
    timeouts = (config.connect_timeout, config.read_timeout, config.retries["max_attempts"])
    assert timeouts == (5, 10, 2)
    assert config.s3 == {"addressing_style": "path"}


def test_a_proof_that_cannot_be_stored_is_asked_for_again(
    client, home_page, order, unreachable_store
):
    response = client.post(order_url(order), {"proof": receipt_png()})

    assert response.status_code == 200
    assert escape(gettext(PROOF_NOT_STORED)) in response.content.decode()
    payment = order.payments.get()
    assert payment.status == PaymentStatus.PENDING and not payment.proof


def test_photos_stored_before_the_store_failed_are_deleted_again(
    buckets, monkeypatch, django_capture_on_commit_callbacks
):
    saved = MediaStorage._save
    calls = []

    def fails_on_the_second_photo(storage, name, content):
        calls.append(name)
        if len(calls) == 2:
            raise ClientError({"Error": {"Code": "SlowDown", "Message": "Slow down"}}, "PutObject")
        return saved(storage, name, content)

    monkeypatch.setattr(MediaStorage, "_save", fails_on_the_second_photo)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ClientError):
        save_photos([upload("a.jpg", phone_photo()), upload("b.jpg", phone_photo())], "Kain")

    assert len(calls) == 2
    assert not SiteImage.objects.exists()
    assert keys(buckets, PUBLIC) == set()
