"""The council's inbox in the Wagtail admin: the list (filters, overdue flag, assignee, export),
each thread page (reply with or without a saved reply, quote, assign, close, refusals that keep
what was typed), the saved replies, the dashboard panel; artisans' accounts are kept out."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext

import openpyxl
import pytest

from catalog.models import OutgoingEmail
from inquiries.models import Author, Inquiry, InquiryKind, InquiryMessage, InquiryStatus, SavedReply
from tests.artisans.factories import ArtisanFactory
from tests.catalog.accounts import artisan_account, buyer_account, editor_account
from tests.catalog.factories import ProductFactory
from tests.inquiries.factories import InquiryFactory, InquiryMessageFactory, SavedReplyFactory

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_inquiries_inquiry:list"


@pytest.fixture
def editor(home_page):
    return editor_account()


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client


def thread_url(inquiry):
    return reverse("inquiry_admin_thread", args=[inquiry.pk])


def days_ago(days):
    return timezone.now() - timedelta(days=days)


def listed(client, **query):
    response = client.get(reverse(LIST_URL), query)
    assert response.status_code == 200
    return {inquiry.pk for inquiry in response.context["object_list"]}


def post(client, inquiry, action, **data):
    return client.post(thread_url(inquiry), {"action": action, **data})


def fresh(inquiry):
    return Inquiry.objects.get(pk=inquiry.pk)


# The list and its filters


def test_the_inbox_lists_inquiries_with_the_overdue_flag_and_the_assignee(signed_in, editor):
    editor.first_name, editor.last_name = "Dewi", "Lestari"
    editor.save()
    late = InquiryFactory(name="Budi Santoso", created_at=days_ago(10))
    InquiryFactory(name="Anna de Vries", assigned_to=editor)

    response = signed_in.get(reverse(LIST_URL))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Budi Santoso" in page and "Anna de Vries" in page
    assert page.count("data-overdue") == 1  # only the one waiting ten days
    assert "Dewi Lestari" in page
    assert thread_url(late) in page  # each row opens its thread


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"status": "new"}, {"new_today", "new_late", "quote_nl"}),
        ({"status": "answered"}, {"answered_late"}),
        ({"status": "open"}, {"new_today", "new_late", "answered_late", "quote_nl"}),
        ({"status": "closed"}, {"closed"}),
        ({"kind": "quote"}, {"quote_nl"}),
        ({"kind": "question"}, {"new_today", "new_late", "answered_late", "closed"}),
        ({"country": "NL"}, {"quote_nl"}),
        ({"age": "today"}, {"new_today", "quote_nl"}),
        ({"age": "week"}, {"new_today", "quote_nl", "closed"}),
        ({"age": "waiting"}, {"new_late", "answered_late", "closed"}),
        ({"age": "old"}, {"new_late", "answered_late"}),
        ({"overdue": "yes"}, {"new_late"}),
    ],
)
def test_each_filter_narrows_the_inbox(signed_in, query, expected):
    artisan = ArtisanFactory()
    inquiries = {
        "new_today": InquiryFactory(artisan=artisan),
        "new_late": InquiryFactory(created_at=days_ago(10)),
        "answered_late": InquiryFactory(created_at=days_ago(9), status=InquiryStatus.ANSWERED),
        "quote_nl": InquiryFactory(kind=InquiryKind.QUOTE, country="NL", quantity=200),
        "closed": InquiryFactory(created_at=days_ago(5), status=InquiryStatus.CLOSED),
    }
    names = {inquiry.pk: name for name, inquiry in inquiries.items()}

    assert {names[pk] for pk in listed(signed_in, **query)} == expected


def test_the_inbox_filters_by_artisan_and_by_assignment(signed_in, editor):
    artisan = ArtisanFactory()
    other_editor = editor_account("rahmat")
    theirs = InquiryFactory(artisan=artisan)
    mine = InquiryFactory(assigned_to=editor)
    someone_elses = InquiryFactory(assigned_to=other_editor)

    assert listed(signed_in, artisan=artisan.pk) == {theirs.pk}
    assert listed(signed_in, assigned="me") == {mine.pk}
    assert listed(signed_in, assigned="nobody") == {theirs.pk}
    assert someone_elses.pk in listed(signed_in)


@pytest.mark.parametrize("query", [{"status": "lost"}, {"age": "1999"}, {"artisan": "x"}])
def test_a_filter_typed_by_hand_never_breaks_the_inbox(signed_in, query):
    InquiryFactory()

    response = signed_in.get(reverse(LIST_URL), query)

    assert response.status_code == 200


def test_the_export_in_csv_has_each_inquiry_and_keeps_formulas_as_text(signed_in, editor):
    InquiryFactory(
        kind=InquiryKind.QUOTE,
        name="=HYPERLINK(evil)",
        email="hotel@example.nl",
        company="Hotel Amstel",
        country="NL",
        quantity=300,
        incoterm="FOB",
        assigned_to=editor,
        created_at=days_ago(10),
    )

    response = signed_in.get(reverse(LIST_URL), {"export": "csv"})

    assert response.status_code == 200 and response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 2
    row = rows[1]
    assert "'=HYPERLINK(evil)" in row and "=HYPERLINK(evil)" not in row
    assert {"hotel@example.nl", "Hotel Amstel", "300", "FOB", "Belanda", "True"} <= set(row)
    assert str(InquiryKind.QUOTE.label) in row and editor.username in row


def test_the_export_in_xlsx_follows_the_filters(signed_in):
    InquiryFactory(name="Siti", kind=InquiryKind.CUSTOM, motif="Sekar Jati", quantity=12)
    InquiryFactory(name="Budi")

    response = signed_in.get(reverse(LIST_URL), {"export": "xlsx", "kind": "custom"})

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert len(rows) == 2
    assert {"Siti", "Sekar Jati", 12} <= set(rows[1])


# The thread page


def test_the_thread_page_shows_the_request_and_the_messages_in_order(signed_in, editor):
    product = ProductFactory(name="Kain batik Sekar Jati")
    inquiry = InquiryFactory(
        kind=InquiryKind.QUOTE,
        product=product,
        artisan=product.artisan,
        name="Anna de Vries",
        email="anna@example.nl",
        whatsapp="0812 3456 7890",
        company="Hotel Amstel",
        country="NL",
        quantity=300,
        incoterm="FOB",
        samples_wanted=True,
    )
    InquiryMessageFactory(inquiry=inquiry, body="Pertanyaan pertama", created_at=days_ago(2))
    InquiryMessageFactory(
        inquiry=inquiry,
        author_kind=Author.COUNCIL,
        author=editor,
        body="Jawaban Dekranasda",
        created_at=days_ago(1),
    )

    response = signed_in.get(thread_url(inquiry))

    page = response.content.decode()
    assert response.status_code == 200
    assert page.index("Pertanyaan pertama") < page.index("Jawaban Dekranasda")
    for shown in ["Anna de Vries", "mailto:anna@example.nl", "https://wa.me/6281234567890"]:
        assert shown in page
    assert "Hotel Amstel" in page and "Belanda" in page and "300" in page
    assert reverse("wagtailsnippets_catalog_product:edit", args=[product.pk]) in page
    assert reverse("wagtailsnippets_artisans_artisan:edit", args=[product.artisan.pk]) in page


def test_the_thread_page_shows_a_custom_order_s_own_fields(signed_in):
    inquiry = InquiryFactory(
        kind=InquiryKind.CUSTOM, motif="Sekar Jati", colours="Biru indigo", size="2 x 1,15 m"
    )

    page = signed_in.get(thread_url(inquiry)).content.decode()

    assert "Sekar Jati" in page and "Biru indigo" in page and "2 x 1,15 m" in page


def test_the_thread_page_takes_the_same_queries_however_long_the_thread(
    signed_in, django_assert_max_num_queries
):
    SavedReplyFactory.create_batch(3)
    short, long = InquiryFactory(product=ProductFactory()), InquiryFactory()
    InquiryMessageFactory(inquiry=short)
    for _n in range(12):
        InquiryMessageFactory(inquiry=long)
    signed_in.get(thread_url(short))  # caches warmed

    with django_assert_max_num_queries(20) as short_queries:
        assert signed_in.get(thread_url(short)).status_code == 200
    with django_assert_max_num_queries(20) as long_queries:
        assert signed_in.get(thread_url(long)).status_code == 200

    assert len(long_queries.captured_queries) <= len(short_queries.captured_queries)


def test_an_unknown_thread_is_not_found(signed_in):
    # (the site's language middleware first sends an unknown address to its /id/ form)
    response = signed_in.get(reverse("inquiry_admin_thread", args=[999]), follow=True)

    assert response.status_code == 404


def test_the_snippet_edit_address_opens_the_thread_and_nobody_adds_an_inquiry(signed_in):
    inquiry = InquiryFactory()

    edit = signed_in.get(reverse("wagtailsnippets_inquiries_inquiry:edit", args=[inquiry.pk]))
    add = signed_in.get(reverse("wagtailsnippets_inquiries_inquiry:add"))

    assert edit.status_code == 302 and edit["Location"] == thread_url(inquiry)
    assert add.status_code == 302 and add["Location"] == reverse(LIST_URL)


# Replying


def test_an_editor_s_reply_answers_the_buyer_by_email(signed_in, editor):
    inquiry = InquiryFactory(email="rina@example.com")

    response = post(signed_in, inquiry, "reply", body="Ada, dalam warna biru indigo.")

    assert response.status_code == 302 and response["Location"] == thread_url(inquiry)
    message = InquiryMessage.objects.get(inquiry=inquiry)
    assert message.author_kind == Author.COUNCIL and message.author == editor
    assert message.body == "Ada, dalam warna biru indigo."
    inquiry = fresh(inquiry)
    assert inquiry.status == InquiryStatus.ANSWERED and inquiry.first_answered_at
    email = OutgoingEmail.objects.get(kind="inquiry_answered_buyer")
    assert email.to == "rina@example.com"


def test_an_empty_reply_is_refused_and_sends_nothing(signed_in):
    inquiry = InquiryFactory()

    response = post(signed_in, inquiry, "reply", body="   ")

    assert response.status_code == 200
    assert response.context["reply_form"].errors["body"]
    assert not InquiryMessage.objects.filter(inquiry=inquiry).exists()
    assert fresh(inquiry).status == InquiryStatus.NEW
    assert not OutgoingEmail.objects.exists()


def test_a_saved_reply_goes_into_the_reply_box_after_what_was_typed(signed_in):
    saved = SavedReplyFactory(body="Ongkos kirim dihitung saat checkout.")
    inquiry = InquiryFactory()

    response = post(signed_in, inquiry, "use_saved_reply", saved_reply=saved.pk, body="Halo Bu,")

    assert response.status_code == 200
    form = response.context["reply_form"]
    assert form.initial["body"] == "Halo Bu,\n\nOngkos kirim dihitung saat checkout."
    assert "Ongkos kirim dihitung saat checkout." in response.content.decode()
    assert not InquiryMessage.objects.filter(inquiry=inquiry).exists()  # not sent yet


def test_using_no_saved_reply_keeps_what_was_typed(signed_in):
    inquiry = InquiryFactory()

    response = post(signed_in, inquiry, "use_saved_reply", saved_reply="", body="Halo Bu,")

    form = response.context["reply_form"]
    assert form.errors["saved_reply"] and "body" not in form.errors
    assert form["body"].value() == "Halo Bu,"


def test_only_the_dekranasda_s_saved_replies_are_offered(signed_in):
    council = SavedReplyFactory(title="Ongkos kirim")
    SavedReplyFactory(title="Balasan perajin", artisan=ArtisanFactory())
    inquiry = InquiryFactory()

    response = signed_in.get(thread_url(inquiry))

    offered = list(response.context["reply_form"].fields["saved_reply"].queryset)
    assert offered == [council]
    assert "Balasan perajin" not in response.content.decode()


# Quoting


def test_an_editor_s_quote_sets_the_price_currency_and_validity(signed_in, editor):
    inquiry = InquiryFactory(kind=InquiryKind.QUOTE, country="NL", quantity=300)
    valid_until = timezone.localdate() + timedelta(days=14)

    response = post(
        signed_in,
        inquiry,
        "quote",
        amount="1250.50",
        currency="USD",
        valid_until=valid_until.isoformat(),
        note="FOB Surabaya, dikemas per 10 lembar.",
    )

    assert response.status_code == 302
    inquiry = fresh(inquiry)
    assert inquiry.status == InquiryStatus.QUOTED
    assert inquiry.quoted_amount == Decimal("1250.50") and inquiry.quoted_currency == "USD"
    assert inquiry.quote_valid_until == valid_until
    message = InquiryMessage.objects.get(inquiry=inquiry)
    assert message.author == editor and "FOB Surabaya" in message.body
    assert OutgoingEmail.objects.filter(kind="inquiry_quoted_buyer", to=inquiry.email).exists()


def test_a_quote_valid_until_a_past_day_is_refused_with_the_reason(signed_in):
    inquiry = InquiryFactory(kind=InquiryKind.QUOTE, country="NL", quantity=300)
    yesterday = timezone.localdate() - timedelta(days=1)

    response = post(
        signed_in,
        inquiry,
        "quote",
        amount="15000000",
        currency="IDR",
        valid_until=yesterday.isoformat(),
        note="Harga grosir",
    )

    assert response.status_code == 200
    reason = gettext("The quote's validity must not be in the past.")
    form = response.context["quote_form"]
    assert reason in form.errors["valid_until"]
    assert escape(reason) in response.content.decode()
    assert form["note"].value() == "Harga grosir" and form["amount"].value() == "15000000"
    inquiry = fresh(inquiry)
    assert inquiry.status == InquiryStatus.NEW and inquiry.quoted_amount is None
    assert not OutgoingEmail.objects.exists()


@pytest.mark.parametrize(
    ("amount", "currency"), [("150000.50", "IDR"), ("1000.5", "JPY"), ("0", "USD"), ("x", "USD")]
)
def test_a_quote_the_currency_cannot_hold_is_refused(signed_in, amount, currency):
    inquiry = InquiryFactory(kind=InquiryKind.QUOTE, country="JP", quantity=10)

    response = post(
        signed_in,
        inquiry,
        "quote",
        amount=amount,
        currency=currency,
        valid_until=(timezone.localdate() + timedelta(days=7)).isoformat(),
    )

    assert response.status_code == 200
    assert response.context["quote_form"].errors["amount"]
    assert fresh(inquiry).quoted_amount is None


def test_a_closed_inquiry_takes_no_quote(signed_in):
    inquiry = InquiryFactory(status=InquiryStatus.CLOSED)

    response = post(
        signed_in,
        inquiry,
        "quote",
        amount="100000",
        currency="IDR",
        valid_until=(timezone.localdate() + timedelta(days=7)).isoformat(),
    )

    assert response.status_code == 200 and response.context["quote_form"].non_field_errors()
    assert fresh(inquiry).status == InquiryStatus.CLOSED


# Assigning and closing


def test_an_editor_takes_an_inquiry_then_hands_it_on_then_to_nobody(signed_in, editor):
    colleague = editor_account("rahmat")
    inquiry = InquiryFactory()

    post(signed_in, inquiry, "assign_to_me")
    assert fresh(inquiry).assigned_to == editor

    post(signed_in, inquiry, "assign", editor=colleague.pk)
    assert fresh(inquiry).assigned_to == colleague

    post(signed_in, inquiry, "assign", editor="")
    assert fresh(inquiry).assigned_to is None


def test_an_inquiry_cannot_be_assigned_to_someone_outside_the_council(signed_in):
    artisan_user, _artisan = artisan_account("sri")
    inquiry = InquiryFactory()

    response = post(signed_in, inquiry, "assign", editor=artisan_user.pk)

    assert response.status_code == 200 and response.context["assign_form"].errors["editor"]
    assert fresh(inquiry).assigned_to is None


def test_an_editor_closes_an_inquiry_and_a_new_reply_opens_it_again(signed_in):
    inquiry = InquiryFactory()

    response = post(signed_in, inquiry, "close")

    assert response.status_code == 302 and fresh(inquiry).status == InquiryStatus.CLOSED
    assert post(signed_in, inquiry, "close").status_code == 302  # twice: nothing more

    post(signed_in, inquiry, "reply", body="Maaf, kami buka lagi.")
    assert fresh(inquiry).status == InquiryStatus.ANSWERED


def test_an_unknown_action_changes_nothing(signed_in):
    inquiry = InquiryFactory()

    response = post(signed_in, inquiry, "delete_everything")

    assert response.status_code == 200 and fresh(inquiry).status == InquiryStatus.NEW


# Who may come in


def test_an_artisan_account_is_refused_the_inbox_and_the_threads(client):
    user, artisan = artisan_account("sri")
    inquiry = InquiryFactory(artisan=artisan)  # even their own inquiry: the portal is theirs
    client.force_login(user)

    for response in [
        client.get(reverse(LIST_URL)),
        client.get(reverse(LIST_URL), {"export": "csv"}),
        client.get(thread_url(inquiry)),
        post(client, inquiry, "reply", body="Saya jawab lewat admin"),
        post(client, inquiry, "assign_to_me"),
    ]:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "login" in response["Location"] or response["Location"] == reverse(
                "wagtailadmin_home"
            )
    assert not InquiryMessage.objects.exists()
    assert fresh(inquiry).assigned_to is None


def test_a_buyer_account_is_sent_to_the_login(client):
    inquiry = InquiryFactory()
    client.force_login(buyer_account())

    response = client.get(thread_url(inquiry))

    assert response.status_code == 302 and "login" in response["Location"]


# Saved replies and the dashboard


def test_editors_keep_the_dekranasda_s_saved_replies(signed_in):
    artisans_own = SavedReplyFactory(artisan=ArtisanFactory(), title="Milik perajin")

    response = signed_in.post(
        reverse("wagtailsnippets_inquiries_savedreply:add"),
        {"title": "Ongkos kirim", "body": "Ongkos kirim dihitung saat checkout."},
    )

    assert response.status_code == 302
    saved = SavedReply.objects.get(title="Ongkos kirim")
    assert saved.artisan is None
    listing = signed_in.get(reverse("wagtailsnippets_inquiries_savedreply:list"))
    assert set(listing.context["object_list"]) == {saved}
    edit_theirs = reverse("wagtailsnippets_inquiries_savedreply:edit", args=[artisans_own.pk])
    assert signed_in.get(edit_theirs, follow=True).status_code == 404


def test_the_dashboard_counts_new_overdue_and_mine(signed_in, editor):
    InquiryFactory()
    InquiryFactory(created_at=days_ago(10))
    InquiryFactory(status=InquiryStatus.ANSWERED, assigned_to=editor)
    InquiryFactory(status=InquiryStatus.CLOSED, assigned_to=editor)

    response = signed_in.get(reverse("wagtailadmin_home"))

    page = response.content.decode()
    assert "inquiries-inbox" in page
    list_url = reverse(LIST_URL)
    assert f'href="{list_url}?status=new"><strong>2</strong>' in page
    assert f'href="{list_url}?overdue=yes"><strong>1</strong>' in page
    assert f'href="{list_url}?assigned=me&amp;status=open"><strong>1</strong>' in page


def test_the_dashboard_has_no_inbox_for_an_artisan(client):
    user, _artisan = artisan_account("sri")
    client.force_login(user)

    response = client.get(reverse("wagtailadmin_home"))

    assert "inquiries-inbox" not in response.content.decode()


def test_a_new_quote_starts_from_the_last_one(signed_in):
    inquiry = InquiryFactory(
        kind=InquiryKind.QUOTE,
        status=InquiryStatus.QUOTED,
        quoted_amount=Decimal("980.00"),
        quoted_currency="EUR",
        quote_valid_until=timezone.localdate() + timedelta(days=3),
    )

    form = signed_in.get(thread_url(inquiry)).context["quote_form"]

    assert form["amount"].value() == Decimal("980.00") and form["currency"].value() == "EUR"
    assert form["valid_until"].value() == timezone.localdate() + timedelta(days=30)
