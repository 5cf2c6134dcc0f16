"""Display currencies for export buyers: conversion from rupiah, formatting in both languages, the
visitor's choice kept in the session, and rates editors keep (the latest wins, cached)."""

import json
import re
from datetime import timedelta
from decimal import Decimal

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client
from django.urls import reverse
from django.utils.timezone import localdate
from django.utils.translation import override

import pytest

from catalog.currencies import CURRENCIES, Rate, convert, format_amount, format_rate
from catalog.models import ExchangeRate, ProductVariant, WholesaleTier, current_rates
from home.demo.steps_rates import load_rates
from tests.catalog.factories import ExchangeRateFactory, ProductFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

APPROX = re.compile(r'<span class="price-approx">≈ ([^<]+)</span>')
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


@pytest.fixture(autouse=True)
def forget_cached_rates():
    """Rates are cached across requests: no test sees another's."""
    cache.clear()
    yield
    cache.clear()


def rates(**rupiah_per_unit):
    return {
        code: Rate(code, Decimal(value), "test", localdate())
        for code, value in rupiah_per_unit.items()
    }


def set_currency_url():
    with override("en"):
        return reverse("catalog:set_currency")


def choose(client, code, next_url="/en/catalog/", **extra):
    return client.post(set_currency_url(), {"currency": code, "next": next_url}, **extra)


def approximations(response):
    return APPROX.findall(response.content.decode())


# --- conversion and formatting ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "currency", "rupiah_per_unit", "expected"),
    [
        (150_000, "USD", "16250.00", Decimal("9.23")),
        (1_250_000, "USD", "16250.00", Decimal("76.92")),
        (150_000, "EUR", "18900.00", Decimal("7.94")),
        (150_000, "SGD", "12500.00", Decimal("12.00")),
        (150_000, "AUD", "10750.00", Decimal("13.95")),
        (150_000, "JPY", "108.50", Decimal("1382")),
        (150_000, "MYR", "3700.00", Decimal("40.54")),
        # Half a minor unit rounds up, not to even.
        (1, "USD", "8.00", Decimal("0.13")),
        (1_000, "JPY", "80.00", Decimal("13")),
        (0, "USD", "16250.00", Decimal("0.00")),
    ],
)
def test_rupiah_convert_to_each_currency_rounded_to_its_minor_unit(
    amount, currency, rupiah_per_unit, expected
):
    converted = convert(amount, currency, rates(**{currency: rupiah_per_unit}))

    assert converted == expected
    assert converted.as_tuple().exponent == -CURRENCIES[currency].decimal_places


def test_a_currency_without_a_rate_converts_to_nothing():
    assert convert(150_000, "EUR", rates(USD="16250")) is None
    assert convert(150_000, "XYZ", rates(XYZ="1")) is None


@pytest.mark.parametrize(
    ("amount", "currency", "indonesian", "english"),
    [
        (Decimal("12.35"), "USD", "US$12,35", "US$12.35"),
        (Decimal("1234.50"), "USD", "US$1.234,50", "US$1,234.50"),
        (Decimal("11.40"), "EUR", "€11,40", "€11.40"),
        (Decimal("2500.00"), "SGD", "S$2.500,00", "S$2,500.00"),
        (Decimal("13.95"), "AUD", "A$13,95", "A$13.95"),
        (Decimal("1650"), "JPY", "¥1.650", "¥1,650"),
        (Decimal("40.54"), "MYR", "RM40,54", "RM40.54"),
        (Decimal("-9.23"), "USD", "-US$9,23", "-US$9.23"),
    ],
)
def test_amounts_are_written_the_way_each_language_writes_numbers(
    amount, currency, indonesian, english
):
    assert format_amount(amount, currency, "id") == indonesian
    assert format_amount(amount, currency, "en") == english
    with override("en"):
        assert format_amount(amount, currency) == english


