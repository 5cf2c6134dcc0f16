"""A buyer downloads their data and has it erased: signed in, or as a guest through a link
sent to the order's address. Orders still under way hold the erasure back."""

import json
import re
from datetime import timedelta
from unittest import mock

from django.contrib.auth import get_user_model
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from catalog.checkout.services import expire_order, mark_order_paid
from catalog.models import FulfilmentStatus, OrderLine, OrderNote, OutgoingEmail
from catalog.order_actions import add_note
from inquiries.models import Inquiry, InquiryMessage
from privacy import links
from privacy.models import PrivacySettings
from tests.catalog.accounts import buyer_account, editor_account
from tests.catalog.factories import ProductFactory
from tests.home.factories import StandardPageFactory
from tests.inquiries.factories import InquiryFactory, InquiryMessageFactory

from .builders import PHONE, STREET, set_parts

pytestmark = pytest.mark.django_db

ERASE = {"understood": "on", "password": "x"}


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    return json.loads(response.content)


def delivered_long_ago(order):
    mark_order_paid(order)
    set_parts(order, FulfilmentStatus.DELIVERED, days_ago=100)


def erased_as_kept_in_the_books(order, total, lines):
    """The sale is still there, with nothing of the buyer."""
    order.refresh_from_db()
    assert (order.name, order.email, order.phone, order.street) == ("", "", "", "")
    assert (order.village, order.district, order.postal_code, order.delivery_note) == ("",) * 4
    assert order.buyer is None and order.total == total
    assert list(OrderLine.objects.filter(order=order).values_list("line_total", flat=True)) == lines
    entry = ModelLogEntry.objects.get(
        action="privacy.erase", object_id=str(order.pk), content_type__model="order"
    )
    assert entry.data == {"reason": "request"}


# --- Signed in ------------------------------------------------------------------------------


def test_a_signed_in_buyer_downloads_their_orders_and_inquiries_only(client, home_page, place):
    buyer = buyer_account()
    mine = place(buyer=buyer)
    theirs = place(buyer=buyer_account("other"), phone="0811111111")
    question = InquiryFactory(buyer=buyer, whatsapp="+6281355554444")
    InquiryMessageFactory(inquiry=question, body="Warna biru ada?")
    client.force_login(buyer)

    data = download(client, reverse("privacy:export"))

    assert data["account"]["username"] == "buyer"
    assert [order["number"] for order in data["orders"]] == [mine.number]
    assert data["orders"][0]["contact"]["phone"] == PHONE
    assert data["orders"][0]["address"]["street"] == STREET
    assert len(data["orders"][0]["parts"]) == 2
    assert data["inquiries"][0]["contact"]["whatsapp"] == "+6281355554444"
    assert data["inquiries"][0]["messages"][0]["text"] == "Warna biru ada?"
    assert theirs.number not in json.dumps(data)


def test_the_download_needs_an_account(client, home_page, settings):
    response = client.get(reverse("privacy:export"))

    assert response.status_code == 302
    assert response.url.startswith(resolve_url(settings.LOGIN_URL) + "?next=")


def test_a_signed_in_buyer_erases_their_data_and_account(client, home_page, place):
    buyer = buyer_account()
    order = place(buyer=buyer)
    delivered_long_ago(order)
    total, lines = order.total, [line.line_total for line in order.lines.all()]
    old_token = order.access_token
    question = InquiryFactory(buyer=buyer, whatsapp="+6281355554444")
    InquiryMessageFactory(inquiry=question)
    editor = editor_account()
    add_note(order, editor, "Rina Wulandari asked to leave it with the neighbour.")
    client.force_login(buyer)

    response = client.post(reverse("privacy:erase"), ERASE, follow=True)

    assert "Your personal data has been deleted" in response.content.decode()
    erased_as_kept_in_the_books(order, total, lines)
    assert not get_user_model().objects.filter(username="buyer").exists()
    question.refresh_from_db()
    assert (question.name, question.email, question.whatsapp, question.message) == ("",) * 4
    assert not InquiryMessage.objects.filter(inquiry=question).exists()
    assert not OutgoingEmail.objects.filter(to="rina@example.com").exists()
    assert "Rina Wulandari" not in OrderNote.objects.get(order=order).text
    logged = ModelLogEntry.objects.get(action="catalog.order.note", object_id=str(order.pk))
    assert "Rina Wulandari" not in logged.data["text"] and "neighbour" in logged.data["text"]
    # The old private link no longer opens the order.
    assert client.get(reverse("checkout:order", args=[old_token])).status_code == 404


