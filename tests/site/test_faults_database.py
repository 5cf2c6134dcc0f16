"""Faults: the database going away during a checkout or a page.

A connection cut in the middle of placing an order (PostgreSQL: the request's own backend
terminated from a second connection, as a restart does) rolls the whole order back: no order,
no stock taken, the cart as it was; the buyer gets a 503 page in their language with
Retry-After, and sending the form again on a fresh connection places the order once. A
database out of reach for a whole request (connection refused, on either database) gives the
same page, whether the first query comes from a view or from a middleware reading the session,
and so does SQLite locked by another writer for longer than a checkout waits.
"""

import logging
import sqlite3

from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from catalog.checkout import services
from catalog.models import (
    Cart,
    CartLine,
    Order,
    OrderStatus,
    OutgoingEmail,
    Payment,
    PaymentEvent,
    PaymentMethod,
    Product,
)
from tests.catalog.factories import ProductFactory
from tests.catalog.stripe_events import card_order, intent_event, post_event
from tests.catalog.stripe_server import WEBHOOK_SECRET

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DETAILS = {
    "name": "Rina Wulandari",
    "email": "rina@example.com",
    "phone": "0812 3456 7890",
    "country": "ID",
    "delivery": "pickup",
    "payment_method": "bank_transfer",
}
TRY_AGAIN = "Please try again in a moment"


def needs_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: run with DATABASE_URL=postgres://...")


@pytest.fixture
def two_pieces(home_page):
    """Two artisans' pieces, so that the order takes stock twice."""
    return (
        ProductFactory(name="Kain Sekar Jati", price=350_000, stock=3),
        ProductFactory(name="Ledre Pisang", price=25_000, stock=10),
    )


def fill_cart(client, products, language="id"):
    with translation.override(language):
        for product in products:
            client.post(reverse("cart:add", args=[product.pk]), {"quantity": 1})
    assert CartLine.objects.count() == len(products)


def check_out(client, language="id"):
    with translation.override(language):
        return client.post(reverse("checkout:checkout"), DETAILS)


def stocks(products):
    return [Product.objects.get(pk=product.pk).stock for product in products]


def terminate_backend(pid):
    """What a database restart does to a connection: its server process ends (from a second
    connection; waits until it is gone)."""
    import psycopg

    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s, 5000)", [pid])


@pytest.fixture
def cut_after_first_piece(monkeypatch):
    """The request's connection is terminated inside place_order's transaction, once the
    order row is written and the first piece taken from stock."""
    original = services.take_from_stock
    calls = []

    def take_then_cut(product, variant, quantity):
        calls.append(product.pk)
        if len(calls) == 2:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                terminate_backend(cursor.fetchone()[0])
        return original(product, variant, quantity)

    monkeypatch.setattr(services, "take_from_stock", take_then_cut)
    return calls


def assert_try_again_page(response, language):
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    page = response.content.decode()
    with translation.override(language):
        assert gettext(TRY_AGAIN) in page
    assert f'<html lang="{language}">' in page


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_connection_cut_mid_checkout_places_nothing_and_the_retry_places_once(
    client, two_pieces, cut_after_first_piece, language
):
    needs_postgresql()
    fill_cart(client, two_pieces, language)
    before = stocks(two_pieces)

    response = check_out(client, language)

    assert len(cut_after_first_piece) == 2  # the cut came after stock was taken once
    assert_try_again_page(response, language)
    if language == "en":
        assert TRY_AGAIN in response.content.decode()
    # Rolled back whole, read on a new connection.
    assert not Order.objects.exists()
    assert stocks(two_pieces) == before
    assert Cart.objects.count() == 1 and CartLine.objects.count() == 2

    cut_after_first_piece.append("no more cuts")  # the database is back
    again = check_out(client, language)
    order = Order.objects.get()
    assert again.status_code == 302 and again.url.endswith(order.access_token + "/")
    assert stocks(two_pieces) == [stock - 1 for stock in before]
    assert order.lines.count() == 2 and not Cart.objects.exists()
    # The same form sent a third time (the buyer's second tab) orders nothing more.
    check_out(client, language)
    assert Order.objects.count() == 1 and stocks(two_pieces) == [stock - 1 for stock in before]