@pytest.mark.parametrize(
    ("currency", "rupiah_per_unit", "indonesian", "english"),
    [
        ("USD", "16250.00", "US$1 = Rp16.250", "US$1 = IDR 16,250"),
        ("JPY", "108.50", "¥1 = Rp108,50", "¥1 = IDR 108.50"),
    ],
)
def test_the_rate_is_written_in_rupiah_per_unit(currency, rupiah_per_unit, indonesian, english):
    rate = rates(**{currency: rupiah_per_unit})[currency]

    assert format_rate(rate, "id") == indonesian
    assert format_rate(rate, "en") == english


# --- the rate table -----------------------------------------------------------------------------


@pytest.mark.parametrize("rupiah_per_unit", [Decimal("0"), Decimal("-16250")])
def test_a_rate_must_be_positive(rupiah_per_unit):
    rate = ExchangeRate(currency="USD", rupiah_per_unit=rupiah_per_unit, source="BI")

    with pytest.raises(ValidationError) as error:
        rate.full_clean()
    assert "rupiah_per_unit" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        rate.save()


def test_the_latest_rate_in_force_wins_for_each_currency():
    today = localdate()
    ExchangeRateFactory(currency="USD", rupiah_per_unit="15000", effective_on=today - timedelta(7))
    ExchangeRateFactory(currency="USD", rupiah_per_unit="16000", effective_on=today - timedelta(1))
    ExchangeRateFactory(currency="USD", rupiah_per_unit="17000", effective_on=today + timedelta(1))
    ExchangeRateFactory(currency="JPY", rupiah_per_unit="107", effective_on=today)
    ExchangeRateFactory(currency="JPY", rupiah_per_unit="109", effective_on=today)  # a correction

    current = current_rates()

    assert {code: rate.rupiah_per_unit for code, rate in current.items()} == {
        "USD": Decimal("16000.00"),
        "JPY": Decimal("109.00"),
    }


def test_rates_are_read_once_and_forgotten_when_they_change(django_assert_num_queries):
    ExchangeRateFactory(currency="USD", rupiah_per_unit="16000")
    with django_assert_num_queries(1):
        current_rates()
    with django_assert_num_queries(0):
        assert current_rates()["USD"].rupiah_per_unit == Decimal("16000")

    ExchangeRateFactory(currency="USD", rupiah_per_unit="16500")
    assert current_rates()["USD"].rupiah_per_unit == Decimal("16500")

    ExchangeRate.objects.filter(rupiah_per_unit=Decimal("16500")).delete()  # a bulk delete
    assert current_rates()["USD"].rupiah_per_unit == Decimal("16000")

    ExchangeRate.objects.get().delete()
    assert current_rates() == {}


def test_an_editor_saving_a_new_rate_in_the_admin_changes_prices_at_once(
    client, admin_client, admin_user, home_page
):
    ProductFactory(price=150_000)
    ExchangeRateFactory(currency="USD", rupiah_per_unit="16250")
    choose(client, "USD")
    assert approximations(client.get("/en/catalog/")) == ["US$9.23"]

    response = admin_client.post(
        reverse("wagtailsnippets_catalog_exchangerate:add"),
        {
            "currency": "USD",
            "rupiah_per_unit": "15000.00",
            "source": "Bank Indonesia JISDOR",
            "effective_on": localdate().isoformat(),
        },
    )

    assert response.status_code == 302
    assert ExchangeRate.objects.latest("recorded_at").recorded_by == admin_user
    assert approximations(client.get("/en/catalog/")) == ["US$10.00"]


def test_the_admin_lists_rates_with_their_source_and_date(admin_client, home_page):
    ExchangeRateFactory(currency="JPY", rupiah_per_unit="108.50", source="Bank Indonesia JISDOR")

    html = admin_client.get(reverse("wagtailsnippets_catalog_exchangerate:list")).content.decode()

    assert "JPY · yen Jepang" in html  # the admin speaks Indonesian by default
    assert "108.50" in html
    assert "Bank Indonesia JISDOR" in html


def test_demo_rates_cover_every_currency_and_load_once():
    class Loader:
        created = 0

    load_rates(Loader)
    load_rates(Loader)

    assert Loader.created == len(CURRENCIES)
    assert set(current_rates()) == set(CURRENCIES)


