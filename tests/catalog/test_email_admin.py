"""Failed emails sent again from the admin (Emails > select > Send again): only the failed ones
go back to the outbox with their tries counted from zero, and go out at once; those who may not
handle orders cannot do it."""

from django.core import mail
from django.urls import reverse
from django.utils.translation import ngettext

import pytest

from catalog.models import EmailStatus, OutgoingEmail

from .accounts import artisan_account, editor_account

pytestmark = pytest.mark.django_db


def email(to, status, attempts=8):
    return OutgoingEmail.objects.create(
        kind="order_placed_buyer",
        to=to,
        language="id",
        subject="Pesanan PK-2026-0001 diterima",
        body="Terima kasih.\n",
        status=status,
        attempts=attempts,
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )


def send_again_url(*emails):
    url = reverse("wagtail_bulk_action", args=["catalog", "outgoingemail", "send_again"])
    return url + "?" + "&".join(f"id={each.pk}" for each in emails) + "&next=/admin/"


def test_an_editor_sends_the_failed_emails_again_and_leaves_the_others(
    client, django_capture_on_commit_callbacks
):
    failed = email("rina@example.com", EmailStatus.FAILED)
    sent = email("budi@example.com", EmailStatus.SENT, attempts=1)
    client.force_login(editor_account())

    confirmation = client.get(send_again_url(failed, sent))
    assert confirmation.status_code == 200
    assert "rina@example.com" in confirmation.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(send_again_url(failed, sent), follow=True)

    failed.refresh_from_db()
    sent.refresh_from_db()
    assert failed.status == EmailStatus.SENT and failed.attempts == 1 and failed.last_error == ""
    assert [message.to for message in mail.outbox] == [["rina@example.com"]]
    assert sent.status == EmailStatus.SENT
    shown = [str(message).strip() for message in response.context["messages"]]
    expected = ngettext(
        "%(count)d failed email is being sent again.",
        "%(count)d failed emails are being sent again.",
        1,
    ) % {"count": 1}
    assert shown == [expected]


def test_the_failed_list_offers_send_again_to_editors(client):
    email("rina@example.com", EmailStatus.FAILED)
    client.force_login(editor_account())

    listing = client.get(reverse("wagtailsnippets_catalog_outgoingemail:list"))

    assert "send_again" in listing.content.decode()


def test_an_artisan_cannot_send_emails_again(client):
    failed = email("rina@example.com", EmailStatus.FAILED)
    user, _artisan = artisan_account("sri")
    client.force_login(user)

    response = client.post(send_again_url(failed))

    assert response.status_code in (302, 403)
    failed.refresh_from_db()
    assert failed.status == EmailStatus.FAILED and mail.outbox == []