@pytest.mark.parametrize(
    ("status", "days_ago", "message"),
    [
        (None, 0, "waits for payment"),
        (FulfilmentStatus.PAID, 0, "is still to be sent"),
        (FulfilmentStatus.SHIPPED, 3, "is on its way"),
        (FulfilmentStatus.DELIVERED, 1, "may still be returned"),
    ],
)
def test_an_order_still_under_way_holds_the_erasure_back(
    client, home_page, place, status, days_ago, message
):
    buyer = buyer_account()
    order = place(buyer=buyer)
    if status:
        mark_order_paid(order)
        set_parts(order, status, days_ago=days_ago)
    client.force_login(buyer)

    page = client.post(reverse("privacy:erase"), ERASE).content.decode()

    assert message in page and order.number in page
    assert "Nothing was deleted yet" in page
    order.refresh_from_db()
    assert order.phone == PHONE and order.buyer == buyer


def test_a_lapsed_unpaid_order_does_not_hold_the_erasure(client, home_page, place):
    buyer = buyer_account()
    order = place(buyer=buyer)
    expire_order(order)
    client.force_login(buyer)

    client.post(reverse("privacy:erase"), ERASE)

    order.refresh_from_db()
    assert order.phone == "" and not get_user_model().objects.filter(pk=buyer.pk).exists()


@pytest.mark.parametrize(
    "data",
    [{}, {"understood": "on"}, {"understood": "on", "password": "wrong"}, {"password": "x"}],
)
def test_erasure_asks_for_the_tick_and_the_password(client, home_page, place, data):
    buyer = buyer_account()
    order = place(buyer=buyer)
    expire_order(order)
    client.force_login(buyer)

    page = client.post(reverse("privacy:erase"), data).content.decode()

    assert "Nothing was deleted" in page
    assert get_user_model().objects.filter(pk=buyer.pk).exists()
    order.refresh_from_db()
    assert order.phone == PHONE


def test_a_council_account_is_not_erased_by_its_owner(client, home_page):
    editor = editor_account()
    client.force_login(editor)

    page = client.post(reverse("privacy:erase"), ERASE).content.decode()

    assert "ask the Dekranasda to close it" in page
    assert get_user_model().objects.filter(pk=editor.pk).exists()


def test_erasure_is_only_by_post(client, home_page):
    client.force_login(buyer_account())

    assert client.get(reverse("privacy:erase")).status_code == 405


# --- Guests ---------------------------------------------------------------------------------


def key_in_email(email="rina@example.com"):
    """The key of the link sent to `email` (the last part of its address)."""
    sent = OutgoingEmail.objects.filter(kind=links.KIND, to=email).latest("pk")
    url = re.search(r"https?://\S+", sent.body).group(0)
    return url.rstrip("/").split("/")[-1]


def test_a_guest_gets_a_link_from_the_order_page_and_downloads_their_data(client, home_page, place):
    order = place()
    other = place(email="someone@example.com")
    InquiryFactory(email="rina@example.com", buyer=None)

    client.post(reverse("privacy:order_link", args=[order.access_token]))
    key = key_in_email()
    page = client.get(reverse("privacy:guest", args=[key])).content.decode()
    data = download(client, reverse("privacy:guest_export", args=[key]))

    assert "rina@example.com" in page and order.number in page  # it waits for payment
    assert data["email"] == "rina@example.com"
    assert [each["number"] for each in data["orders"]] == [order.number]
    assert data["inquiries"][0]["contact"]["email"] == "rina@example.com"
    assert other.number not in json.dumps(data)