class Outage:
    """Every new connection refused, as while the server restarts: PostgreSQL on a port
    nobody listens on, SQLite in a folder that does not exist."""

    def __init__(self):
        self.saved = {key: connection.settings_dict[key] for key in ("NAME", "HOST", "PORT")}

    def begin(self):
        connection.close()
        if connection.vendor == "postgresql":
            connection.settings_dict.update(HOST="127.0.0.1", PORT="9")
        else:
            connection.settings_dict["NAME"] = "/nonexistent-folder/pasar-kriya.sqlite3"

    def end(self):
        connection.close()
        connection.settings_dict.update(self.saved)


@pytest.fixture
def outage():
    outage = Outage()
    yield outage
    outage.end()


def test_an_unreachable_database_gives_the_try_again_page_and_loses_nothing(two_pieces, outage):
    buyer = Client(raise_request_exception=False)
    fill_cart(buyer, two_pieces, "en")
    before = stocks(two_pieces)
    product_url = two_pieces[0].get_absolute_url()

    outage.begin()
    # A visitor without a session: the page's view is the first to ask.
    assert_try_again_page(Client(raise_request_exception=False).get(product_url), "id")
    # The buyer's session is read by a middleware before any view.
    assert_try_again_page(check_out(buyer, "en"), "en")
    outage.end()

    assert not Order.objects.exists() and stocks(two_pieces) == before
    assert CartLine.objects.count() == 2
    assert check_out(buyer, "en").status_code == 302
    assert Order.objects.count() == 1 and stocks(two_pieces) == [stock - 1 for stock in before]


def test_a_stripe_event_during_an_outage_is_refused_then_applied_once(home_page, outage, settings):
    """Stripe delivers an event again until it gets a 2xx (for days, each delivery signed
    afresh): refused while the database is away, it is applied once when it comes again, and
    a second redelivery changes nothing. (Events out of order, or twenty at once:
    tests/catalog/test_stripe_webhook.py.)"""
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    order = card_order()
    payment = Payment.objects.create(
        order=order,
        method=PaymentMethod.CARD,
        amount=order.total,
        reference=order.number,
        provider_reference="pi_outage",
        charged_currency="idr",
        charged_minor=order.total * 100,
    )
    event = intent_event(payment)
    stripe = Client(raise_request_exception=False)

    outage.begin()
    refused = post_event(stripe, event)
    outage.end()

    assert refused.status_code == 503  # not a 2xx: Stripe will deliver it again
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert post_event(stripe, event).status_code == 200
    assert post_event(stripe, event).status_code == 200
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID
    assert PaymentEvent.objects.filter(payment=payment).count() == 1
    assert OutgoingEmail.objects.filter(kind="payment_confirmed_buyer").count() == 1


def test_a_checkout_while_sqlite_is_locked_by_another_writer_places_nothing(client, two_pieces):
    """SQLite's fault of the kind: another process holds the write lock (an import, a backup)
    longer than the checkout may wait for it."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only: its one writer at a time")
    fill_cart(client, two_pieces, "en")
    before = stocks(two_pieces)
    options = connection.settings_dict["OPTIONS"]
    waited = options["timeout"]
    connection.close()
    options["timeout"] = 0.2  # seconds to wait for the lock (20 on the site)
    other = sqlite3.connect(connection.settings_dict["NAME"])
    other.execute("BEGIN IMMEDIATE")
    try:
        response = check_out(client, "en")
    finally:
        other.rollback()
        other.close()
        connection.close()
        options["timeout"] = waited

    assert_try_again_page(response, "en")
    assert not Order.objects.exists() and stocks(two_pieces) == before
    assert CartLine.objects.count() == 2
    assert check_out(client, "en").status_code == 302
    assert Order.objects.count() == 1


def test_other_server_errors_keep_the_server_error_page(rf):
    from home.db_errors import server_error

    try:
        raise ValueError("not the database")
    except ValueError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500 and "Retry-After" not in response


def test_an_outage_is_logged_once_per_request(two_pieces, outage, caplog):
    product_url = two_pieces[0].get_absolute_url()
    caplog.set_level(logging.WARNING)

    outage.begin()
    response = Client(raise_request_exception=False).get(product_url)
    outage.end()

    assert response.status_code == 503
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert [record.getMessage().split(":")[0] for record in errors] == ["Database unavailable"]
