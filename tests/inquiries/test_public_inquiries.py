"""The buyer's side of inquiries, end to end: each kind is sent from its page, the buyer, the
artisan and the council are emailed (each in their language), the answer reaches the buyer's
private link, the buyer replies there without an account, states change; a quote becomes a
payable order; spam is refused with a clear message and nothing typed is lost."""

from datetime import timedelta
from decimal import Decimal
from smtplib import SMTPServerDisconnected

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from catalog.models import EmailStatus, ExchangeRate, Order, OrderStatus, OutgoingEmail
from home.models import CouncilSettings
from inquiries.models import Author, Inquiry, InquiryKind, InquiryStatus
from inquiries.services import InquiryError, close, reply, send_quote
from tests.catalog.accounts import artisan_account, buyer_account
from tests.catalog.factories import ProductFactory

pytestmark = pytest.mark.django_db

GUEST = {"name": "Jane Miller", "email": "jane@example.com", "whatsapp": ""}


@pytest.fixture
def maker(home_page):
    """An artisan whose account has an email, a product of theirs, the council's inbox."""
    user, artisan = artisan_account("sri")
    user.email = "sri@example.com"
    user.save()
    council = CouncilSettings.for_site(home_page.get_site())
    council.email = "dekranasda@example.com"
    council.save()
    return {"artisan": artisan, "product": ProductFactory(artisan=artisan, price=350_000)}


def ask_url(language="id", **query):
    with translation.override(language):
        url = reverse("inquiries:ask")
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def emails_to(address):
    return list(OutgoingEmail.objects.filter(to=address).order_by("pk"))


def test_a_question_about_a_product_goes_to_the_maker_and_back(client, maker):
    product = maker["product"]
    page = client.get(ask_url("en", product=product.pk))
    assert page.status_code == 200 and product.localized_name in page.content.decode()

    response = client.post(
        ask_url("en"),
        {**GUEST, "product": product.pk, "kind": "question", "message": "Is it in blue?"},
    )

    inquiry = Inquiry.objects.get()
    assert response.url == reverse("inquiries:thread", args=[inquiry.access_token])
    assert (inquiry.kind, inquiry.status, inquiry.language) == ("question", "new", "en")
    assert inquiry.artisan == maker["artisan"] and inquiry.product == product
    (to_buyer,) = emails_to("jane@example.com")
    assert to_buyer.subject.startswith("We received your message")
    assert inquiry.access_token in to_buyer.body
    (to_maker,) = emails_to("sri@example.com")
    assert to_maker.subject.startswith("Pertanyaan baru") and "Is it in blue?" in to_maker.body
    assert emails_to("dekranasda@example.com")

    reply(inquiry, "Ya, ada yang biru.", author_kind=Author.ARTISAN, author=None)
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.ANSWERED and inquiry.first_answered_at
    answer = emails_to("jane@example.com")[-1]
    assert answer.subject.startswith("An answer to your message") and "biru" in answer.body

    thread = client.get(reverse("inquiries:thread", args=[inquiry.access_token]))
    assert "Ya, ada yang biru." in thread.content.decode()
    client.post(thread.request["PATH_INFO"], {"body": "Great, I'll take two."})
    assert inquiry.messages.filter(author_kind=Author.BUYER).count() == 2
    assert "Great, I'll take two." in emails_to("sri@example.com")[-1].body
    assert Inquiry.objects.get().status == InquiryStatus.ANSWERED