def test_a_guest_asks_for_a_link_twice_and_gets_one_email(client, home_page, place):
    order = place()
    url = reverse("privacy:order_link", args=[order.access_token])

    first = client.post(url, follow=True)
    client.post(url)

    assert "A link to your data is on its way" in first.content.decode()
    assert OutgoingEmail.objects.filter(kind=links.KIND).count() == 1


def test_the_email_form_answers_the_same_whether_the_address_bought_here_or_not(
    client, home_page, place
):
    place()
    url = reverse("privacy:overview")

    known = client.post(url, {"email": "RINA@example.com"}, follow=True).content.decode()
    unknown = client.post(url, {"email": "nobody@example.com"}, follow=True).content.decode()
    invalid = client.post(url, {"email": "not-an-address"}).content.decode()

    assert "a link to it is on its way" in known and "a link to it is on its way" in unknown
    assert list(OutgoingEmail.objects.filter(kind=links.KIND).values_list("to", flat=True)) == [
        "RINA@example.com"
    ]
    assert "Enter a valid email address" in invalid


def test_a_guest_erases_their_data_through_the_link(client, home_page, place):
    order = place()
    delivered_long_ago(order)
    total, lines = order.total, [line.line_total for line in order.lines.all()]
    question = InquiryFactory(email="rina@example.com", buyer=None)
    client.post(reverse("privacy:order_link", args=[order.access_token]))
    key = key_in_email()
    link = reverse("privacy:guest", args=[key])

    refused = client.post(link, {}).content.decode()
    assert "Nothing was deleted" in refused
    client.post(link, {"understood": "on"})

    erased_as_kept_in_the_books(order, total, lines)
    question.refresh_from_db()
    assert question.email == "" and not Inquiry.objects.filter(email="rina@example.com").exists()
    assert not OutgoingEmail.objects.filter(to="rina@example.com").exists()
    assert download(client, reverse("privacy:guest_export", args=[key]))["orders"] == []


def test_a_guest_with_an_order_to_send_is_told_to_wait(client, home_page, place):
    order = place()
    mark_order_paid(order)
    client.post(reverse("privacy:order_link", args=[order.access_token]))
    link = reverse("privacy:guest", args=[key_in_email()])

    page = client.get(link).content.decode()
    client.post(link, {"understood": "on"})

    assert "is still to be sent" in page and 'name="understood"' not in page
    order.refresh_from_db()
    assert order.phone == PHONE


@pytest.mark.parametrize("how", ["forged", "expired"])
def test_a_forged_or_expired_link_opens_nothing(client, home_page, place, how):
    order = place()
    if how == "forged":
        key = links.make_token("rina@example.com")[:-2] + "xx"
    else:
        past = timezone.now() - timedelta(hours=links.LINK_HOURS + 1)
        with mock.patch("django.core.signing.time.time", return_value=past.timestamp()):
            key = links.make_token("rina@example.com")

    page = client.get(reverse("privacy:guest", args=[key]))
    export = client.get(reverse("privacy:guest_export", args=[key]))
    client.post(reverse("privacy:guest", args=[key]), {"understood": "on"})

    assert page.status_code == 410 and export.status_code == 410
    assert "This link no longer works" in page.content.decode()
    order.refresh_from_db()
    assert order.phone == PHONE


@pytest.mark.parametrize("chosen", [True, False])
def test_the_checkout_says_what_the_data_is_for_and_links_the_notice(client, home_page, chosen):
    notice = StandardPageFactory(parent=home_page, title="Kebijakan Privasi", slug="privasi")
    if chosen:
        privacy = PrivacySettings.for_site(home_page.get_site())
        privacy.privacy_page = notice
        privacy.save()
    client.post(reverse("cart:add", args=[ProductFactory(stock=2).pk]), {"quantity": 1})

    page = client.get(reverse("checkout:checkout")).content.decode()

    consent = page[page.index("checkout__consent") :]
    consent = consent[: consent.index("</p>")]
    assert "UU 27/2022" in consent and "makers" in consent
    expected = notice.url if chosen else reverse("privacy:overview")
    assert f'href="{expected}"' in consent
    assert f'href="{reverse("privacy:overview")}"' in page  # the footer, on every page
