"""Order emails go through the outbox: each in its reader's language, kept when the mail
server is down, retried later, and visible to editors."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import (
    expire_order,
    expire_overdue_orders,
    mark_order_paid,
    place_order,
)
from catalog.fulfilments import advance
from catalog.models import (
    Cart,
    EmailStatus,
    FulfilmentStatus,
    Order,
    OutgoingEmail,
    PaymentStatus,
    ShippingZone,
)
from catalog.order_actions import cancel_order, set_fulfilment
from catalog.payments.bank_transfer import bank_transfer
from home.models import CouncilSettings
from tests.artisans.factories import ArtisanFactory
from tests.catalog.factories import (
    BOJONEGORO_ADDRESS,
    ProductFactory,
    courier_key,
    zone_with_rates,
)

from .accounts import artisan_account, editor_account

pytestmark = pytest.mark.django_db

DETAILS = {
    "name": "Jane Smith",
    "email": "jane@example.com",
    "phone": "0812 3456 7890",
    **BOJONEGORO_ADDRESS,
    "delivery": "pickup",
}


@pytest.fixture
def maker(home_page):
    product = ProductFactory(name="Kain Sekar Jati", name_en="Sekar Jati cloth", stock=5)
    user, _artisan = artisan_account("sri", product.artisan)
    user.email = "sri@example.com"
    user.save()
    council = CouncilSettings.for_site(home_page.get_site())
    council.email = "dewan@example.com"
    council.save()
    return product


def order_in(client, language, product, settings):
    """A buyer orders `product` through the pages in `language`."""
    with translation.override(language):
        client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})
        client.post(reverse("checkout:checkout"), DETAILS)


def test_an_order_tells_buyer_artisan_and_council_each_in_their_language(
    client, maker, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        order_in(client, "en", maker, settings)

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"jane@example.com", "sri@example.com", "dewan@example.com"}
    assert sent["jane@example.com"].subject.startswith("Your order PK-")
    assert "Sekar Jati cloth" in sent["jane@example.com"].body
    assert "/en/orders/" in sent["jane@example.com"].body
    assert sent["sri@example.com"].subject.startswith("Pesanan baru PK-")
    assert "/id/toko-saya/pesanan/" in sent["sri@example.com"].body
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_a_mail_server_that_is_down_loses_nothing_and_is_retried(
    client, maker, settings, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr("catalog.outbox.send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        order_in(client, "id", maker, settings)

    waiting = OutgoingEmail.objects.all()
    assert waiting.count() == 3
    assert {(e.status, e.attempts) for e in waiting} == {(EmailStatus.QUEUED, 1)}
    assert "Connection unexpectedly closed" in waiting[0].last_error

    monkeypatch.undo()
    call_command("send_emails")  # not due yet: nothing is sent early
    assert len(mail.outbox) == 0
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_emails")
    assert len(mail.outbox) == 3
    assert set(OutgoingEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_after_many_refusals_an_email_is_marked_failed_for_the_editors(
    client, maker, settings, monkeypatch
):
    from catalog.outbox import MAX_ATTEMPTS, send

    monkeypatch.setattr(
        "catalog.outbox.send_mail", lambda *a, **k: (_ for _ in ()).throw(OSError("down"))
    )
    order_in(client, "id", maker, settings)
    email = OutgoingEmail.objects.get(to="jane@example.com")
    for _attempt in range(MAX_ATTEMPTS):
        send(email)

    assert email.status == EmailStatus.FAILED
    client.force_login(editor_account())
    listing = client.get(reverse("wagtailsnippets_catalog_outgoingemail:list") + "?status=failed")
    assert "jane@example.com" in listing.content.decode()


def test_the_same_cart_submitted_again_sends_nothing_more(client, maker, settings):
    order_in(client, "id", maker, settings)
    client.post(reverse("checkout:checkout"), DETAILS)

    assert OutgoingEmail.objects.count() == 3


# The later steps of an order: paid, closed unpaid, each part shipped and delivered.

COURIER_DETAILS = {
    "name": "Jane O'Brien",
    "email": "jane@example.com",
    "phone": "0812 3456 7890",
    **BOJONEGORO_ADDRESS,
    "village": "Luwihaji",
    "district": "Ngraho",
    "regency": "Kabupaten Bojonegoro",
    "province": "Jawa Timur",
}


@pytest.fixture
def two_makers(home_page):
    """Two artisans, each with an account that has an email, and the council's contacts."""
    makers = []
    for username, business_name in (("sri", "Batik Sekar Jati"), ("tono", "Ledre Tono")):
        artisan = ArtisanFactory(business_name=business_name)
        user, _artisan = artisan_account(username, artisan)
        user.email = f"{username}@example.com"
        user.save()
        makers.append(artisan)
    council = CouncilSettings.for_site(home_page.get_site())
    council.email, council.whatsapp = "dewan@example.com", "0812 1111 2222"
    council.address = "Jl. Panglima Sudirman 1, Bojonegoro"
    council.save()
    return makers