def test_an_export_quote_becomes_a_payable_order(client, maker):
    product = maker["product"]
    response = client.post(
        ask_url("en"),
        {
            **GUEST,
            "product": product.pk,
            "kind": "quote",
            "company": "Miller Homewares",
            "quantity": "40",
            "country": "NL",
            "incoterm": "FOB",
            "message": "Forty pieces for our shop in Utrecht.",
        },
    )
    inquiry = Inquiry.objects.get()
    assert response.status_code == 302 and inquiry.kind == InquiryKind.QUOTE
    assert (inquiry.quantity, str(inquiry.country), inquiry.incoterm) == (40, "NL", "FOB")
    assert "Belanda" in emails_to("sri@example.com")[0].body  # in Indonesian for the maker
    ExchangeRate.objects.create(
        currency="USD", rupiah_per_unit=Decimal("16000"), effective_on=timezone.localdate()
    )
    send_quote(
        inquiry,
        amount=Decimal("812.50"),
        currency="USD",
        valid_until=timezone.localdate() + timedelta(days=14),
        note="Includes packing for sea freight.",
        author_kind=Author.ARTISAN,
    )
    assert Inquiry.objects.get().status == InquiryStatus.QUOTED
    quoted = emails_to("jane@example.com")[-1]
    assert quoted.subject.startswith("A quote for your request") and "US$812.50" in quoted.body

    thread = client.get(reverse("inquiries:thread", args=[inquiry.access_token])).content.decode()
    assert "US$812.50" in thread and "Accept and order" in thread
    accept = reverse("inquiries:accept", args=[inquiry.access_token])
    address = {
        "country": "NL",
        "street": "Oudegracht 12",
        "regency": "Utrecht",
        "province": "",
        "postal_code": "3511 AB",
        "phone": "+31 6 1234 5678",
        "seen_amount": "812.50",
        "seen_currency": "USD",
    }
    response = client.post(accept, address)

    order = Order.objects.get()
    assert response.url == reverse("checkout:order", args=[order.access_token])
    assert (order.total, order.status) == (13_000_000, OrderStatus.AWAITING_PAYMENT)
    assert (order.display_currency, order.incoterm, order.regency) == ("USD", "FOB", "Utrecht")
    line = order.lines.get()
    assert (line.quantity, line.line_total, line.product) == (40, 13_000_000, product)
    assert Inquiry.objects.get().status == InquiryStatus.ACCEPTED
    assert any(e.subject.startswith("Penawaran diterima") for e in emails_to("sri@example.com"))
    # Accepting again (a double tap) leads to the same order.
    assert client.post(accept, address).url == response.url
    assert Order.objects.count() == 1


def test_a_lapsed_quote_cannot_be_accepted(client, maker):
    client.post(ask_url(), {**GUEST, "kind": "message", "message": "Halo"})
    inquiry = Inquiry.objects.get()
    inquiry.artisan = maker["artisan"]
    inquiry.save()
    send_quote(
        inquiry,
        amount=Decimal(1_000_000),
        currency="IDR",
        valid_until=timezone.localdate(),
        note="",
        author_kind=Author.COUNCIL,
    )
    Inquiry.objects.filter(pk=inquiry.pk).update(
        quote_valid_until=timezone.localdate() - timedelta(days=1)
    )

    response = client.get(reverse("inquiries:accept", args=[inquiry.access_token]), follow=True)

    assert "tidak dapat diterima lagi" in response.content.decode()
    assert not Order.objects.exists()


def test_a_custom_order_request_from_an_artisans_page(client, maker):
    page = client.get(ask_url(artisan=maker["artisan"].pk, kind="custom")).content.decode()
    assert 'name="motif"' in page and 'name="quantity"' in page

    missing = client.post(
        ask_url(), {**GUEST, "artisan": maker["artisan"].pk, "kind": "custom", "message": "x"}
    )
    assert missing.status_code == 200 and not Inquiry.objects.exists()  # quantity is required

    client.post(
        ask_url(),
        {
            **GUEST,
            "artisan": maker["artisan"].pk,
            "kind": "custom",
            "motif": "Sekar Jati",
            "colours": "indigo, soga",
            "size": "2 x 1,15 m",
            "quantity": "3",
            "message": "Untuk seragam keluarga.",
        },
    )
    inquiry = Inquiry.objects.get()
    assert (inquiry.kind, inquiry.motif, inquiry.quantity) == ("custom", "Sekar Jati", 3)
    assert "Sekar Jati" in emails_to("sri@example.com")[0].body
    assert emails_to("jane@example.com")[0].subject.startswith("Pesan Anda sudah kami terima")

    send_quote(
        inquiry,
        amount=Decimal(1_950_000),
        currency="IDR",
        valid_until=None,
        note="Tiga kain, selesai dalam tiga minggu.",
        author_kind=Author.ARTISAN,
    )
    quoted = emails_to("jane@example.com")[-1]
    assert (
        quoted.subject.startswith("Penawaran untuk permintaan Anda")
        and "Rp1.950.000" in quoted.body
    )
    thread = client.get(reverse("inquiries:thread", args=[inquiry.access_token])).content.decode()
    assert "Rp1.950.000" in thread and "Tiga kain, selesai dalam tiga minggu." in thread
    assert Inquiry.objects.get().status == InquiryStatus.QUOTED


