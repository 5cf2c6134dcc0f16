"""Faults: the mail server down, hung, then back. Django's real SMTP backend talks to a closed
port, to a server that never answers and to a small working SMTP server (tests/site/
fault_servers.py): an order's emails stay queued with the error, are retried by `send_emails`
with a growing pause, go out once the server is back, and end as failed, shown to editors,
after the last try. Nothing is lost, and the buyer's checkout never waits on it for long."""

import time
from datetime import timedelta

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

import pytest

from catalog import outbox
from catalog.models import EmailStatus, Order, OutgoingEmail
from home.models import CouncilSettings
from tests.catalog.accounts import artisan_account, editor_account
from tests.catalog.factories import ProductFactory

from .fault_servers import closed_port, silent_server, smtp_server

pytestmark = pytest.mark.django_db

DETAILS = {
    "name": "Rina Wulandari",
    "email": "rina@example.com",
    "phone": "0812 3456 7890",
    "country": "ID",
    "delivery": "pickup",
    "payment_method": "bank_transfer",
}
RECIPIENTS = {"rina@example.com", "sri@example.com", "dekranasda@example.com"}


@pytest.fixture
def smtp(settings):
    """Django's SMTP backend, pointed by each test where it needs."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    return settings


@pytest.fixture
def piece(home_page):
    product = ProductFactory(name="Kain Sekar Jati", stock=5)
    user, _artisan = artisan_account("sri", product.artisan)
    user.email = "sri@example.com"
    user.save()
    council = CouncilSettings.for_site(home_page.get_site())
    council.email = "dekranasda@example.com"
    council.save()
    return product


def place_order(client, product, capture):
    with capture(execute=True):  # the emails are sent after the commit, in the request
        client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})
        response = client.post(reverse("checkout:checkout"), DETAILS)
    order = Order.objects.get()
    assert response.status_code == 302 and response.url.endswith(order.access_token + "/")
    return order


def make_due():
    """Time passes: every waiting email's next try has come."""
    OutgoingEmail.objects.filter(status=EmailStatus.QUEUED).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )


def waiting():
    return {(email.to, email.status, email.attempts) for email in OutgoingEmail.objects.all()}


def test_emails_wait_while_the_server_is_down_and_go_once_it_is_back(
    client, piece, smtp, django_capture_on_commit_callbacks
):
    # Down while the buyer orders: the order is placed, its emails kept with the error.
    order = place_order(client, piece, django_capture_on_commit_callbacks)
    assert waiting() == {(to, EmailStatus.QUEUED, 1) for to in RECIPIENTS}
    assert order.emails.count() == 3
    assert all("ConnectionRefusedError" in e.last_error for e in OutgoingEmail.objects.all())

    call_command("send_emails")  # not due yet: the pause after a refusal holds
    assert waiting() == {(to, EmailStatus.QUEUED, 1) for to in RECIPIENTS}

    make_due()
    call_command("send_emails")  # still down: tried again, a longer pause
    assert waiting() == {(to, EmailStatus.QUEUED, 2) for to in RECIPIENTS}
    pause = min(e.next_attempt_at for e in OutgoingEmail.objects.all()) - timezone.now()
    assert timedelta(seconds=100) < pause <= timedelta(minutes=2)

    with smtp_server() as server:
        smtp.EMAIL_PORT = server.port
        call_command("send_emails")  # back, but the pause still holds
        assert server.messages == []
        make_due()
        call_command("send_emails")
        call_command("send_emails")  # nothing twice

    assert sorted(to for m in server.messages for to in m["to"]) == sorted(RECIPIENTS)
    assert all(order.number in m["data"] for m in server.messages)
    assert waiting() == {(to, EmailStatus.SENT, 3) for to in RECIPIENTS}
    assert set(OutgoingEmail.objects.values_list("last_error", flat=True)) == {""}