# --- the visitor's choice -------------------------------------------------------------------


def test_visitors_see_rupiah_only_until_they_choose(client, home_page):
    ProductFactory(price=150_000)
    ExchangeRateFactory(currency="USD")

    for url in ("/id/katalog/", "/en/catalog/"):
        html = client.get(url).content.decode()
        assert "price-approx" not in html
        assert 'name="currency" value="USD"' in html  # offered in the header


def test_a_chosen_currency_is_remembered_across_pages_and_languages(client, home_page):
    product = ProductFactory(price=150_000)
    ExchangeRateFactory(currency="USD", rupiah_per_unit="16250")

    response = choose(client, "USD", next_url="/en/catalog/?sort=price")

    assert response.status_code == 302
    assert response.url == "/en/catalog/?sort=price"
    assert client.session["display_currency"] == "USD"
    english = client.get("/en/catalog/")
    assert "IDR 150,000" in english.content.decode()
    assert approximations(english) == ["US$9.23"]
    # The language switcher changes the language, not the currency.
    indonesian = client.get(f"/id/katalog/{product.slug}/")
    assert "Rp150.000" in indonesian.content.decode()
    assert approximations(indonesian) == ["US$9,23"]


def test_choosing_rupiah_goes_back_to_rupiah_only(client, home_page):
    ProductFactory(price=150_000)
    ExchangeRateFactory(currency="USD")
    choose(client, "USD")

    choose(client, "IDR")

    assert "display_currency" not in client.session
    assert approximations(client.get("/id/katalog/")) == []


@pytest.mark.parametrize("code", ["XYZ", "", "EUR", "<b>USD</b>", "USD" * 100])
def test_a_currency_not_offered_is_refused_with_a_message(client, home_page, code):
    ExchangeRateFactory(currency="USD")  # EUR is a known currency, but has no rate
    choose(client, "USD")

    response = choose(client, code, next_url="/en/catalog/")

    assert response.status_code == 302
    assert client.session["display_currency"] == "USD"
    [message] = get_messages(response.wsgi_request)
    assert "Prices cannot be shown in" in str(message)
    shown = client.get("/en/catalog/").content.decode()
    assert "Prices cannot be shown in" in shown
    assert "<b>USD</b>" not in shown


def test_the_refusal_is_shown_on_the_page_the_visitor_goes_back_to(client, home_page):
    ExchangeRateFactory(currency="USD")
    with override("id"):
        url = reverse("catalog:set_currency")

    response = client.post(url, {"currency": "XYZ", "next": "/id/katalog/"}, follow=True)

    assert response.status_code == 200
    assert "XYZ" in response.content.decode()
    assert "display_currency" not in client.session


@pytest.mark.parametrize(
    "next_url",
    [
        "https://evil.example/",
        "//evil.example/en/catalog/",
        "javascript:alert(1)",
        "http://testserver.evil.example/",
        "",
    ],
)
def test_an_unsafe_next_address_is_ignored(client, home_page, next_url):
    ExchangeRateFactory(currency="USD")

    response = choose(client, "USD", next_url=next_url)

    assert response.status_code == 302
    assert response.url == "/"
    assert client.session["display_currency"] == "USD"


def test_choosing_needs_a_post(home_page):
    ExchangeRateFactory(currency="USD")
    client = Client(enforce_csrf_checks=True)

    assert client.get(set_currency_url(), {"currency": "USD"}).status_code == 405
    assert "display_currency" not in client.session


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://elsewhere.example"},
        # A browser too old to say (no Sec-Fetch-Site, no Origin), on HTTPS: the Referer decides.
        {"secure": True, "HTTP_REFERER": "https://elsewhere.example/"},
        {"secure": True},
    ],
)
def test_a_choice_sent_from_another_site_is_refused(home_page, headers):
    ExchangeRateFactory(currency="USD")
    client = Client(enforce_csrf_checks=True)

    response = client.post(set_currency_url(), {"currency": "USD"}, **headers)

    assert response.status_code == 403
    assert "Pasar Kriya" in response.content.decode()
    assert "display_currency" not in client.session
    assert "sessionid" not in response.cookies  # a visitor's session is never replaced