def order_from(makers, language="en", delivery="courier"):
    """An order placed in `language` with a cloth from the first maker and two bags from the
    second, by courier or for pickup; the outbox then starts empty."""
    cart = Cart.objects.create()
    add_to_cart(cart, ProductFactory(artisan=makers[0], name="Kain Sekar Jati", stock=5), None, 1)
    add_to_cart(cart, ProductFactory(artisan=makers[1], name="Tas Ledre", stock=5), None, 2)
    if delivery == "courier":
        zone = ShippingZone.objects.first() or zone_with_rates((5000, 20_000))
        delivery = courier_key(zone)
    order = place_order(cart, language=language, delivery=delivery, **COURIER_DETAILS)
    order.payment = bank_transfer.start(order)
    order.parts = list(order.fulfilments.order_by("pk"))
    OutgoingEmail.objects.all().delete()
    return order


def queued(kind=None):
    """The emails in the outbox by recipient (of one kind when given)."""
    emails = OutgoingEmail.objects.all()
    if kind:
        emails = emails.filter(kind=kind)
    return {email.to: email for email in emails}


def test_a_confirmed_payment_tells_the_buyer_in_english_and_each_artisan_in_indonesian(
    two_makers,
):
    order = order_from(two_makers, "en")

    bank_transfer.confirm(order.payment, editor_account())

    sent = queued()
    assert set(sent) == {"jane@example.com", "sri@example.com", "tono@example.com"}
    buyer = sent["jane@example.com"]
    assert (buyer.kind, buyer.language) == ("payment_confirmed_buyer", "en")
    assert buyer.subject == f"Payment received for your order {order.number}"
    assert f"IDR {order.total:,}" in buyer.body and "makers are now packing" in buyer.body
    assert "From Batik Sekar Jati:" in buyer.body and "2 x Tas Ledre" in buyer.body
    assert "Jane O'Brien" in buyer.body  # plain text: nothing HTML-escaped
    assert f"http://testserver/en/orders/{order.access_token}/" in buyer.body
    sri = sent["sri@example.com"]
    assert (sri.kind, sri.language) == ("payment_confirmed_artisan", "id")
    assert sri.subject == f"Pesanan {order.number} sudah dibayar: kemas dan kirim bagian Anda"
    assert "1 x Kain Sekar Jati" in sri.body and "Tas Ledre" not in sri.body
    assert "Pembeli: Jane O'Brien" in sri.body
    assert "Kirim dengan JNE Reguler" in sri.body and "Luwihaji, Ngraho" in sri.body
    assert f"/id/toko-saya/pesanan/#part-{order.parts[0].pk}" in sri.body
    assert "2 x Tas Ledre" in sent["tono@example.com"].body


