"""The order's printable documents: a receipt once paid, a proforma invoice for export
buyers; both behind the order's unguessable link and never indexed."""

from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import translation
from django.utils.timezone import localtime

import pytest

from catalog.cart.services import add_to_cart
from catalog.checkout.services import expire_order, place_order
from catalog.models import Cart, PaymentStatus, ShippingScope
from catalog.payments.bank_transfer import bank_transfer
from tests.artisans.factories import ArtisanFactory
from tests.catalog.factories import (
    AMSTERDAM_BUYER,
    ExchangeRateFactory,
    ProductFactory,
    courier_key,
    zone_with_rates,
)

from .accounts import editor_account

pytestmark = pytest.mark.django_db

CONTACT = {"name": "Rina Wulandari", "email": "rina@example.com", "phone": "0812 3456 7890"}
AMSTERDAM = AMSTERDAM_BUYER


def order_of(*products, delivery="pickup", currency=None, **details):
    """An order of one piece of each product (the first twice)."""
    cart = Cart.objects.create()
    for position, product in enumerate(products):
        add_to_cart(cart, product, None, 2 if position == 0 else 1)
    return place_order(cart, delivery=delivery, currency=currency, **(details or CONTACT))


def paid(order):
    payment = bank_transfer.start(order)
    bank_transfer.confirm(payment, editor_account())
    order.refresh_from_db()
    return order


@pytest.fixture
def export_order():
    """Two makers' pieces sent to Amsterdam, the buyer seeing US dollars."""
    zone = zone_with_rates(
        (5000, 420_000),
        scope=ShippingScope.INTERNATIONAL,
        provinces=[],
        countries=["NL"],
        service="Pos Indonesia EMS",
    )
    sarong = ProductFactory(
        name="Kain batik Jonegoroan", price=325_000, weight_grams=450, hs_code="6214.90"
    )
    shawl = ProductFactory(
        name="Selendang ecoprint", price=130_000, weight_grams=120, hs_code="6117.10"
    )
    dollar = ExchangeRateFactory(currency="USD", rupiah_per_unit="16250")
    return order_of(
        sarong,
        shawl,
        delivery=courier_key(zone, "Pos Indonesia EMS"),
        currency=dollar,
        **AMSTERDAM,
    )


def local_date(moment):
    return date_filter(localtime(moment), "DATE_FORMAT")


def url(name, order):
    return reverse(f"checkout:{name}", args=[order.access_token])


def test_a_paid_order_has_a_receipt(client, home_page):
    maker = ArtisanFactory(business_name="Batik Sekar Jati")
    order = paid(order_of(ProductFactory(artisan=maker, price=150_000)))

    response = client.get(url("receipt", order))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in page
    assert "Kuitansi" in page and order.number in page
    assert "Diterima dari" in page and "Rina Wulandari" in page
    assert "Atas nama para perajin:" in page and "Batik Sekar Jati" in page
    assert "Rp300.000" in page and "Total dibayar" in page
    assert "Transfer bank" in page  # the payment method
    paid_at = order.payments.get().events.get().received_at
    assert "Tanggal dibayar" in page and local_date(paid_at) in page


def test_the_receipt_of_a_refunded_payment_says_what_was_given_back(client, home_page):
    order = paid(order_of(ProductFactory(price=150_000)))
    order.payments.update(status=PaymentStatus.REFUNDED, refunded_amount=300_000)

    response = client.get(url("receipt", order))

    page = response.content.decode()
    assert response.status_code == 200
    assert "<dt>Total dibayar</dt><dd>Rp300.000</dd>" in page
    assert "<dt>Dikembalikan</dt><dd>Rp300.000</dd>" in page


def test_there_is_no_receipt_before_the_payment_is_received(client, home_page):
    order = order_of(ProductFactory())
    bank_transfer.start(order)

    response = client.get(url("receipt", order))

    page = response.content.decode()
    assert response.status_code == 404
    assert "Kuitansi tersedia setelah pembayaran" in page
    assert "Total dibayar" not in page


def test_a_rejected_transfer_gives_no_receipt(client, home_page):
    order = order_of(ProductFactory())
    bank_transfer.reject(bank_transfer.start(order), editor_account(), "Tidak ada transfer")

    assert client.get(url("receipt", order)).status_code == 404


