"""Property tests: text one visitor stores (an inquiry and its replies, the names and addresses of
an order, a note for the courier) reaches every page and email that shows it as text, never as
markup: the buyer's own pages, the artisan's portal, the editors' admin, the emails."""

from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.models import CartLine, Order, OutgoingEmail
from catalog.outbox import send
from inquiries.models import Inquiry, InquiryKind

from .public_shop import (  # noqa: F401 (the fixtures "shop" and "visitor")
    shop_fixture,
    url,
    visitor_fixture,
)
from .strategies import MARKUP_PAYLOADS, PROPERTY_SETTINGS, TEXT_PAYLOADS, injected_markup

pytestmark = pytest.mark.django_db

# Every page that shows a stored text follows each example: fewer examples, same coverage of
# the payloads (each is drawn several times).
STORED_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=25)


def stored_text(max_size):
    """A payload a form accepts (no NUL, which forms refuse), within the field's length."""
    wrapped = st.builds(
        lambda before, payload, after: f"{before}{payload}{after}",
        st.sampled_from(["", "Rina ", "\u202e", "\u200b", "Jl. Merdeka 1 "]),
        st.sampled_from(MARKUP_PAYLOADS + TEXT_PAYLOADS),
        st.sampled_from(["", " batik", "\u202c", "\ufeff", " RT 02/RW 03"]),
    )
    return wrapped.filter(lambda text: len(text) <= max_size)


@pytest.fixture
def staff(shop):
    """The artisan and an editor, each signed in in their own browser."""
    artisan, editor = Client(), Client()
    artisan.force_login(shop["artisan_user"])
    editor.force_login(shop["editor"])
    return {"artisan": artisan, "editor": editor}


def assert_rendered_as_text(client, path, payloads):
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    problems = injected_markup(response.content.decode(), payloads)
    assert not problems, (path, problems)


def assert_emails_hold_no_markup(payloads):
    """Send what the outbox holds; every HTML part is checked (the emails are plain text today,
    where markup is inert, and a header never breaks on a visitor's text)."""
    mail.outbox.clear()
    for email in OutgoingEmail.objects.filter(status="queued"):
        assert send(email), email.last_error
    for message in mail.outbox:
        message.message()  # raises on a header a visitor's text could break
        for content, mimetype in getattr(message, "alternatives", []):
            if mimetype == "text/html":
                problems = injected_markup(content, payloads)
                assert not problems, (message.subject, problems)


KIND_FIELDS = {
    InquiryKind.QUESTION: {},
    InquiryKind.QUOTE: {"quantity": "20", "country": "NL"},
    InquiryKind.CUSTOM: {"quantity": "2"},
}


@STORED_SETTINGS
@given(
    kind=st.sampled_from(list(KIND_FIELDS)),
    name=stored_text(120),
    message=stored_text(4000),
    extra=st.fixed_dictionaries(
        {},
        optional={
            "company": stored_text(160),
            "motif": stored_text(160),
            "colours": stored_text(160),
            "size": stored_text(160),
        },
    ),
    reply=stored_text(4000),
)
def test_an_inquiry_shows_as_text_to_the_buyer_the_artisan_and_the_council(
    visitor, shop, staff, kind, name, message, extra, reply
):
    from django.core.cache import cache

    cache.clear()  # the rate limits would stop the examples, not the form
    cloth = shop["products"][0]
    data = {
        "product": cloth.pk,
        "kind": kind,
        "name": name,
        "email": "jane@example.com",
        "message": message,
        **KIND_FIELDS[kind],
        **extra,
    }
    payloads = [name, message, reply, *extra.values()]

    response = visitor.post(url("inquiries:ask"), data, payloads=payloads)

    assert response.status_code == 302, response.context["form"].errors
    inquiry = Inquiry.objects.latest("pk")
    thread = url("inquiries:thread", inquiry.access_token)
    assert visitor.post(thread, {"body": reply}, payloads=payloads).status_code == 302
    assert_rendered_as_text(visitor.client, thread, payloads)
    artisan, editor = staff["artisan"], staff["editor"]
    assert_rendered_as_text(artisan, url("inquiries_artisan_list"), payloads)
    assert_rendered_as_text(artisan, url("inquiries_artisan_thread", inquiry.pk), payloads)
    assert_rendered_as_text(editor, reverse("wagtailsnippets_inquiries_inquiry:list"), payloads)
    assert_rendered_as_text(editor, reverse("inquiry_admin_thread", args=[inquiry.pk]), payloads)
    assert_emails_hold_no_markup(payloads)


