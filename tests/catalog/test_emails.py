"""Order emails go through the outbox: each in its reader's language, kept when the mail
server is down, retried later, and visible to editors."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from catalog.models import EmailStatus, OutgoingEmail
from home.models import CouncilSettings
from tests.catalog.factories import BOJONEGORO_ADDRESS, ProductFactory

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