def test_the_proforma_invoice_has_what_customs_and_the_buyers_bank_need(
    client, home_page, export_order
):
    response = client.get(url("proforma", export_order))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in page
    assert "Faktur proforma" in page and export_order.number in page
    assert "Penjual dan eksportir" in page
    assert "Anna de Vries" in page and "1016 GV Amsterdam" in page and "Belanda" in page
    assert "6214.90" in page and "6117.10" in page  # HS codes
    assert "0,450" in page and "0,900" in page and "0,120" in page  # per piece, per line (kg)
    assert "Berat bersih" in page and "Berat kiriman (ditagih)" in page and "1,020 kg" in page
    assert "2 paket, satu per perajin" in page
    assert "DAP Amsterdam, Belanda" in page
    assert "Negara asal" in page
    assert "Rp650.000" in page and "Rp840.000" in page and "Rp1.620.000" in page
    assert "≈ US$40,00" in page  # 650,000 / 16,250
    assert "≈ US$99,69" in page  # 1,620,000 / 16,250
    assert "hanya indikatif" in page and "US$1 = Rp16.250" in page
    assert "Berlaku sampai" in page and local_date(export_order.expires_at) in page


def test_the_proforma_invoice_in_english(client, home_page, export_order):
    with translation.override("en"):
        address = url("proforma", export_order)

    response = client.get(address)

    page = response.content.decode()
    assert address.startswith("/en/")
    assert response.status_code == 200
    assert "Proforma invoice" in page and "Seller and exporter" in page
    assert "DAP Amsterdam, Netherlands" in page
    assert "IDR 1,620,000" in page and "≈ US$99.69" in page
    assert "indicative only" in page and "Payment is in rupiah (IDR)" in page
    assert "Country of origin" in page and "Indonesia" in page
    assert "1.020 kg" in page
    with translation.override("id"):
        indonesian = url("proforma", export_order)
    assert f'href="{indonesian}" hreflang="id" lang="id">Bahasa Indonesia</a>' in page


def test_rupiah_only_buyers_see_no_indicative_amounts(client, home_page):
    zone = zone_with_rates(
        (5000, 420_000), scope=ShippingScope.INTERNATIONAL, provinces=[], countries=["NL"]
    )
    order = order_of(ProductFactory(), delivery=courier_key(zone), **AMSTERDAM)

    page = client.get(url("proforma", order)).content.decode()

    assert "Faktur proforma" in page
    assert "≈" not in page and "indikatif" not in page


def test_a_pickup_at_the_gallery_is_no_delivered_at_place_term(client, home_page):
    order = order_of(ProductFactory(), **AMSTERDAM)

    page = client.get(url("proforma", order)).content.decode()

    assert "DAP" not in page
    assert "Diambil sendiri oleh pembeli di galeri" in page


def test_a_domestic_order_has_no_proforma_invoice(client, home_page):
    order = order_of(ProductFactory())

    response = client.get(url("proforma", order))

    assert response.status_code == 404
    assert "hanya dibuat untuk pesanan yang dikirim ke luar negeri" in response.content.decode()


def test_an_expired_order_has_no_proforma_invoice(client, home_page, export_order):
    expire_order(export_order)

    response = client.get(url("proforma", export_order))

    assert response.status_code == 404
    assert "dibatalkan atau kedaluwarsa" in response.content.decode()
    assert "6214.90" not in response.content.decode()


def test_a_paid_export_order_has_both_documents(client, home_page, export_order):
    paid(export_order)

    assert client.get(url("receipt", export_order)).status_code == 200
    assert client.get(url("proforma", export_order)).status_code == 200


@pytest.mark.parametrize("name", ["receipt", "proforma"])
def test_a_guessed_link_shows_nothing(client, home_page, export_order, name):
    paid(export_order)
    guessed = export_order.access_token[:-1] + (
        "A" if export_order.access_token[-1] != "A" else "B"
    )

    response = client.get(reverse(f"checkout:{name}", args=[guessed]))

    assert response.status_code == 404
    assert export_order.number not in response.content.decode()
    assert "Anna de Vries" not in response.content.decode()


@pytest.mark.parametrize("name", ["receipt", "proforma"])
def test_each_document_takes_a_few_queries_whatever_the_order_size(
    client, home_page, django_assert_max_num_queries, name
):
    zone = zone_with_rates(
        (50_000, 420_000), scope=ShippingScope.INTERNATIONAL, provinces=[], countries=["NL"]
    )
    products = [ProductFactory(hs_code="6214.90") for _maker in range(6)]
    order = paid(order_of(*products, delivery=courier_key(zone), **AMSTERDAM))
    client.get(url(name, order))  # the site settings are cached after the first request

    with django_assert_max_num_queries(6):
        response = client.get(url(name, order))

    assert response.status_code == 200
    assert all(product.name in response.content.decode() for product in products)


def test_the_order_page_links_the_receipt_once_paid(client, home_page):
    order = order_of(ProductFactory())
    assert url("receipt", order) not in client.get(url("order", order)).content.decode()

    paid(order)
    page = client.get(url("order", order)).content.decode()

    assert url("receipt", order) in page
    assert url("proforma", order) not in page  # sent within Indonesia


def test_the_order_page_links_the_proforma_for_an_order_abroad(client, home_page, export_order):
    page = client.get(url("order", export_order)).content.decode()

    assert url("proforma", export_order) in page
    assert url("receipt", export_order) not in page
