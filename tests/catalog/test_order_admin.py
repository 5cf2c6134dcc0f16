"""Editors look after orders in the admin: cancel (stock back for what was not sent, a refund
when asked), set an artisan's part by hand, write notes; filter and export the list. Nobody
else reaches these pages."""

import csv
import io
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import (
    Cart,
    DeliveryMethod,
    FulfilmentStatus,
    Order,
    OrderNote,
    OrderStatus,
    OutgoingEmail,
    Payment,
    PaymentStatus,
    Product,
)
from catalog.order_actions import OrderActionError, cancel_order, refund_payment, set_fulfilment
from catalog.payments.bank_transfer import bank_transfer
from tests.catalog.factories import ProductFactory

from .accounts import artisan_account, buyer_account, editor_account

pytestmark = pytest.mark.django_db

DETAILS = {"name": "Rina", "email": "rina@example.com", "phone": "0812345678", "delivery": "pickup"}


@pytest.fixture
def editor():
    return editor_account()


def new_order(*quantities, **details):
    """An unpaid order of one Rp100.000 product (stock 5) per quantity, each by its artisan."""
    cart = Cart.objects.create()
    products = [ProductFactory(price=100_000, stock=5) for _quantity in quantities]
    for product, quantity in zip(products, quantities, strict=True):
        add_to_cart(cart, product, None, quantity)
    order = place_order(cart, **{**DETAILS, **details})
    order.products = products
    order.parts = [order.fulfilments.get(artisan=product.artisan) for product in products]
    return order


def paid(order, editor):
    bank_transfer.confirm(bank_transfer.start(order), editor)
    order.refresh_from_db()
    for part in order.parts:
        part.refresh_from_db()
    return order


def stock(product):
    return Product.objects.get(pk=product.pk).stock


def inspect_url(order):
    return reverse("wagtailsnippets_catalog_order:inspect", args=[order.pk])


def test_an_editor_cancels_an_unpaid_order_and_its_stock_comes_back(client, editor):
    order = new_order(2)
    client.force_login(editor)

    response = client.post(reverse("catalog_order_cancel", args=[order.pk]), {"reason": "Ganda"})

    order.refresh_from_db()
    assert response.status_code == 302
    assert order.status == OrderStatus.CANCELLED and stock(order.products[0]) == 5
    note = OrderNote.objects.get(order=order)
    assert note.author == editor and "Alasan: Ganda" in note.text


def test_cancelling_a_paid_order_leaves_a_part_already_sent_alone(editor):
    order = paid(new_order(2, 1), editor)
    sent, unsent = order.parts
    set_fulfilment(sent, editor, FulfilmentStatus.SHIPPED, "JNE", "JNE123")

    cancel_order(order, editor, reason="Perajin kehabisan bahan", refund_amount=100_000)

    order.refresh_from_db()
    sent.refresh_from_db()
    unsent.refresh_from_db()
    assert order.status == OrderStatus.PAID  # the sent part goes on
    assert sent.status == FulfilmentStatus.SHIPPED and stock(order.products[0]) == 3
    assert unsent.status == FulfilmentStatus.CANCELLED and stock(order.products[1]) == 5
    assert order.payments.get().refunded_amount == 100_000


def test_cancelling_a_paid_order_not_sent_refunds_everything_when_asked(client, editor):
    order = paid(new_order(1, 1), editor)
    client.force_login(editor)
    url = reverse("catalog_order_cancel", args=[order.pk])
    form = client.get(url).context["form"]
    assert form["refund_amount"].value() == order.total  # suggested: all of it

    client.post(url, {"reason": "", "refund_amount": order.total, "event_id": "refund-c1"})

    order.refresh_from_db()
    payment = order.payments.get()
    assert order.status == OrderStatus.CANCELLED
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == order.total
    assert [stock(product) for product in order.products] == [5, 5]
    assert OrderNote.objects.filter(order=order, author=editor).count() == 2  # cancel, refund


