"""Buyers' addresses and phone numbers reach only those who need them, only while they do."""

import csv
import io

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from catalog.checkout import notifications as checkout_notifications
from catalog.checkout.services import mark_order_paid
from catalog.models import FulfilmentStatus, OutgoingEmail
from catalog.order_actions import add_note
from inquiries import notifications as inquiry_notifications
from tests.catalog.accounts import artisan_account, buyer_account, editor_account
from tests.inquiries.factories import InquiryFactory

from .builders import PHONE, STREET, set_parts

pytestmark = pytest.mark.django_db


def portal_page(client, user):
    client.force_login(user)
    return client.get(reverse("portal:my_orders")).content.decode()


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        (FulfilmentStatus.PAID, True),
        (FulfilmentStatus.PACKED, True),
        (FulfilmentStatus.SHIPPED, True),
        (FulfilmentStatus.DELIVERED, False),
    ],
)
def test_an_artisan_sees_the_address_only_while_their_part_is_to_send(
    client, home_page, place, status, shown
):
    order = place()
    maker = next(iter(order.parts))
    user, _artisan = artisan_account("maker", maker)
    mark_order_paid(order)
    set_parts(order, status)

    page = portal_page(client, user)

    assert order.number in page
    assert (PHONE in page, STREET in page, "Rina Wulandari" in page) == (shown, shown, shown)


def test_an_artisan_sees_nothing_of_an_unpaid_or_cancelled_order(client, home_page, place):
    order = place()
    user, _artisan = artisan_account("maker", next(iter(order.parts)))

    unpaid = portal_page(client, user)
    set_parts(order, FulfilmentStatus.CANCELLED)
    cancelled = portal_page(client, user)

    for page in (unpaid, cancelled):
        assert order.number not in page and PHONE not in page and STREET not in page


def test_another_artisan_never_sees_the_buyer(client, home_page, place):
    order = place()
    mark_order_paid(order)
    stranger, _shop = artisan_account("stranger")
    part = next(iter(order.parts.values()))

    page = portal_page(client, stranger)
    step = client.post(reverse("portal:fulfilment_step", args=[part.pk]), {})

    assert order.number not in page and PHONE not in page and STREET not in page
    assert step.status_code == 404


@pytest.mark.parametrize(
    ("role", "sees"),
    [("editor", True), ("artisan", False), ("buyer", False)],
)
def test_in_the_admin_only_the_council_sees_the_buyers_details(
    client, home_page, place, role, sees
):
    order = place()
    mark_order_paid(order)
    users = {
        "editor": lambda: editor_account(),
        "artisan": lambda: artisan_account("maker", next(iter(order.parts)))[0],
        "buyer": lambda: buyer_account(),
    }
    client.force_login(users[role]())
    pages = [
        reverse("wagtailsnippets_catalog_order:list"),
        reverse("wagtailsnippets_catalog_order:inspect", args=[order.pk]),
        reverse("wagtailsnippets_catalog_outgoingemail:list"),
    ]

    for url in pages:
        response = client.get(url)
        assert (response.status_code == 200) == sees, url
        if not sees:
            assert PHONE not in response.content.decode()
    if sees:
        inspect = client.get(pages[1]).content.decode()
        assert PHONE in inspect and STREET in inspect


def test_the_site_history_shows_orders_to_the_council_only(client, home_page, place):
    order = place()
    editor = editor_account()
    add_note(order, editor, f"Called {PHONE}: the courier is late.")
    artisan, _shop = artisan_account("maker", next(iter(order.parts)))
    history = reverse("wagtailadmin_reports:site_history")

    client.force_login(editor)
    assert order.number in client.get(history).content.decode()
    client.force_login(artisan)
    response = client.get(history)
    assert order.number not in response.content.decode()


def test_the_order_spreadsheet_leaves_out_email_and_phone(client, place):
    place()
    client.force_login(editor_account())

    response = client.get(reverse("wagtailsnippets_catalog_order:list") + "?export=csv")

    text = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1 and "Rina Wulandari" in rows[0].values()
    assert PHONE not in text and "rina@example.com" not in text


def test_artisans_emails_name_the_address_only_once_the_order_is_paid(rf, place):
    order = place()
    for number, artisan in enumerate(order.parts):
        user, _artisan = artisan_account(f"maker{number}", artisan)
        user.email = f"maker{number}@example.com"
        user.save()
    checkout_notifications.order_placed(order, rf.get("/"))

    placed = OutgoingEmail.objects.filter(kind="order_placed_artisan")
    assert placed.count() == 2
    assert not any(PHONE in email.body or STREET in email.body for email in placed)

    mark_order_paid(order)

    paid = OutgoingEmail.objects.filter(kind="payment_confirmed_artisan")
    assert paid.count() == 2  # each maker, for the parcel they send
    assert all(PHONE in email.body and STREET in email.body for email in paid)


def test_an_inquiry_email_gives_the_buyers_contact_to_the_council_only(home_page):
    from home.models import CouncilSettings

    council = CouncilSettings.for_site(home_page.get_site())
    council.email = "dekranasda@example.com"
    council.save()
    inquiry = InquiryFactory(email="jane@example.com", whatsapp="+61412345678")
    member = get_user_model().objects.create_user("maker", email="maker@example.com")
    inquiry.artisan.members.add(member)

    inquiry_notifications.received(inquiry)

    to_maker = OutgoingEmail.objects.get(kind="inquiry_received", to="maker@example.com")
    to_council = OutgoingEmail.objects.get(kind="inquiry_received", to="dekranasda@example.com")
    assert inquiry.name in to_maker.body
    assert "jane@example.com" not in to_maker.body and "+61412345678" not in to_maker.body
    assert "jane@example.com" in to_council.body and "+61412345678" in to_council.body
