"""The council's review queue: many listings approved or sent back at once, and the catalog
exported for the council's own spreadsheets."""

import csv
from io import BytesIO, StringIO

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from catalog.models import ListingStatus, ReviewState
from tests.catalog.factories import ProductFactory, submitted_listing

from .accounts import editor_account

pytestmark = pytest.mark.django_db


def submitted(**fields):
    return submitted_listing(**fields)


@pytest.fixture
def editor_client(client):
    client.force_login(editor_account())
    return client


def bulk_url(action, products):
    url = reverse("wagtail_bulk_action", args=["catalog", "product", action])
    ids = "&".join(f"id={product.pk}" for product in products)
    return f"{url}?{ids}&next=/admin/"


def test_the_queue_lists_what_awaits_review(editor_client):
    waiting = submitted(name="Tas anyaman")
    ProductFactory(name="Sudah tayang")

    queue = editor_client.get(
        reverse("wagtailsnippets_catalog_product:list") + "?review_state=submitted"
    )
    dashboard = editor_client.get(reverse("wagtailadmin_home"))

    assert waiting.name in queue.content.decode()
    assert "Sudah tayang" not in queue.content.decode()
    assert waiting.name in dashboard.content.decode()


def test_bulk_approve_puts_every_selected_listing_live(editor_client):
    products = [submitted(), submitted()]

    response = editor_client.post(bulk_url("approve_listing", products))

    assert response.status_code == 302
    for product in products:
        product.refresh_from_db()
        assert product.live and product.listing_status == ListingStatus.LIVE


def test_bulk_approve_leaves_listings_that_await_nothing(editor_client):
    hidden = ProductFactory(live=False)

    editor_client.post(bulk_url("approve_listing", [hidden]))

    hidden.refresh_from_db()
    assert not hidden.live


def test_bulk_send_back_needs_a_note_and_keeps_listings_off_the_site(editor_client):
    products = [submitted(), submitted()]

    refused = editor_client.post(bulk_url("send_back_listing", products), {"note": ""})
    assert refused.status_code == 200 and "note" in refused.context["form"].errors

    editor_client.post(bulk_url("send_back_listing", products), {"note": "Foto buram."})

    for product in products:
        product.refresh_from_db()
        assert not product.live
        assert (product.review_state, product.review_note) == (ReviewState.REJECTED, "Foto buram.")


def test_publishing_in_the_editor_also_ends_the_review(editor_client):
    product = submitted()

    product.get_latest_revision().publish(user=None)

    product.refresh_from_db()
    assert product.review_state == ReviewState.NONE


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_catalog_exports_to_a_spreadsheet(editor_client, export_format):
    ProductFactory(name="Kain Kayangan", price=350_000)

    response = editor_client.get(
        reverse("wagtailsnippets_catalog_product:list") + f"?export={export_format}"
    )

    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        rows = list(csv.reader(StringIO(content.decode("utf-8-sig"))))
    else:
        rows = [list(row) for row in load_workbook(BytesIO(content)).active.values]
    assert len(rows) == 2  # a header and the one product
    assert {"Kain Kayangan", "350000"} <= {str(cell) for cell in rows[1]}


def test_an_editors_publish_keeps_the_stock_sold_meanwhile(editor_client):
    from catalog.models import Product

    product = ProductFactory(stock=5)
    product.save_revision().publish()
    product.refresh_from_db()
    form_copy = Product.objects.get(pk=product.pk)  # what the editor's form holds: stock 5
    Product.objects.filter(pk=product.pk).update(stock=2)  # sold meanwhile

    form_copy.name = "Nama baru"
    form_copy.save_revision().publish()

    product.refresh_from_db()
    assert (product.name, product.stock) == ("Nama baru", 2)