def test_a_refused_refund_cancels_nothing(client, editor):
    order = paid(new_order(1), editor)
    client.force_login(editor)
    data = {"reason": "Salah alamat", "refund_amount": order.total + 1, "event_id": "refund-c2"}

    response = client.post(reverse("catalog_order_cancel", args=[order.pk]), data)

    order.refresh_from_db()
    assert response.status_code == 200
    assert "melebihi yang dapat dikembalikan" in response.content.decode()
    assert "Salah alamat" in response.content.decode()  # the form as it was sent
    assert order.status == OrderStatus.PAID and stock(order.products[0]) == 4
    assert order.parts[0].status == FulfilmentStatus.PAID
    assert not OrderNote.objects.exists()


def test_an_order_whose_parts_were_all_sent_cannot_be_cancelled(client, editor):
    order = paid(new_order(1), editor)
    set_fulfilment(order.parts[0], editor, FulfilmentStatus.DELIVERED, "JNE", "JNE9")
    client.force_login(editor)

    response = client.post(reverse("catalog_order_cancel", args=[order.pk]), {"reason": ""})

    assert "sudah dikirim" in response.content.decode()
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID


def test_a_cancelled_order_is_not_cancelled_twice(editor):
    order = new_order(1)
    cancel_order(order, editor)

    with pytest.raises(OrderActionError, match="sudah dibatalkan"):
        cancel_order(order, editor)
    assert stock(order.products[0]) == 5  # given back once


def test_an_editor_marks_a_part_delivered_with_a_note(client, editor):
    order = paid(new_order(1), editor)
    part = order.parts[0]
    client.force_login(editor)
    url = reverse("catalog_order_fulfilment", args=[order.pk, part.pk])
    data = {
        "status": "delivered",
        "courier": "JNE",
        "tracking": "JNE55",
        "note": "Kurir konfirmasi",
    }

    response = client.post(url, data)

    part.refresh_from_db()
    assert response.status_code == 302
    assert (part.status, part.courier, part.tracking_number) == ("delivered", "JNE", "JNE55")
    note = OrderNote.objects.get(order=order)
    assert note.author == editor
    assert "JNE55" in note.text and "diterima" in note.text and "Kurir konfirmasi" in note.text
    entry = ModelLogEntry.objects.get(action="catalog.order.fulfilment", object_id=str(order.pk))
    assert entry.user == editor


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"status": "shipped", "courier": "JNE", "tracking": ""}, "nomor resi"),
        ({"status": "paid", "courier": "", "tracking": ""}, "Tidak ada yang diubah"),
        ({"status": "cancelled", "courier": "", "tracking": ""}, "bukan salah satu dari pilihan"),
    ],
)
def test_a_part_set_wrongly_is_refused_with_a_message(client, editor, data, message):
    order = paid(new_order(1), editor)
    Order.objects.filter(pk=order.pk).update(delivery_method=DeliveryMethod.COURIER)
    part = order.parts[0]
    client.force_login(editor)

    response = client.post(reverse("catalog_order_fulfilment", args=[order.pk, part.pk]), data)

    assert response.status_code == 200 and message in response.content.decode()
    part.refresh_from_db()
    assert part.status == FulfilmentStatus.PAID


def test_a_part_of_an_unpaid_order_cannot_be_set(editor):
    order = new_order(1)

    with pytest.raises(OrderActionError, match="sudah dibayar"):
        set_fulfilment(order.parts[0], editor, FulfilmentStatus.DELIVERED, "JNE", "JNE1")


def test_a_note_is_saved_with_its_author_and_shown(client, editor):
    order = new_order(1)
    client.force_login(editor)

    client.post(reverse("catalog_order_note", args=[order.pk]), {"text": "Pembeli menelepon."})
    empty = client.post(reverse("catalog_order_note", args=[order.pk]), {"text": "  "})

    note = OrderNote.objects.get(order=order)
    assert (note.author, note.text) == (editor, "Pembeli menelepon.")
    assert empty.status_code == 200 and empty.context["form"].errors
    page = client.get(inspect_url(order)).content.decode()
    assert "Pembeli menelepon." in page and editor.username in page


