"""Refunds through the payment interface: an editor records that the council transferred money
back; one form sent = one refund, never more than was paid, full refund = REFUNDED."""

from django.urls import reverse

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import Cart, OrderNote, PaymentEvent, PaymentStatus
from catalog.payments.bank_transfer import REFUNDED, bank_transfer
from catalog.payments.base import RefundError
from tests.catalog.factories import ProductFactory

from .accounts import artisan_account, editor_account

pytestmark = pytest.mark.django_db

DETAILS = {"name": "Rina", "email": "rina@example.com", "phone": "0812345678", "delivery": "pickup"}


@pytest.fixture
def editor():
    return editor_account()


@pytest.fixture
def payment(editor):
    """A bank transfer of Rp300.000 the council received."""
    cart = Cart.objects.create()
    add_to_cart(cart, ProductFactory(price=150_000, stock=5), None, 2)
    order = place_order(cart, **DETAILS)
    payment = bank_transfer.start(order)
    bank_transfer.confirm(payment, editor)
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED and payment.amount == 300_000
    return payment


def refunds(payment):
    return PaymentEvent.objects.filter(payment=payment, kind=REFUNDED)


def test_a_refund_is_recorded_once_per_event_id(payment, editor):
    assert bank_transfer.refund(payment, 100_000, editor, event_id="refund-1") is True
    assert bank_transfer.refund(payment, 100_000, editor, event_id="refund-1") is False

    payment.refresh_from_db()
    assert payment.refunded_amount == 100_000
    assert payment.status == PaymentStatus.SUCCEEDED  # partly refunded
    assert refunds(payment).count() == 1


def test_each_refund_without_an_id_is_a_new_one(payment, editor):
    bank_transfer.refund(payment, 50_000, editor)
    bank_transfer.refund(payment, 50_000, editor)

    payment.refresh_from_db()
    assert payment.refunded_amount == 100_000 and refunds(payment).count() == 2


def test_a_full_refund_marks_the_payment_refunded(payment, editor):
    bank_transfer.refund(payment, 200_000, editor)
    bank_transfer.refund(payment, 100_000, editor)

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REFUNDED and payment.refunded_amount == 300_000


@pytest.mark.parametrize(
    ("already", "amount", "message"),
    [
        (0, 300_001, "Rp300.001 melebihi yang dapat dikembalikan"),
        (250_000, 60_000, "hanya Rp50.000"),
        (0, 0, "lebih dari nol"),
        (0, -5, "lebih dari nol"),
    ],
)
def test_a_refund_above_what_is_left_is_refused(payment, editor, already, amount, message):
    if already:
        bank_transfer.refund(payment, already, editor)

    with pytest.raises(RefundError, match=message):
        bank_transfer.refund(payment, amount, editor)

    payment.refresh_from_db()
    assert payment.refunded_amount == already
    assert refunds(payment).count() == (1 if already else 0)


def test_the_ledger_itself_refuses_an_over_refund(payment, editor):
    """A refund checked against a stale copy of the payment is checked again when applied:
    the event is not kept."""
    stale = type(payment).objects.get(pk=payment.pk)
    bank_transfer.refund(payment, 300_000, editor)

    with pytest.raises(RefundError):
        bank_transfer.refund(stale, 1_000, editor)

    assert refunds(payment).count() == 1


def test_a_payment_not_received_cannot_be_refunded(editor):
    cart = Cart.objects.create()
    add_to_cart(cart, ProductFactory(stock=5), None, 1)
    pending = bank_transfer.start(place_order(cart, **DETAILS))

    with pytest.raises(RefundError, match="sudah diterima"):
        bank_transfer.refund(pending, 1_000, editor)


def refund_url(payment):
    return reverse("catalog_order_refund", args=[payment.order_id, payment.pk])


def test_an_editor_records_a_refund_in_the_admin_once(client, payment, editor):
    client.force_login(editor)
    form = client.get(refund_url(payment)).context["form"]
    event_id = form["event_id"].value()
    data = {"amount": "120000", "note": "BCA a.n. Rina, 2 Des", "event_id": event_id}

    first = client.post(refund_url(payment), data)
    client.post(refund_url(payment), data)  # a double click

    payment.refresh_from_db()
    assert first.status_code == 302
    assert payment.refunded_amount == 120_000
    note = OrderNote.objects.get(order=payment.order)
    assert note.author == editor and "Rp120.000" in note.text and "BCA" in note.text


def test_an_over_refund_in_the_admin_is_shown_and_nothing_is_lost(client, payment, editor):
    client.force_login(editor)
    data = {"amount": "999000", "note": "Transfer BRI", "event_id": "refund-x"}

    response = client.post(refund_url(payment), data)

    page = response.content.decode()
    assert response.status_code == 200
    assert "melebihi yang dapat dikembalikan" in page
    assert 'value="999000"' in page and "Transfer BRI" in page
    payment.refresh_from_db()
    assert payment.refunded_amount == 0


def test_only_editors_who_check_payments_record_refunds(client, payment):
    user, _artisan = artisan_account("sri", payment.order.fulfilments.get().artisan)
    client.force_login(user)

    response = client.post(refund_url(payment), {"amount": "1000", "event_id": "refund-y"})

    assert response.status_code in (302, 403)
    payment.refresh_from_db()
    assert payment.refunded_amount == 0
