"""Bank transfer: the buyer sends a proof, an editor confirms (paid) or rejects (cancelled,
stock back); every event counts once; proofs are never public."""

from datetime import timedelta
from io import BytesIO

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest
from PIL import Image

from catalog.cart.services import add_to_cart
from catalog.checkout.services import expire_overdue_orders, place_order
from catalog.models import (
    Cart,
    FulfilmentStatus,
    Order,
    OrderStatus,
    PaymentEvent,
    PaymentStatus,
    Product,
)
from catalog.payments.bank_transfer import bank_transfer
from tests.catalog.factories import ProductFactory

from .accounts import artisan_account, editor_account

pytestmark = pytest.mark.django_db

DETAILS = {
    "name": "Rina",
    "email": "rina@example.com",
    "phone": "081234567890",
    "delivery": "pickup",
}


def receipt_png():
    buffer = BytesIO()
    Image.new("RGB", (30, 20), (255, 255, 255)).save(buffer, format="PNG")
    return SimpleUploadedFile("bukti.png", buffer.getvalue(), "image/png")


@pytest.fixture
def order():
    product = ProductFactory(stock=5)
    cart = Cart.objects.create()
    add_to_cart(cart, product, None, 2)
    placed = place_order(cart, **DETAILS)
    placed.product = product
    return placed


def order_url(order):
    return reverse("checkout:order", args=[order.access_token])


def test_the_buyer_sends_a_proof_from_the_order_page(client, home_page, order):
    response = client.post(order_url(order), {"proof": receipt_png()})

    payment = order.payments.get()
    assert response.status_code == 302
    assert payment.status == PaymentStatus.PROOF_SENT
    assert payment.reference == order.number and payment.amount == order.total


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bukti.png", b""),
        ("bukti.png", b"<html><script>alert(1)</script>"),
        ("bukti.pdf", b"MZ\x90\x00 not a pdf"),
        ("bukti.gif", b"GIF89a" + b"\x00" * 20),
    ],
)
def test_a_proof_that_is_not_a_photo_or_pdf_is_refused(client, home_page, order, name, content):
    response = client.post(order_url(order), {"proof": SimpleUploadedFile(name, content)})

    assert response.status_code == 200
    assert response.context["form"].errors["proof"]
    assert order.payments.get().status == PaymentStatus.PENDING


def test_a_proof_over_5_mb_is_refused(client, home_page, order):
    big = SimpleUploadedFile("bukti.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024))

    response = client.post(order_url(order), {"proof": big})

    assert "5 MB" in response.context["form"].errors["proof"][0]


def test_a_confirmed_transfer_pays_the_order_once(order):
    editor = editor_account()
    payment = bank_transfer.start(order)

    assert bank_transfer.confirm(payment, editor) is True
    assert bank_transfer.confirm(payment, editor) is False  # the same event again

    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == OrderStatus.PAID and payment.status == PaymentStatus.SUCCEEDED
    assert set(order.fulfilments.values_list("status", flat=True)) == {FulfilmentStatus.PAID}
    assert PaymentEvent.objects.count() == 1
    assert Product.objects.get(pk=order.product.pk).stock == 3


def test_a_rejected_transfer_cancels_the_order_and_gives_the_stock_back(order):
    payment = bank_transfer.start(order)

    bank_transfer.reject(payment, editor_account(), "Tidak ada transfer masuk.")
    bank_transfer.confirm(payment, editor_account("late"))  # a later click changes nothing

    order.refresh_from_db()
    payment.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED and payment.status == PaymentStatus.FAILED
    assert Product.objects.get(pk=order.product.pk).stock == 5


def test_editors_confirm_many_transfers_at_once_in_the_admin(client, order):
    client.force_login(editor_account())
    payment = bank_transfer.start(order)
    url = reverse("wagtail_bulk_action", args=["catalog", "payment", "confirm_transfer"])

    assert client.get(reverse("wagtailsnippets_catalog_payment:list")).status_code == 200
    client.post(f"{url}?id={payment.pk}&next=/admin/")

    order.refresh_from_db()
    assert order.status == OrderStatus.PAID


def test_a_proof_is_shown_to_editors_only(client, home_page, order):
    client.post(order_url(order), {"proof": receipt_png()})
    payment = order.payments.get()
    proof_url = reverse("catalog_transfer_proof", args=[payment.pk])
    artisan, _artisan = artisan_account("sri", order.fulfilments.get().artisan)

    assert payment.proof.storage.base_url is None  # no public URL at all
    client.force_login(artisan)
    assert client.get(proof_url).status_code in (302, 403)
    client.force_login(editor_account())
    response = client.get(proof_url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "sandbox"


def test_editors_see_and_export_orders_but_do_not_type_them_in(client, order):
    client.force_login(editor_account())
    listing = reverse("wagtailsnippets_catalog_order:list")

    assert order.number in client.get(listing).content.decode()
    assert (
        client.get(reverse("wagtailsnippets_catalog_order:inspect", args=[order.pk])).status_code
        == 200
    )
    assert order.number.encode() in b"".join(client.get(listing + "?export=csv").streaming_content)
    assert client.get(reverse("wagtailsnippets_catalog_order:add")).status_code != 200


def test_a_payment_changes_only_through_its_ledger_never_through_a_form(client, order):
    """Editors confirm or reject transfers; the payment's amount and status take no typing."""
    client.force_login(editor_account())
    payment = bank_transfer.start(order)
    edit = reverse("wagtailsnippets_catalog_payment:edit", args=[payment.pk])
    inspect = reverse("wagtailsnippets_catalog_payment:inspect", args=[payment.pk])

    response = client.post(edit, {"amount": "1", "status": "succeeded", "note": "typed"})

    assert response.status_code == 302 and response.url == inspect
    payment.refresh_from_db()
    assert (payment.amount, payment.status, payment.note) == (order.total, "pending", "")
    assert client.get(inspect).status_code == 200
    add = reverse("wagtailsnippets_catalog_payment:add")
    client.force_login(get_user_model().objects.create_superuser("root", password="x"))
    refused = client.post(add, {"order": order.pk, "amount": "1", "status": "succeeded"})
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    assert order.payments.count() == 1
    listing = client.get(reverse("wagtailsnippets_catalog_payment:list")).content.decode()
    assert edit not in listing


def test_a_proof_after_the_time_to_pay_is_refused_and_the_order_lapses(client, home_page, order):
    bank_transfer.start(order)
    Order.objects.filter(pk=order.pk).update(expires_at=timezone.now() - timedelta(hours=5))

    response = client.post(order_url(order), {"proof": receipt_png()}, follow=True)

    assert "waktu pembayarannya sudah lewat" in response.content.decode()
    assert order.payments.get().status == PaymentStatus.PENDING
    assert expire_overdue_orders() == 1


def test_money_that_arrives_for_a_closed_order_is_recorded_and_can_be_refunded(order):
    payment = bank_transfer.start(order)
    editor = editor_account()
    expire_overdue_orders(now=timezone.now() + timedelta(days=2))

    bank_transfer.confirm(payment, editor)
    payment.refresh_from_db()

    assert Order.objects.get(pk=order.pk).status == OrderStatus.EXPIRED
    assert payment.status == PaymentStatus.SUCCEEDED and "sudah ditutup" in payment.note
    assert bank_transfer.refund(payment, payment.amount, editor)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED


def test_reading_the_order_page_writes_nothing(client, home_page, order):
    bank_transfer.start(order)
    client.get(order_url(order))  # Wagtail creates the council's settings row once

    with CaptureQueriesContext(connection) as queries:
        client.get(order_url(order))

    writes = [
        q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert writes == []