def order_pages(order):
    """Every page that shows an order's contact and address, by who sees it."""
    buyer = [url("checkout:order", order.access_token), url("checkout:my_orders")]
    if order.country != "ID":
        buyer.append(url("checkout:proforma", order.access_token))
    return {
        "buyer": buyer,
        "artisan": [url("portal:my_orders")],
        "editor": [
            reverse("wagtailsnippets_catalog_order:list"),
            reverse("wagtailsnippets_catalog_order:inspect", args=[order.pk]),
        ],
    }


def assert_order_shown_as_text(visitor, staff, order, payloads):
    pages = order_pages(order)
    for path in pages["buyer"]:
        assert_rendered_as_text(visitor.client, path, payloads)
    for role in ("artisan", "editor"):
        for path in pages[role]:
            assert_rendered_as_text(staff[role], path, payloads)
    assert_emails_hold_no_markup(payloads)


@STORED_SETTINGS
@given(
    abroad=st.booleans(),
    typed=st.fixed_dictionaries(
        {
            "name": stored_text(120),
            "street": stored_text(200),
            "delivery_note": stored_text(200),
            "regency": stored_text(80),
            "province": stored_text(80),
        }
    ),
)
def test_an_order_s_contact_and_address_show_as_text_everywhere(
    visitor, shop, staff, abroad, typed
):
    cloth = shop["products"][0]
    type(cloth).objects.filter(pk=cloth.pk).update(stock=50)
    if not CartLine.objects.exists():
        variant = cloth.variants.first()
        visitor.post(url("cart:add", cloth.pk), {"quantity": "1", "variant": variant.pk})
    place = {"email": "rina@example.com"}
    if abroad:
        place |= {"phone": "+31 6 1234 5678", "country": "NL", "postal_code": "1016 GV"}
        place["delivery"] = "pickup"
    else:
        place |= {"phone": "0812 3456 7890", "country": "ID", "delivery": shop["delivery"]}
        place |= {"province_code": "35", "regency_code": "35.22", "district_code": "35.22.01"}
        place |= {"village_code": "35.22.01.2001", "postal_code": "62165"}
    payloads = list(typed.values())

    response = visitor.post(url("checkout:checkout"), {**typed, **place}, payloads=payloads)

    assert response.status_code == 302, response.context["form"].errors
    assert_order_shown_as_text(visitor, staff, Order.objects.latest("pk"), payloads)


@STORED_SETTINGS
@given(
    typed=st.fixed_dictionaries(
        {"street": stored_text(200), "regency": stored_text(80), "province": stored_text(80)}
    )
)
def test_the_address_of_an_accepted_quote_shows_as_text_everywhere(visitor, shop, staff, typed):
    inquiry, cloth = shop["quoted"], shop["products"][0]
    type(cloth).objects.filter(pk=cloth.pk).update(stock=50)
    Inquiry.objects.filter(pk=inquiry.pk).update(status="quoted", order=None)  # to accept again
    data = {
        "phone": "+31 6 1234 5678",
        "postal_code": "1016 GV",
        "country": "NL",
        "seen_amount": str(inquiry.quoted_amount),
        "seen_currency": inquiry.quoted_currency,
        **typed,
    }
    payloads = list(typed.values())

    response = visitor.post(url("inquiries:accept", inquiry.access_token), data, payloads=payloads)

    assert response.status_code == 302, response.context["form"].errors
    assert_order_shown_as_text(visitor, staff, Order.objects.latest("pk"), payloads)


@pytest.mark.parametrize("payload", MARKUP_PAYLOADS)
def test_the_check_finds_each_payload_rendered_live_and_passes_it_escaped(payload):
    """The check above can fail: each payload put in a page as markup (in text, in an
    attribute, in a textarea) is found; escaped by Django's templates, it is not."""
    from django.template import Context, Template

    page = Template(
        '<p>{{ text }}</p><input value="{{ text }}"><textarea>{{ text }}</textarea>'
        "<a title='{{ text }}'>x</a>"
    )
    live = page.render(Context({"text": payload}, autoescape=False))
    escaped = page.render(Context({"text": payload}))

    assert injected_markup(live, [payload])
    assert injected_markup(live)  # found without being told the payload, from the page alone
    assert not injected_markup(escaped, [payload])
