"""Guests' data is erased once kept long enough, on a schedule, and only once."""

from datetime import UTC, datetime, timedelta
from io import StringIO

from django.core.management import call_command

from wagtail.models import ModelLogEntry

import pytest

from catalog.checkout.services import expire_order, mark_order_paid
from catalog.models import EmailStatus, FulfilmentStatus, Order, OutgoingEmail
from inquiries.models import Inquiry, InquiryMessage
from privacy.retention import purge
from tests.catalog.accounts import buyer_account
from tests.inquiries.factories import InquiryFactory, InquiryMessageFactory

from .builders import PHONE, set_parts

pytestmark = pytest.mark.django_db

NOW = datetime(2031, 1, 15, 9, 0, tzinfo=UTC)


def aged(order, days):
    Order.objects.filter(pk=order.pk).update(created_at=NOW - timedelta(days=days))
    return order


def delivered(order):
    mark_order_paid(order)
    set_parts(order, FulfilmentStatus.DELIVERED, days_ago=10)
    return order


def phone_of(order):
    return Order.objects.get(pk=order.pk).phone


def test_guests_orders_lose_the_buyer_after_two_years_and_keep_the_sale(place):
    old = aged(delivered(place()), 731)
    recent = aged(delivered(place()), 729)
    account = aged(delivered(place(buyer=buyer_account())), 900)
    total = old.total

    counts = purge(NOW)

    assert counts["orders"] == 1
    assert phone_of(old) == "" and Order.objects.get(pk=old.pk).total == total
    assert phone_of(recent) == PHONE and phone_of(account) == PHONE
    assert ModelLogEntry.objects.filter(action="privacy.erase", object_id=str(old.pk)).exists()


def test_orders_never_paid_lose_the_buyer_after_90_days(place):
    lapsed = place()
    expire_order(lapsed)
    paid = delivered(place())
    aged(lapsed, 91), aged(paid, 91)

    purge(NOW)

    assert phone_of(lapsed) == "" and phone_of(paid) == PHONE


def test_the_retention_is_a_setting(place, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 400
    order = aged(delivered(place()), 401)

    purge(NOW)

    assert phone_of(order) == ""


def test_an_old_order_still_open_is_kept_until_it_is_done(place):
    order = place()
    mark_order_paid(order)  # paid, never sent
    aged(order, 800)

    counts = purge(NOW)

    assert counts == {"orders": 0, "inquiries": 0, "emails": 0, "kept_open": 1}
    assert phone_of(order) == PHONE


def test_old_inquiries_lose_the_buyer_and_the_thread_but_stay_counted(db):
    old = InquiryFactory(whatsapp="+6281355554444", last_message_at=NOW - timedelta(days=800))
    InquiryMessageFactory(inquiry=old)
    recent = InquiryFactory(last_message_at=NOW - timedelta(days=100))
    account = InquiryFactory(buyer=buyer_account(), last_message_at=NOW - timedelta(days=800))

    purge(NOW)

    old.refresh_from_db()
    assert (old.name, old.email, old.whatsapp, old.message) == ("", "", "", "")
    assert old.kind == "question" and old.artisan_id is not None
    assert not InquiryMessage.objects.filter(inquiry=old).exists()
    assert Inquiry.objects.get(pk=recent.pk).email and Inquiry.objects.get(pk=account.pk).email


def test_old_emails_are_deleted_but_not_those_still_to_send(db):
    def email(status, days):
        sent = OutgoingEmail.objects.create(
            kind="x", to="rina@example.com", language="id", subject="s", body="b", status=status
        )
        OutgoingEmail.objects.filter(pk=sent.pk).update(created_at=NOW - timedelta(days=days))
        return sent.pk

    old_sent, old_failed = email(EmailStatus.SENT, 800), email(EmailStatus.FAILED, 800)
    recent, queued = email(EmailStatus.SENT, 10), email(EmailStatus.QUEUED, 800)

    purge(NOW)

    left = set(OutgoingEmail.objects.values_list("pk", flat=True))
    assert left == {recent, queued} and not {old_sent, old_failed} & left


def test_purging_twice_erases_nothing_more(place):
    aged(delivered(place()), 800)
    InquiryFactory(last_message_at=NOW - timedelta(days=800))

    first = purge(NOW)
    entries = ModelLogEntry.objects.filter(action="privacy.erase").count()
    second = purge(NOW)

    assert (first["orders"], first["inquiries"]) == (1, 1)
    assert second == {"orders": 0, "inquiries": 0, "emails": 0, "kept_open": 0}
    assert ModelLogEntry.objects.filter(action="privacy.erase").count() == entries == 2


def test_the_command_runs_the_purge_task(place):
    order = delivered(place())
    Order.objects.filter(pk=order.pk).update(created_at=datetime(2000, 1, 1, tzinfo=UTC))
    out = StringIO()

    call_command("purge_personal_data", stdout=out)
    call_command("purge_personal_data", stdout=out)

    assert phone_of(order) == ""
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("1 order(s)") and lines[1].startswith("0 order(s)")
