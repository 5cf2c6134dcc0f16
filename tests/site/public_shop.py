"""A small live shop for the property tests of public inputs, and a visitor that reports what
went wrong on the server instead of raising it (the way a buyer meets it: as a status code)."""

import traceback
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal
from urllib.parse import quote

from django.core.signals import got_request_exception
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

import pytest

from catalog.models import ProductVariant
from home.models import CouncilSettings
from inquiries.models import Author, InquiryKind
from inquiries.services import reply, send_quote
from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory
from tests.catalog.accounts import artisan_account, editor_account
from tests.catalog.factories import ProductFactory, courier_key, zone_with_rates
from tests.home.factories import StoryIndexPageFactory, StoryPageFactory
from tests.inquiries.factories import InquiryFactory

from .strategies import Encoded, injected_markup


def query_string(pairs):
    return "&".join(
        f"{quote(name)}={value if isinstance(value, Encoded) else quote(value)}"
        for name, value in pairs
    )


def url(name, *args, language="id", query=()):
    with translation.override(language):
        path = reverse(name, args=args)
    return f"{path}?{query_string(query)}" if query else path


def path_segment(text):
    """`text` as one segment of a URL path (a slash inside it stays inside it)."""
    if isinstance(text, Encoded):
        return text
    return quote(text, safe="") or "x"


def payloads_of(pairs):
    """The values of (name, value) pairs that the server reads as text."""
    return [value for _name, value in pairs if not isinstance(value, Encoded)]


class Visitor:
    """A browser without an account. Each request answers with a status, never an exception;
    a 500 fails with the server's traceback, and an HTML page with a visitor's markup live in
    it fails with what was found."""

    def __init__(self):
        self.client = Client(raise_request_exception=False)
        self.errors = []

    @contextmanager
    def listening(self):
        def record(sender, request=None, **kwargs):
            self.errors.append(traceback.format_exc())

        got_request_exception.connect(record)
        try:
            yield self
        finally:
            got_request_exception.disconnect(record)

    def get(self, path, payloads=(), **extra):
        return self._checked(self.client.get(path, **extra), path, payloads)

    def post(self, path, data=None, payloads=(), **extra):
        response = self.client.post(path, {} if data is None else data, **extra)
        return self._checked(response, path, payloads)

    def _checked(self, response, path, payloads):
        errors, self.errors = self.errors, []
        assert response.status_code < 500, f"{response.status_code} for {path!r}:\n" + "".join(
            errors
        )
        assert not errors, "".join(errors)
        if response.get("Content-Type", "").startswith("text/html"):
            problems = injected_markup(response.content.decode(errors="replace"), payloads)
            assert not problems, f"{path!r}: {problems}"
        return response


@pytest.fixture(name="visitor")
def visitor_fixture():
    with Visitor().listening() as visitor:
        yield visitor


def sign_in(client, user):
    client.force_login(user)
    return client


@pytest.fixture(name="shop")
def shop_fixture(home_page):
    """Two artisans (one with a profile page), a product with sizes, a plain one, East Java's
    courier rates, a story index, an editor, and an inquiry with a quote the buyer may accept."""
    sri, sri_shop = artisan_account("sri")
    _budi, budi_shop = artisan_account("budi")
    council = CouncilSettings.for_site(home_page.get_site())
    council.email, council.whatsapp = "dekranasda@example.com", "6281234567890"
    council.save()
    cloth = ProductFactory(artisan=sri_shop, name="Kain Sekar Jati", price=350_000, stock=50)
    for size in ("M", "L"):
        ProductVariant.objects.create(product=cloth, label=size, sku=f"KSJ-{size}", stock=20)
    ledre = ProductFactory(artisan=budi_shop, name="Ledre Pisang", price=25_000, stock=50)
    zone = zone_with_rates((1000, 9_000), (5000, 30_000), (100_000, 300_000))
    artisans = ArtisanIndexPageFactory(parent=home_page)
    ArtisanPageFactory(parent=artisans, artisan=sri_shop, slug="sri")
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=stories, slug="pameran")
    quoted = InquiryFactory(
        artisan=sri_shop, product=cloth, kind=InquiryKind.QUOTE, country="NL", quantity=20
    )
    send_quote(
        quoted,
        amount=Decimal("3000000"),
        currency="IDR",
        valid_until=timezone.localdate() + timedelta(days=10),
        note="Harga termasuk kemasan.",
        author_kind=Author.ARTISAN,
    )
    reply(quoted, "Bisa, 20 lembar.", author_kind=Author.ARTISAN)
    quoted.refresh_from_db()
    return {
        "products": (cloth, ledre),
        "artisan_user": sri,
        "artisan": sri_shop,
        "editor": editor_account(),
        "delivery": courier_key(zone),
        "artisan_index": artisans,
        "story_index": stories,
        "quoted": quoted,
    }


def assert_no_markup(html, payloads=()):
    problems = injected_markup(html, payloads)
    assert not problems, problems