def test_after_the_last_try_the_email_is_failed_and_shown_to_editors(
    client, piece, smtp, django_capture_on_commit_callbacks
):
    place_order(client, piece, django_capture_on_commit_callbacks)
    for _run in range(outbox.MAX_ATTEMPTS - 1):
        make_due()
        call_command("send_emails")

    assert waiting() == {(to, EmailStatus.FAILED, outbox.MAX_ATTEMPTS) for to in RECIPIENTS}
    with smtp_server() as server:  # back: a failed email is no longer sent by itself
        smtp.EMAIL_PORT = server.port
        make_due()
        call_command("send_emails")
    assert server.messages == []

    client.force_login(editor_account())
    listing = client.get(reverse("wagtailsnippets_catalog_outgoingemail:list") + "?status=failed")
    assert listing.status_code == 200
    assert all(to in listing.content.decode() for to in RECIPIENTS)
    email = OutgoingEmail.objects.get(to="rina@example.com")
    inspect = client.get(
        reverse("wagtailsnippets_catalog_outgoingemail:inspect", args=[email.pk])
    ).content.decode()
    assert "ConnectionRefusedError" in inspect


def test_a_hung_mail_server_holds_a_checkout_for_one_timeout_only(
    client, piece, smtp, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(outbox, "SEND_TIMEOUT_SECONDS", 1)
    with silent_server() as server:
        smtp.EMAIL_PORT = int(server.url.rsplit(":", 1)[1])
        started = time.monotonic()
        order = place_order(client, piece, django_capture_on_commit_callbacks)
        took = time.monotonic() - started
        # Three emails, one connection: the first timed out, the other two wait with it.
        assert server.connections == 1
        assert 1 <= took < 2.5, took
        assert waiting() == {(to, EmailStatus.QUEUED, 1) for to in RECIPIENTS}
        assert all("timed out" in e.last_error for e in OutgoingEmail.objects.all())

        # The next buyer's checkout does not wait on it at all for a while: its emails are
        # left for send_emails.
        other = ProductFactory(artisan=piece.artisan, stock=2)
        with django_capture_on_commit_callbacks(execute=True):
            next_buyer = Client()
            next_buyer.post(reverse("cart:add", args=[other.pk]), {"quantity": 1})
            next_buyer.post(reverse("checkout:checkout"), DETAILS)
        assert server.connections == 1
        later = OutgoingEmail.objects.exclude(order=order)
        assert later.count() == 3 and {(e.status, e.attempts) for e in later} == {
            (EmailStatus.QUEUED, 0)
        }

    with smtp_server() as working:  # back: the command sends them all, paused or not
        smtp.EMAIL_PORT = working.port
        make_due()
        call_command("send_emails")
    assert len(working.messages) == 6
    assert {e.status for e in OutgoingEmail.objects.all()} == {EmailStatus.SENT}


def test_the_wait_for_the_mail_server_is_bounded(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    assert settings.EMAIL_TIMEOUT is None  # Django waits forever unless told
    assert outbox.mail_connection().timeout == outbox.SEND_TIMEOUT_SECONDS == 10
    settings.EMAIL_TIMEOUT = 4
    assert outbox.mail_connection().timeout == 4
    assert outbox.CLAIM_SECONDS > 10 * outbox.SEND_TIMEOUT_SECONDS


def test_two_senders_at_once_send_each_email_once(client, piece, smtp):
    with smtp_server() as server:
        smtp.EMAIL_PORT = server.port
        client.post(reverse("cart:add", args=[piece.pk]), {"quantity": 1})
        client.post(reverse("checkout:checkout"), DETAILS)  # queued (no after-commit send)
        first_sender = list(OutgoingEmail.objects.all())
        second_sender = list(OutgoingEmail.objects.all())  # read before the first sends

        assert [outbox.send(email) for email in first_sender] == [True] * 3
        assert [outbox.send(email) for email in second_sender] == [False] * 3
        call_command("send_emails")

    assert len(server.messages) == 3
    assert waiting() == {(to, EmailStatus.SENT, 1) for to in RECIPIENTS}
