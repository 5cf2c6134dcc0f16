"""Refunds of chosen pieces of a paid order from the admin: the amount from the frozen prices
(shipping only with a whole part not sent yet), through the payment's provider once per form,
never more than is left; pieces of parts not sent yet back to stock once, pieces of parts sent
only when they came back; the buyer told in their language, the artisans not to send them."""

from django.db import connection
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import ModelLogEntry

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.line_refunds import refund_lines
from catalog.models import (
    Cart,
    FulfilmentStatus,
    OrderLine,
    OrderNote,
    OrderStatus,
    OutgoingEmail,
    Payment,
    PaymentEvent,
    Product,
)
from catalog.order_actions import OrderActionError, cancel_order, refund_payment, set_fulfilment
from catalog.payments.bank_transfer import REFUNDED, bank_transfer
from catalog.payments.stripe_client import stripe_client
from catalog.payouts import artisan_payouts
from tests.catalog.factories import BOJONEGORO_ADDRESS, ProductFactory, courier_key, zone_with_rates
from tests.conftest import needs_service

from .accounts import artisan_account, editor_account
from .stripe_events import card_order
from .test_orders import race
from .test_stripe_card import paid_payment

pytestmark = pytest.mark.django_db

BUYER = {"name": "Rina", "email": "rina@example.com", "phone": "0812345678"}


@pytest.fixture
def editor():
    return editor_account()


def new_order(*quantities, delivery="pickup", language="id"):
    """An order of one Rp100.000 product (stock 5) per quantity, each by its own artisan."""
    cart = Cart.objects.create()
    products = [ProductFactory(price=100_000, stock=5) for _quantity in quantities]
    for product, quantity in zip(products, quantities, strict=True):
        add_to_cart(cart, product, None, quantity)
    address = BOJONEGORO_ADDRESS if delivery != "pickup" else {}
    order = place_order(cart, delivery=delivery, language=language, **BUYER, **address)
    order.products = products
    order.lines_ = [OrderLine.objects.get(order=order, product=p) for p in products]
    return order


def paid(order, editor):
    bank_transfer.confirm(bank_transfer.start(order), editor)
    order.refresh_from_db()
    return order


def stock(product):
    return Product.objects.get(pk=product.pk).stock


def part_of(line):
    line.fulfilment.refresh_from_db()
    return line.fulfilment


def refunded(line):
    return OrderLine.objects.get(pk=line.pk).refunded_quantity


def refunds(order):
    return PaymentEvent.objects.filter(payment__order=order, kind=REFUNDED)


def test_some_pieces_of_a_line_are_refunded_by_bank_transfer(editor):
    order = paid(new_order(3), editor)
    line = order.lines_[0]

    refund = refund_lines(order, editor, {line.pk: 1}, note="Satu cacat", event_id="refund-a")

    payment = order.payments.get()
    assert refund.amount == 100_000 and payment.refunded_amount == 100_000
    assert refunded(line) == 1 and stock(order.products[0]) == 3  # 5 - 3 + 1
    assert part_of(line).status == FulfilmentStatus.PAID  # two pieces still to send
    assert refunds(order).get().event_id == "refund-a"
    note = OrderNote.objects.get(order=order)
    assert note.author == editor and "Rp100.000" in note.text and "Satu cacat" in note.text
    entry = ModelLogEntry.objects.get(action="catalog.order.line_refund", object_id=str(order.pk))
    assert entry.user == editor and "Satu cacat" in entry.data["text"]