def test_a_general_message_goes_to_the_council_only(client, maker):
    client.post(ask_url(), {**GUEST, "kind": "message", "message": "Kapan pameran berikutnya?"})

    inquiry = Inquiry.objects.get()
    assert inquiry.artisan is None and inquiry.kind == InquiryKind.MESSAGE
    assert emails_to("dekranasda@example.com") and not emails_to("sri@example.com")
    assert emails_to("jane@example.com")[0].language == "id"

    reply(inquiry, "Bulan depan di Gedung Dekranasda.", author_kind=Author.COUNCIL)
    answer = emails_to("jane@example.com")[-1]
    assert answer.subject.startswith("Jawaban untuk pesan Anda") and "Bulan depan" in answer.body
    close(inquiry, author_kind=Author.COUNCIL)

    url = reverse("inquiries:thread", args=[inquiry.access_token])
    page = client.get(url).content.decode()
    assert "Bulan depan di Gedung Dekranasda." in page and "sudah selesai" in page
    assert 'name="body"' not in page
    refused = client.post(url, {"body": "Satu lagi?"})
    assert "kirim pertanyaan baru" in refused.content.decode()
    assert Inquiry.objects.get().status == InquiryStatus.CLOSED


def test_a_signed_in_buyer_does_not_type_name_and_email_again(client, maker):
    buyer = buyer_account()
    buyer.first_name, buyer.email = "Rina", "rina@example.com"
    buyer.save()
    client.force_login(buyer)
    page = client.get(ask_url(product=maker["product"].pk)).content.decode()
    assert 'name="email"' not in page and "rina@example.com" in page

    client.post(
        ask_url(), {"product": maker["product"].pk, "kind": "question", "message": "Ready?"}
    )

    inquiry = Inquiry.objects.get()
    assert (inquiry.buyer, inquiry.email, inquiry.name) == (buyer, "rina@example.com", "Rina")


def test_a_guessed_or_expired_thread_link_shows_nothing(client, maker):
    client.post(ask_url(), {**GUEST, "kind": "message", "message": "Halo"})
    inquiry = Inquiry.objects.get()

    last = inquiry.access_token[-1]
    guessed = inquiry.access_token[:-1] + ("y" if last == "x" else "x")
    for token in (guessed, str(inquiry.pk), "x" * 32):
        assert client.get(reverse("inquiries:thread", args=[token])).status_code == 404
    Inquiry.objects.update(link_expires_at=timezone.now() - timedelta(seconds=1))
    url = reverse("inquiries:thread", args=[inquiry.access_token])
    assert client.get(url).status_code == 404
    assert client.post(url, {"body": "still there?"}).status_code == 404
    accept = reverse("inquiries:accept", args=[inquiry.access_token])
    assert client.get(accept).status_code == 404


@pytest.mark.parametrize("query", ["product=999999", "product=abc", "artisan=999999"])
def test_an_unknown_product_or_artisan_is_a_404(client, maker, query):
    assert client.get(ask_url() + "?" + query).status_code == 404


def test_an_unpublished_product_takes_no_question(client, maker):
    hidden = ProductFactory(artisan=maker["artisan"], live=False)
    assert client.get(ask_url(product=hidden.pk)).status_code == 404


def test_the_honeypot_refuses_with_a_message_and_keeps_the_text(client, maker):
    response = client.post(
        ask_url(),
        {**GUEST, "kind": "message", "message": "Pesan saya yang panjang", "website": "x.com"},
    )

    page = response.content.decode()
    assert response.status_code == 200 and not Inquiry.objects.exists()
    assert "kolom tersembunyi" in page and "Pesan saya yang panjang" in page
    assert 'name="website" value="x.com"' not in page  # emptied for the next try
    assert not OutgoingEmail.objects.exists()