def test_the_order_page_shows_parts_payments_and_actions(client, editor):
    order = paid(new_order(2, 1), editor)
    client.force_login(editor)

    page = client.get(inspect_url(order)).content.decode()

    assert order.products[0].name in page and str(order.parts[1].artisan) in page
    assert "Dana diterima" in page and "Rp300.000" in page  # the ledger, in words
    assert reverse("catalog_order_cancel", args=[order.pk]) in page
    assert reverse("catalog_order_refund", args=[order.pk, order.payments.get().pk]) in page
    assert reverse("catalog_order_fulfilment", args=[order.pk, order.parts[0].pk]) in page
    # no form to type an order's fields in: the edit address leads to this page
    edit = client.get(reverse("wagtailsnippets_catalog_order:edit", args=[order.pk]))
    assert edit.status_code == 302 and edit.url == inspect_url(order)


@pytest.mark.parametrize("who", ["anonymous", "artisan", "buyer"])
def test_only_editors_reach_the_order_pages(client, editor, who):
    order = paid(new_order(1), editor)
    if who == "artisan":
        client.force_login(artisan_account("sri", order.parts[0].artisan)[0])
    elif who == "buyer":
        client.force_login(buyer_account())
    part = order.parts[0]
    urls = [
        inspect_url(order),
        reverse("catalog_order_cancel", args=[order.pk]),
        reverse("catalog_order_note", args=[order.pk]),
        reverse("catalog_order_fulfilment", args=[order.pk, part.pk]),
    ]

    for url in urls:
        assert client.get(url).status_code in (302, 403), url
    client.post(urls[1], {"reason": "x"})
    client.post(urls[3], {"status": "delivered", "courier": "JNE", "tracking": "J1"})
    order.refresh_from_db()
    part.refresh_from_db()
    assert order.status == OrderStatus.PAID and part.status == FulfilmentStatus.PAID
    assert not OrderNote.objects.exists()


def listed(client, query=""):
    response = client.get(reverse("wagtailsnippets_catalog_order:list") + query)
    assert response.status_code == 200
    return {order.number for order in response.context["object_list"]}


def test_filters_narrow_the_order_list(client, editor):
    unpaid = new_order(1)
    paid_order = paid(new_order(1), editor)
    abroad = new_order(1)
    Order.objects.filter(pk=abroad.pk).update(country="NL", delivery_method=DeliveryMethod.COURIER)
    Order.objects.filter(pk=unpaid.pk).update(created_at=timezone.now() - timedelta(days=40))
    client.force_login(editor)
    last_month = (timezone.localdate() - timedelta(days=30)).isoformat()

    assert listed(client) == {unpaid.number, paid_order.number, abroad.number}
    assert listed(client, "?status=paid") == {paid_order.number}
    assert listed(client, "?delivery_method=courier") == {abroad.number}
    assert listed(client, "?country=NL") == {abroad.number}
    assert listed(client, f"?created_at_from={last_month}") == {paid_order.number, abroad.number}


def test_the_export_has_the_delivery_columns(client, editor):
    order = new_order(1)
    Order.objects.filter(pk=order.pk).update(
        country="NL",
        delivery_method=DeliveryMethod.COURIER,
        shipping_service="EMS",
        shipping_cost=250_000,
    )
    client.force_login(editor)

    response = client.get(reverse("wagtailsnippets_catalog_order:list") + "?export=csv")

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    row = rows[0]
    assert row["Negara"] == "Belanda"
    assert row["Pengiriman"] == "Kurir"
    assert "EMS" in row.values() and "250000" in row.values()


def test_a_full_refund_while_parts_are_still_to_send_points_to_cancelling(editor):
    order = paid(new_order(1), editor)
    payment = order.payments.get()

    with pytest.raises(OrderActionError) as refused:
        refund_payment(payment, editor, payment.amount)

    assert "batalkan pesanan" in str(refused.value)
    assert Payment.objects.get(pk=payment.pk).refunded_amount == 0


def test_an_artisan_whose_paid_part_is_cancelled_is_told_not_to_send_it(editor):
    order = paid(new_order(1, 1), editor)
    maker = order.parts[0].artisan
    user, _artisan = artisan_account("sri", maker)
    user.email = "sri@example.com"
    user.save()
    set_fulfilment(order.parts[1], editor, "shipped", courier="JNE", tracking_number="X1")

    cancel_order(order, editor, reason="Kain rusak")

    email = OutgoingEmail.objects.get(to="sri@example.com", kind="part_cancelled_artisan")
    assert email.subject == f"Pesanan {order.number}: jangan kirim bagian Anda, sudah dibatalkan"