def test_a_whole_part_not_sent_is_cancelled_and_its_shipping_refunded(editor):
    zone = zone_with_rates((5000, 9_000))
    order = paid(new_order(1, 2, delivery=courier_key(zone)), editor)
    first, second = order.lines_
    assert part_of(first).shipping_cost == 9_000

    refund = refund_lines(order, editor, {first.pk: 1}, event_id="refund-b1")

    assert refund.amount == 109_000 and [p.pk for p in refund.cancelled] == [first.fulfilment_id]
    assert part_of(first).status == FulfilmentStatus.CANCELLED
    order.refresh_from_db()
    assert order.status == OrderStatus.PAID  # the other part goes on

    refund_lines(order, editor, {second.pk: 2}, event_id="refund-b2")

    order.refresh_from_db()
    payment = order.payments.get()
    assert order.status == OrderStatus.CANCELLED
    assert payment.refunded_amount == payment.amount == 318_000
    assert [stock(product) for product in order.products] == [5, 5]


def test_part_of_a_line_only_leaves_the_shipping_with_the_part(editor):
    zone = zone_with_rates((5000, 9_000))
    order = paid(new_order(2, delivery=courier_key(zone)), editor)

    refund = refund_lines(order, editor, {order.lines_[0].pk: 1}, event_id="refund-c")

    assert refund.amount == 100_000 and not refund.cancelled