def test_for_a_pickup_the_artisan_brings_the_part_to_the_gallery(two_makers):
    order = order_from(two_makers, "id", delivery="pickup")

    bank_transfer.confirm(order.payment, editor_account())

    sent = queued()
    assert "antarkan bagian Anda ke sana" in sent["sri@example.com"].body
    assert "Luwihaji" not in sent["sri@example.com"].body
    buyer = sent["jane@example.com"]
    assert buyer.subject == f"Pembayaran untuk pesanan {order.number} sudah kami terima"
    assert "galeri Dekranasda" in buyer.body and "Jl. Panglima Sudirman 1" in buyer.body


def test_confirming_twice_or_an_order_no_longer_open_sends_nothing_more(two_makers):
    order = order_from(two_makers)
    editor = editor_account()
    bank_transfer.confirm(order.payment, editor)
    OutgoingEmail.objects.all().delete()

    bank_transfer.confirm(order.payment, editor)
    assert not mark_order_paid(order)
    lapsed = order_from(two_makers)
    expire_order(lapsed)
    OutgoingEmail.objects.all().delete()
    bank_transfer.confirm(lapsed.payment, editor)

    assert not OutgoingEmail.objects.exists()


def test_a_rejected_transfer_tells_the_buyer_what_to_do(two_makers):
    order = order_from(two_makers, "en")

    bank_transfer.reject(order.payment, editor_account(), "No such transfer")

    sent = queued()
    assert set(sent) == {"jane@example.com"}
    email = sent["jane@example.com"]
    assert (email.kind, email.language) == ("order_cancelled_buyer", "en")
    assert email.subject == f"Your order {order.number} is cancelled"
    assert "pieces have been released" in email.body and "contact the council" in email.body
    assert "dewan@example.com" in email.body and "0812 1111 2222" in email.body
    assert "The council's note: No such transfer" in email.body
    order.payment.refresh_from_db()
    assert order.payment.status == PaymentStatus.FAILED


def test_a_buyer_who_cancels_hears_it_in_their_language(client, two_makers):
    order = order_from(two_makers, "id")

    client.post(reverse("checkout:cancel", args=[order.access_token]))

    email = queued("order_cancelled_buyer")["jane@example.com"]
    assert email.subject == f"Pesanan Anda {order.number} dibatalkan"
    assert "hubungi Dekranasda" in email.body


def test_an_order_that_expires_unpaid_tells_the_buyer_once(two_makers):
    past = timezone.now() - timedelta(minutes=1)
    unpaid, paid = order_from(two_makers, "en"), order_from(two_makers, "en")
    bank_transfer.confirm(paid.payment, editor_account())
    Order.objects.filter(pk__in=[unpaid.pk, paid.pk]).update(expires_at=past)
    OutgoingEmail.objects.all().delete()

    assert expire_overdue_orders() == 1
    assert expire_overdue_orders() == 0

    email = OutgoingEmail.objects.get()
    assert (email.kind, email.order_id, email.language) == ("order_expired_buyer", unpaid.pk, "en")
    assert email.subject == f"Your order {unpaid.number} has expired unpaid"
    assert "Nothing is owed" in email.body and "1 x Kain Sekar Jati" in email.body


def test_each_part_shipped_and_delivered_tells_the_buyer_who_sent_it(two_makers):
    order = order_from(two_makers, "en")
    mark_order_paid(order)
    first, second = order.parts
    OutgoingEmail.objects.all().delete()

    advance(first, FulfilmentStatus.PACKED)
    assert not OutgoingEmail.objects.exists()  # packing is the maker's own business
    advance(first, FulfilmentStatus.SHIPPED, courier="JNE", tracking_number="JNE123456")

    shipped = OutgoingEmail.objects.get()
    assert (shipped.kind, shipped.to, shipped.language) == (
        "part_shipped_buyer",
        "jane@example.com",
        "en",
    )
    assert shipped.subject == f"Batik Sekar Jati has sent your pieces (order {order.number})"
    assert "Courier: JNE" in shipped.body and "JNE123456" in shipped.body
    assert "One more part of your order is coming separately" in shipped.body

    advance(first, FulfilmentStatus.DELIVERED)
    delivered = OutgoingEmail.objects.get(kind="part_delivered_buyer")
    assert (
        delivered.subject
        == f"Your pieces from Batik Sekar Jati have arrived (order {order.number})"
    )
    assert "One more part of your order is still on its way." in delivered.body

    advance(second, FulfilmentStatus.SHIPPED, courier="J&T", tracking_number="JT987")
    advance(second, FulfilmentStatus.DELIVERED)
    last = OutgoingEmail.objects.filter(kind="part_delivered_buyer").latest("pk")
    assert "Ledre Tono" in last.subject and "your whole order has arrived" in last.body
    assert "J&T" in OutgoingEmail.objects.filter(kind="part_shipped_buyer").latest("pk").body