def test_the_rate_limit_per_email_trips_and_keeps_the_message(client, maker, settings):
    settings.INQUIRY_RATE_LIMITS = {"ip": (100, 3600), "email": (2, 3600)}
    for number in range(2):
        client.post(ask_url(), {**GUEST, "kind": "message", "message": f"Pesan {number}"})

    response = client.post(ask_url(), {**GUEST, "kind": "message", "message": "Pesan ketiga"})

    page = response.content.decode()
    assert Inquiry.objects.count() == 2 and "Mohon tunggu" in page and "Pesan ketiga" in page
    other = {**GUEST, "email": "someone@example.com", "message": "Pesan lain"}
    client.post(ask_url(), {**other, "kind": "message"})
    assert Inquiry.objects.count() == 3  # another buyer is not held back


def test_the_rate_limit_per_ip_trips(client, maker, settings):
    settings.INQUIRY_RATE_LIMITS = {"ip": (2, 3600), "email": (100, 3600)}
    for number in range(3):
        client.post(
            ask_url(),
            {**GUEST, "email": f"b{number}@example.com", "kind": "message", "message": "Halo"},
        )
    assert Inquiry.objects.count() == 2


def test_too_many_links_or_too_long_a_message_is_refused_clearly(client, maker, settings):
    links = " ".join(f"https://spam{n}.example.com" for n in range(4))
    response = client.post(ask_url(), {**GUEST, "kind": "message", "message": links})
    assert "paling banyak 3 tautan" in response.content.decode()

    settings.INQUIRY_MAX_LENGTH = 50
    response = client.post(ask_url(), {**GUEST, "kind": "message", "message": "a" * 51})
    assert "paling banyak 50 karakter" in response.content.decode()
    assert not Inquiry.objects.exists()


def test_bad_contact_details_are_refused_in_the_buyers_language(client, maker):
    response = client.post(
        ask_url("en"),
        {"name": "", "email": "jane-at-example", "whatsapp": "12", "kind": "message"},
    )
    page = response.content.decode()
    assert response.status_code == 200 and "This field is required." in page
    assert "Enter a valid email address." in page
    assert not Inquiry.objects.exists()


def test_a_mail_server_down_leaves_the_inquiry_emails_queued_and_retried(
    client, maker, monkeypatch, django_capture_on_commit_callbacks
):
    def refuse(*args, **kwargs):
        raise SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr("catalog.outbox.send_mail", refuse)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ask_url(), {**GUEST, "product": maker["product"].pk, "message": "Halo"})

    assert Inquiry.objects.count() == 1
    waiting = OutgoingEmail.objects.all()
    assert waiting.count() == 3 and {e.status for e in waiting} == {EmailStatus.QUEUED}
    monkeypatch.undo()
    OutgoingEmail.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_emails")
    assert len(mail.outbox) == 3


def quoted_inquiry(client, maker, amount=1_000_000):
    client.post(
        ask_url(),
        {
            **GUEST,
            "artisan": maker["artisan"].pk,
            "kind": "custom",
            "quantity": "2",
            "message": "Dua kain",
        },
    )
    inquiry = Inquiry.objects.latest("pk")
    send_quote(
        inquiry,
        amount=Decimal(amount),
        currency="IDR",
        valid_until=None,
        note="",
        author_kind=Author.ARTISAN,
    )
    return inquiry


ADDRESS = {
    "country": "ID",
    "street": "Jl. Rajekwesi 5",
    "regency": "Bojonegoro",
    "province": "Jawa Timur",
    "postal_code": "62111",
    "phone": "0812 3456 7890",
}


def test_a_quote_changed_while_accepting_is_not_accepted_blindly(client, maker):
    inquiry = quoted_inquiry(client, maker)
    accept = reverse("inquiries:accept", args=[inquiry.access_token])
    seen = {"seen_amount": "1000000", "seen_currency": "IDR"}
    send_quote(
        inquiry,
        amount=Decimal(1_500_000),
        currency="IDR",
        valid_until=None,
        note="",
        author_kind=Author.ARTISAN,
    )

    response = client.post(accept, {**ADDRESS, **seen})

    page = response.content.decode()
    assert response.status_code == 200 and not Order.objects.exists()
    assert "Penawaran sudah berubah" in page and "Jl. Rajekwesi 5" in page
    assert 'name="seen_amount" value="1500000' in page
    response = client.post(accept, {**ADDRESS, "seen_amount": "1500000", "seen_currency": "IDR"})
    assert Order.objects.get().total == 1_500_000


