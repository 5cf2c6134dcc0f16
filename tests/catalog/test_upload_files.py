"""The artisans' product photos and the buyers' proofs of transfer: every bad file refused
with a clear message, the rest of the form kept, nothing saved; what is kept holds nothing but
the picture or the PDF, and is served so that nothing in it runs (files: tests/uploads.py)."""

from django.core.files.base import ContentFile
from django.urls import reverse

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.forms import TransferProofForm
from catalog.checkout.services import place_order
from catalog.models import Cart, PaymentStatus, Product
from home.models import SiteImage
from home.uploads import MESSAGES
from tests.catalog.factories import CategoryFactory, ProductFactory
from tests.home.test_images import phone_photo
from tests.uploads import (
    BAD_PHOTOS,
    HTML,
    PDF_WITH_SCRIPT,
    POLYGLOT_PHOTOS,
    SVG,
    ZIP_WITH_PHP,
    carries_payload,
    error_codes,
    files_under,
    jpeg,
    pdf,
    png_declaring,
    upload,
)

from .accounts import artisan_account, editor_account
from .test_bank_transfer import DETAILS, order_url
from .test_portal import listing_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def category():
    return CategoryFactory(name="Kain Batik")


@pytest.fixture
def artisan_client(client):
    user, _artisan = artisan_account("sri")
    client.force_login(user)
    return client


@pytest.fixture
def order():
    cart = Cart.objects.create()
    add_to_cart(cart, ProductFactory(stock=5), None, 1)
    return place_order(cart, **DETAILS)


def message_start(code):
    """The words of a message before its first placeholder, in the active language."""
    return str(MESSAGES[code]).split("%(")[0]


@pytest.mark.parametrize(("name", "content", "code"), BAD_PHOTOS)
def test_a_bad_product_photo_is_refused_and_the_listing_kept(
    artisan_client, category, settings, name, content, code
):
    data = {**listing_data(category), "description": "Batik tulis pewarna alam"}

    response = artisan_client.post(
        reverse("portal:listing_add"), {**data, "photos": [upload(name, content)]}
    )

    errors = " ".join(response.context["form"].errors["photos"])
    page = response.content.decode()
    assert response.status_code == 200
    assert name in errors and message_start(code) in errors
    assert "Kain Batik Kayangan" in page and "Batik tulis pewarna alam" in page  # kept
    assert not Product.objects.exists() and not SiteImage.objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


def test_one_bad_photo_among_good_ones_saves_none_of_them(artisan_client, category, settings):
    photos = [upload("a.jpg", jpeg()), upload("bom.png", png_declaring(30_000, 30_000))]

    response = artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": photos}
    )

    assert "bom.png" in " ".join(response.context["form"].errors["photos"])
    assert not SiteImage.objects.exists()
    assert files_under(settings.MEDIA_ROOT) == []


@pytest.mark.parametrize(("name", "content"), POLYGLOT_PHOTOS)
def test_a_product_photo_is_stored_without_what_hid_in_it(artisan_client, category, name, content):
    response = artisan_client.post(
        reverse("portal:listing_add"), {**listing_data(category), "photos": [upload(name, content)]}
    )

    assert response.status_code == 302
    image = SiteImage.objects.get()
    with image.open_file() as stored:
        assert not carries_payload(stored.read())


# --- Proofs of transfer -----------------------------------------------------------------------

BAD_PROOFS = [
    ("bukti.png", b"", "empty"),
    ("bukti.png", png_declaring(30_000, 30_000), "bomb"),
    ("bukti.png", SVG, "invalid_scan"),
    ("bukti.svg", SVG, "invalid_scan"),
    ("bukti.pdf", HTML, "invalid_scan"),
    ("bukti.jpg", ZIP_WITH_PHP, "invalid_scan"),
    ("bukti.pdf", pdf()[:-20], "pdf_damaged"),  # cut short: no %%EOF
    ("bukti.pdf", PDF_WITH_SCRIPT, "pdf_active"),
    ("bukti.jpg", jpeg((400, 300))[:600], "damaged"),
]


@pytest.mark.parametrize(("name", "content", "code"), BAD_PROOFS)
def test_a_bad_proof_is_refused_with_its_message(
    client, home_page, order, settings, name, content, code
):
    response = client.post(order_url(order), {"proof": upload(name, content)})

    form = response.context["form"]
    assert response.status_code == 200
    assert error_codes(form, "proof") == [code]
    assert form.errors["proof"][0] in response.content.decode()
    assert order.payments.get().status == PaymentStatus.PENDING
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []


def test_a_proof_over_the_limit_is_refused_with_both_sizes(client, home_page, order, monkeypatch):
    monkeypatch.setattr(TransferProofForm.base_fields["proof"], "max_size", 1024)

    response = client.post(order_url(order), {"proof": upload("bukti.pdf", pdf(b"x" * 3000))})

    assert error_codes(response.context["form"], "proof") == ["too_large"]
    assert "1,0\xa0KB" in response.context["form"].errors["proof"][0]


def test_a_photo_of_the_receipt_is_kept_without_gps_or_anything_appended(client, home_page, order):
    client.post(order_url(order), {"proof": upload("bukti.jpeg", phone_photo(trailer=HTML))})

    proof = order.payments.get().proof
    with proof.open("rb") as stored:
        kept = stored.read()
    assert proof.name.endswith("bukti.jpg")
    assert not carries_payload(kept) and b"PhoneMaker" not in kept


def test_a_pdf_named_html_is_kept_and_served_as_a_pdf(client, home_page, order):
    client.post(order_url(order), {"proof": upload("bukti.html", pdf())})
    payment = order.payments.get()
    client.force_login(editor_account())

    response = client.get(reverse("catalog_transfer_proof", args=[payment.pk]))

    assert payment.proof.name.endswith(".pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_stored_proof_that_is_not_a_pdf_or_picture_is_only_downloaded(client, order):
    """Kept before these checks, or written by code: a web page is never shown as one."""
    from catalog.payments.bank_transfer import bank_transfer

    payment = bank_transfer.start(order)
    payment.proof.save("bukti.html", ContentFile(HTML), save=True)
    client.force_login(editor_account())

    response = client.get(reverse("catalog_transfer_proof", args=[payment.pk]))

    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"