def test_parts_for_pickup_tell_the_buyer_when_all_are_at_the_gallery(two_makers):
    order = order_from(two_makers, "id", delivery="pickup")
    mark_order_paid(order)
    first, second = order.parts
    for part in (first, second):
        advance(part, FulfilmentStatus.SHIPPED, courier="Diantar", tracking_number="-")
    OutgoingEmail.objects.all().delete()

    advance(first, FulfilmentStatus.DELIVERED)
    advance(second, FulfilmentStatus.DELIVERED)

    first_email, last_email = OutgoingEmail.objects.order_by("pk")
    assert first_email.subject.startswith("Barang Anda dari Batik Sekar Jati sudah ada di galeri")
    assert "1 bagian lain dari pesanan Anda masih dalam perjalanan." in first_email.body
    assert "Semua bagian pesanan Anda kini sudah ada di galeri" in last_email.body
    assert "Jl. Panglima Sudirman 1" in last_email.body


def test_a_mail_server_down_at_confirmation_keeps_the_payment_and_the_emails(
    two_makers, monkeypatch, django_capture_on_commit_callbacks
):
    order = order_from(two_makers)
    monkeypatch.setattr(
        "catalog.outbox.send_mail", lambda *a, **k: (_ for _ in ()).throw(OSError("down"))
    )

    with django_capture_on_commit_callbacks(execute=True):
        bank_transfer.confirm(order.payment, editor_account())

    order.refresh_from_db()
    assert order.status == "paid"
    assert {(e.kind, e.status, e.attempts) for e in OutgoingEmail.objects.all()} == {
        ("payment_confirmed_buyer", EmailStatus.QUEUED, 1),
        ("payment_confirmed_artisan", EmailStatus.QUEUED, 1),
    }
    monkeypatch.undo()
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_emails")
    assert sorted(message.to[0] for message in mail.outbox) == [
        "jane@example.com",
        "sri@example.com",
        "tono@example.com",
    ]


def test_a_lapsed_order_no_longer_waits_for_its_transfer(two_makers):
    order = order_from(two_makers)

    expire_order(order)

    order.payment.refresh_from_db()
    assert order.payment.status == PaymentStatus.FAILED


def test_a_part_an_editor_marks_shipped_or_cancels_tells_the_buyer(two_makers):
    order = order_from(two_makers, "en")
    editor = editor_account()
    bank_transfer.confirm(order.payment, editor)
    OutgoingEmail.objects.all().delete()

    set_fulfilment(order.parts[0], editor, "shipped", courier="JNE", tracking_number="JNE123")
    cancel_order(order, editor, reason="Out of stock", refund_amount=40_000)

    shipped, cancelled = (
        queued("part_shipped_buyer")["jane@example.com"],
        queued("paid_parts_cancelled_buyer")["jane@example.com"],
    )
    assert "JNE123" in shipped.body
    assert cancelled.subject == f"Part of your order {order.number} is cancelled"
    assert "2 x Tas Ledre" in cancelled.body and "Kain Sekar Jati" not in cancelled.body
    assert "IDR 40,000 is being transferred back to you" in cancelled.body