def test_the_form_sent_twice_refunds_and_restores_stock_once(client, editor):
    order = paid(new_order(3), editor)
    line = order.lines_[0]
    url = reverse("catalog_order_line_refund", args=[order.pk])
    client.force_login(editor)
    form = client.get(url).context["form"]
    data = {"event_id": form["event_id"].value(), f"line-{line.pk}": "2", "note": "Retur"}

    preview = client.post(url, data)  # the amount, to confirm
    assert preview.status_code == 200 and preview.context["plan"].amount == 200_000
    assert "Rp200.000" in preview.content.decode()
    assert refunded(line) == 0 and not refunds(order).exists()  # nothing done yet
    data["amount_seen"] = "200000"
    first = client.post(url, data)
    again = client.post(url, data)  # a double click, or the page sent again

    assert first.status_code == again.status_code == 302
    assert refunded(line) == 2 and stock(order.products[0]) == 4  # 5 - 3 + 2, once
    assert order.payments.get().refunded_amount == 200_000 and refunds(order).count() == 1
    assert OrderNote.objects.filter(order=order).count() == 1
    assert OutgoingEmail.objects.filter(kind="lines_refunded_buyer").count() == 1
    levels = [m.level_tag for m in again.wsgi_request._messages]
    assert levels == ["success", "warning"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_form_sent_ten_times_at_once_refunds_once(editor):
    in_memory = connection.vendor == "sqlite" and connection.is_in_memory_db()
    needs_service("a database on disk", not in_memory, "threads cannot race in memory")
    order = paid(new_order(3), editor)
    line = order.lines_[0]

    results, errors = race(
        10, lambda i: refund_lines(order, editor, {line.pk: 2}, event_id="refund-race")
    )

    assert errors == [] and len([r for r in results if r is not None]) == 1
    assert refunded(line) == 2 and stock(order.products[0]) == 4
    assert order.payments.get().refunded_amount == 200_000 and refunds(order).count() == 1


def test_more_pieces_than_are_left_are_refused_and_nothing_changes(editor):
    order = paid(new_order(3, 1), editor)  # the other part keeps the order going
    line = order.lines_[0]
    refund_lines(order, editor, {line.pk: 2}, event_id="refund-d1")

    with pytest.raises(OrderActionError, match=line.product_name) as refused:
        refund_lines(order, editor, {line.pk: 2}, event_id="refund-d2")

    assert "1" in str(refused.value)  # the one piece left
    assert refunded(line) == 2 and stock(order.products[0]) == 4
    assert order.payments.get().refunded_amount == 200_000 and refunds(order).count() == 1
    set_fulfilment(line.fulfilment, editor, FulfilmentStatus.SHIPPED, "JNE", "JNE1")
    refund_lines(order, editor, {line.pk: 1}, event_id="refund-d3")  # a sent part stays
    with pytest.raises(OrderActionError, match=line.product_name):
        refund_lines(order, editor, {line.pk: 1}, event_id="refund-d4")  # every piece refunded
    assert refunds(order).count() == 2


def test_an_over_refund_in_the_admin_is_shown_with_the_form(client, editor):
    order = paid(new_order(1), editor)
    line = order.lines_[0]
    client.force_login(editor)
    url = reverse("catalog_order_line_refund", args=[order.pk])
    data = {"event_id": "refund-e", f"line-{line.pk}": "2", "note": "Dua?", "amount_seen": ""}

    response = client.post(url, data)

    page = response.content.decode()
    assert response.status_code == 200 and line.product_name in page and "Dua?" in page
    assert [m.level_tag for m in response.wsgi_request._messages] == ["error"]
    assert refunded(line) == 0 and stock(order.products[0]) == 4 and not refunds(order).exists()


def test_nothing_chosen_is_refused(editor):
    order = paid(new_order(1), editor)

    with pytest.raises(OrderActionError):
        refund_lines(order, editor, {order.lines_[0].pk: 0}, event_id="refund-f")
    assert not refunds(order).exists()


@pytest.mark.parametrize(("came_back", "stock_after"), [(False, 3), (True, 4)])
def test_a_shipped_part_gets_its_stock_back_only_when_the_pieces_came_back(
    editor, came_back, stock_after
):
    zone = zone_with_rates((5000, 9_000))
    order = paid(new_order(2, delivery=courier_key(zone)), editor)
    line = order.lines_[0]
    set_fulfilment(line.fulfilment, editor, FulfilmentStatus.SHIPPED, "JNE", "JNE1")

    refund = refund_lines(order, editor, {line.pk: 1}, came_back=came_back, event_id="refund-g")

    assert stock(order.products[0]) == stock_after
    assert refund.amount == 100_000  # the parcel went: its shipping is not given back
    assert part_of(line).status == FulfilmentStatus.SHIPPED
    refund_lines(order, editor, {line.pk: 1}, came_back=came_back, event_id="refund-g2")
    assert part_of(line).status == FulfilmentStatus.SHIPPED  # sent, so never cancelled
    assert order.payments.get().refunded_amount == 200_000


def test_cancelling_after_a_refund_gives_back_only_the_pieces_kept(editor):
    order = paid(new_order(3), editor)
    refund_lines(order, editor, {order.lines_[0].pk: 1}, event_id="refund-h")

    cancel_order(order, editor, refund_amount=200_000, refund_event_id="refund-h2")

    assert stock(order.products[0]) == 5
    assert order.payments.get().refunded_amount == 300_000


def test_the_refund_is_capped_by_what_is_left_of_the_payment(editor):
    order = paid(new_order(2), editor)
    line = order.lines_[0]
    refund_payment(order.payments.get(), editor, 150_000, "Potongan", event_id="refund-i1")

    refund = refund_lines(order, editor, {line.pk: 1}, event_id="refund-i2")

    assert refund.amount == 50_000 and refund.capped
    assert order.payments.get().refunded_amount == 200_000
    with pytest.raises(OrderActionError):
        refund_lines(order, editor, {line.pk: 1}, event_id="refund-i3")  # nothing left
    assert refunded(line) == 1


def test_an_artisan_cannot_refund_pieces(client, editor):
    order = paid(new_order(2), editor)
    line = order.lines_[0]
    user, _artisan = artisan_account("sri", line.fulfilment.artisan)
    client.force_login(user)
    url = reverse("catalog_order_line_refund", args=[order.pk])

    assert client.get(url).status_code in (302, 403)
    data = {"event_id": "refund-j", f"line-{line.pk}": "1", "amount_seen": "100000"}
    assert client.post(url, data).status_code in (302, 403)
    assert refunded(line) == 0 and not refunds(order).exists()


def test_the_order_page_offers_the_refund_and_shows_refunded_pieces(client, editor):
    order = paid(new_order(2), editor)
    client.force_login(editor)
    url = reverse("catalog_order_line_refund", args=[order.pk])
    inspect = reverse("wagtailsnippets_catalog_order:inspect", args=[order.pk])

    assert url in client.get(inspect).content.decode()
    form = client.get(url).context["form"]
    assert next(iter(form.fields)) == f"line-{order.lines_[0].pk}"  # the lines first
    assert "came_back" not in form.fields  # nothing was sent

    refund_lines(order, editor, {order.lines_[0].pk: 2}, event_id="refund-k")
    assert url not in client.get(inspect).content.decode()  # cancelled: nothing to refund


@pytest.mark.parametrize(("language", "amount"), [("id", "Rp100.000"), ("en", "IDR 100,000")])
def test_the_buyer_is_told_in_their_language_and_the_artisan_not_to_send(editor, language, amount):
    order = paid(new_order(3, language=language), editor)
    line = order.lines_[0]
    user, _artisan = artisan_account("sri", line.fulfilment.artisan)
    user.email = "sri@example.com"
    user.save()

    refund_lines(order, editor, {line.pk: 1}, event_id="refund-l")

    email = OutgoingEmail.objects.get(kind="lines_refunded_buyer")
    with translation.override(language):
        subject = gettext("Refund for your order %(number)s") % {"number": order.number}
    assert (email.to, email.language, email.subject) == ("rina@example.com", language, subject)
    assert f"1 x {line.product_name}: {amount}" in email.body and order.access_token in email.body
    maker = OutgoingEmail.objects.get(kind="pieces_refunded_artisan")
    assert (maker.to, maker.language) == ("sri@example.com", "id")
    assert f"1 x {line.product_name}" in maker.body and f"2 x {line.product_name}" in maker.body


def test_the_artisan_is_owed_only_the_pieces_kept(editor, settings):
    settings.COUNCIL_COMMISSION_PERCENT = "10"
    order = paid(new_order(3), editor)
    refund_lines(order, editor, {order.lines_[0].pk: 1}, event_id="refund-m")

    owed = artisan_payouts().get(pk=order.products[0].artisan.pk)

    assert (owed.sales, owed.commission, owed.owed) == (200_000, 20_000, 180_000)


@pytest.mark.django_db
def test_pieces_of_a_card_payment_are_refunded_through_stripe_once(localstripe, editor):
    order = card_order(price=75_000, quantity=2)
    payment = paid_payment(order)
    line = OrderLine.objects.get(order=order)

    first = refund_lines(order, editor, {line.pk: 1}, event_id="refund-card-1")
    again = refund_lines(order, editor, {line.pk: 1}, event_id="refund-card-1")

    assert first.amount == 75_000 and again is None
    refunds_at_stripe = stripe_client().v1.refunds.list().data
    assert [(r.amount, r.payment_intent) for r in refunds_at_stripe] == [
        (7_500_000, payment.provider_reference)
    ]
    payment = Payment.objects.get(pk=payment.pk)
    assert payment.refunded_amount == 75_000 and refunded(line) == 1
    assert stock(order.product) == 4  # 5 - 2 + 1
    email = OutgoingEmail.objects.get(kind="lines_refunded_buyer")
    with translation.override(order.language):
        by_card = gettext(
            "%(amount)s goes back to the card you paid with; your bank may take a few days "
            "to show it."
        ) % {"amount": "Rp75.000"}
    assert by_card in email.body


def test_the_buyers_order_page_shows_the_refunded_pieces(client, editor, home_page):
    order = paid(new_order(3), editor)
    refund_lines(order, editor, {order.lines_[0].pk: 1}, event_id="refund-page")

    page = client.get(reverse("checkout:order", args=[order.access_token])).content.decode()

    assert "1 barang dikembalikan dananya" in page
    assert "Dana yang dikembalikan kepada Anda" in page and "Rp100.000" in page