def test_a_lapsed_order_leaves_the_quote_to_accept_again(client, maker):
    from catalog.checkout.services import expire_order

    inquiry = quoted_inquiry(client, maker)
    accept = reverse("inquiries:accept", args=[inquiry.access_token])
    seen = {"seen_amount": "1000000", "seen_currency": "IDR"}
    first = client.post(accept, {**ADDRESS, **seen})
    expire_order(Order.objects.get())

    thread = client.get(reverse("inquiries:thread", args=[inquiry.access_token])).content.decode()
    assert "Terima dan pesan" in thread
    second = client.post(accept, {**ADDRESS, **seen})
    assert second.url != first.url and Order.objects.count() == 2
    assert Inquiry.objects.get(pk=inquiry.pk).live_order == Order.objects.latest("pk")


def test_a_message_to_the_council_takes_no_quote(client, maker):
    client.post(ask_url(), {**GUEST, "kind": "message", "message": "Halo"})
    with pytest.raises(InquiryError):
        send_quote(
            Inquiry.objects.get(),
            amount=Decimal(1),
            currency="IDR",
            valid_until=None,
            note="",
            author_kind=Author.COUNCIL,
        )


def test_the_artisan_hears_what_the_council_answered(client, maker):
    client.post(ask_url(), {**GUEST, "product": maker["product"].pk, "message": "Halo"})
    inquiry = Inquiry.objects.get()

    reply(inquiry, "Dekranasda menjawab: ya.", author_kind=Author.COUNCIL)

    copy = emails_to("sri@example.com")[-1]
    assert copy.subject.startswith("Dekranasda menjawab pertanyaan") and "ya." in copy.body


def test_an_inactive_account_of_the_artisan_is_not_emailed(client, maker):
    user = maker["artisan"].members.get()
    user.is_active = False
    user.save()

    client.post(ask_url(), {**GUEST, "product": maker["product"].pk, "message": "Halo"})

    assert not emails_to("sri@example.com")


def test_a_double_tap_sends_one_inquiry(client, maker):
    data = {**GUEST, "kind": "message", "message": "Sekali saja"}
    first = client.post(ask_url(), data)
    second = client.post(ask_url(), data)

    assert Inquiry.objects.count() == 1 and first.url == second.url


def test_links_are_counted_once_each_and_emails_are_not_links(client, maker):
    text = "https://www.shop.com/a https://www.shop.com/b www.c.com, write budi@gmail.com"
    client.post(ask_url(), {**GUEST, "kind": "message", "message": text})
    assert Inquiry.objects.count() == 1

    response = client.post(
        ask_url(), {**GUEST, "name": "Visit cheap.xyz", "kind": "message", "message": "Hi"}
    )
    assert "tanpa alamat web" in response.content.decode() and Inquiry.objects.count() == 1


def test_a_guests_confirmation_does_not_repeat_the_message(client, maker):
    client.post(ask_url(), {**GUEST, "kind": "message", "message": "Isi pesan rahasia"})

    (confirmation,) = emails_to("jane@example.com")
    assert "Isi pesan rahasia" not in confirmation.body


def test_behind_a_proxy_each_buyer_has_their_own_limit(client, maker, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.INQUIRY_RATE_LIMITS = {"ip": (1, 3600), "email": (100, 3600)}
    for number in range(3):
        client.post(
            ask_url(),
            {**GUEST, "email": f"b{number}@example.com", "kind": "message", "message": "Halo"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
        )
    assert Inquiry.objects.count() == 3
    client.post(
        ask_url(),
        {**GUEST, "email": "again@example.com", "kind": "message", "message": "Lagi"},
        HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.0",  # the first buyer, a forged entry
    )
    assert Inquiry.objects.count() == 3