def test_the_header_picker_posts_the_choice_without_a_token_so_pages_stay_shareable(home_page):
    ExchangeRateFactory(currency="USD")
    client = Client(enforce_csrf_checks=True)
    page = client.get("/en/catalog/?page=1")
    html = page.content.decode()
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in page.cookies
    next_url = re.search(r'name="next" value="([^"]+)"', html).group(1)

    response = client.post(
        set_currency_url(),
        {"currency": "USD", "next": next_url},
        HTTP_SEC_FETCH_SITE="same-origin",
        HTTP_ORIGIN="http://testserver",
    )

    assert response.status_code == 302
    assert response.url == "/en/catalog/?page=1"
    assert client.session["display_currency"] == "USD"


def test_a_currency_whose_rate_is_gone_falls_back_to_rupiah(client, home_page):
    ProductFactory(price=150_000)
    ExchangeRateFactory(currency="USD")
    ExchangeRateFactory(currency="EUR", rupiah_per_unit="18900")
    choose(client, "USD")

    ExchangeRate.objects.filter(currency="USD").delete()

    html = client.get("/id/katalog/").content.decode()
    assert "Rp150.000" in html
    assert "price-approx" not in html
    assert 'value="USD"' not in html
    assert 'value="EUR"' in html


def test_without_any_rate_there_is_no_currency_picker(client, home_page):
    html = client.get("/id/katalog/").content.decode()

    assert "currency-picker" not in html


# --- what pages show --------------------------------------------------------------------------


def test_product_page_shows_rupiah_and_the_approximate_amount_everywhere_a_price_is(
    client, home_page
):
    product = ProductFactory(price=150_000)
    ProductVariant.objects.create(product=product, label="XL", sku="XL-1", stock=1, price=175_000)
    WholesaleTier.objects.create(product=product, min_quantity=10, unit_price=130_000)
    ExchangeRateFactory(currency="USD", rupiah_per_unit="16250", source="Bank Indonesia JISDOR")
    choose(client, "USD")

    english = client.get(f"/en/catalog/{product.slug}/").content.decode()
    indonesian = client.get(f"/id/katalog/{product.slug}/").content.decode()

    for amount in ("IDR 150,000", "IDR 175,000", "IDR 130,000"):
        assert amount in english
    assert APPROX.findall(english) == ["US$9.23", "US$10.77", "US$8.00"]
    assert "US$1 = IDR 16,250" in english
    assert "Bank Indonesia JISDOR" in english
    for amount in ("Rp150.000", "Rp175.000", "Rp130.000"):
        assert amount in indonesian
    assert APPROX.findall(indonesian) == ["US$9,23", "US$10,77", "US$8,00"]
    assert "US$1 = Rp16.250" in indonesian


def test_yen_are_shown_without_decimals(client, home_page):
    ProductFactory(price=150_000)
    ExchangeRateFactory(currency="JPY", rupiah_per_unit="108.50")
    choose(client, "JPY")

    assert approximations(client.get("/en/catalog/")) == ["¥1,382"]
    assert approximations(client.get("/id/katalog/")) == ["¥1.382"]


def test_structured_data_keeps_the_price_in_rupiah(client, home_page):
    product = ProductFactory(price=150_000)
    ExchangeRateFactory(currency="USD")
    choose(client, "USD")

    html = client.get(f"/en/catalog/{product.slug}/").content.decode()

    items = [json.loads(block) for block in JSON_LD.findall(html)]
    [offer] = [item["offers"] for item in items if item["@type"] == "Product"]
    assert (offer["price"], offer["priceCurrency"]) == ("150000", "IDR")
    assert "US$" in html


def test_rates_cost_no_query_on_a_page_view(client, home_page):
    ProductFactory(price=150_000)
    without_rates = queries_for(client, "/id/katalog/")

    for code in CURRENCIES:
        ExchangeRateFactory(currency=code, rupiah_per_unit="1000")

    assert queries_for(client, "/id/katalog/") == without_rates
