"""The council's figures: each equals what the test counts itself from the rows it made; the
dashboard panel and every report render in a bounded number of queries, export the numbers
they show, and are refused to artisans' accounts and buyers."""

import csv
import importlib.util
from datetime import datetime, timedelta
from decimal import Decimal
from io import BytesIO, StringIO

from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest
from openpyxl import load_workbook

from artisans.models import (
    Artisan,
    ArtisanPage,
    Association,
    Certification,
    CertificationKind,
    Region,
    Sector,
)
from catalog.cart.services import add_to_cart
from catalog.checkout.services import mark_order_paid, place_order
from catalog.models import Cart, FulfilmentStatus, Order, OrderLine, OrderStatus, Product
from catalog.payouts import artisan_payouts
from figures import queries
from figures.reports import REPORTS, DistrictReport, OwedReport, SectorReport
from inquiries.models import Inquiry, InquiryKind
from tests.artisans.factories import (
    ArtisanFactory,
    ArtisanIndexPageFactory,
    ArtisanPageFactory,
    DistrictFactory,
)
from tests.catalog.accounts import artisan_account, buyer_account, editor_account
from tests.catalog.factories import BOJONEGORO_ADDRESS, ProductFactory, submitted_listing
from tests.inquiries.factories import InquiryFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db

CRAFTS = {"batik", "ecoprint", "craft"}
BUYER = {"name": "Rina", "email": "rina@example.com", "phone": "081234567890"}
HAS_SYNTHETIC_REGISTRY = importlib.util.find_spec("artisans.synthetic_registry") is not None


def today():
    return timezone.localdate()


def nib(n):
    return f"35220000{n:05d}"


def noon_of(day):
    return timezone.make_aware(datetime(day.year, day.month, day.day, 12))


def months_back(day, count):
    """The 15th of the month `count` months before `day`'s."""
    month_index = day.year * 12 + day.month - 1 - count
    return day.replace(year=month_index // 12, month=month_index % 12 + 1, day=15)


def window_start():
    return months_back(today(), 11).replace(day=1)


def certify(artisan, kind, expires_in=None, verified=False):
    return Certification.objects.create(
        artisan=artisan,
        kind=kind,
        number=f"{kind.upper()}-{artisan.pk}-{Certification.objects.count()}",
        expires_on=None if expires_in is None else today() + timedelta(days=expires_in),
        verified_on=today() if verified else None,
    )


@pytest.fixture
def registry(home_page):
    """Nine active IKM and one deactivated, over three districts (one empty) and three
    associations (one empty), with certifications in force, lapsed and lapsing."""
    north, south, _empty = DistrictFactory(), DistrictFactory(), DistrictFactory()
    weavers, cooks, _idle = (
        Association.objects.create(name="Paguyuban Batik"),
        Association.objects.create(name="Asosiasi Pangan"),
        Association.objects.create(name="Kelompok Sepi"),
    )
    made = {}
    for name, sector, district, number in [
        ("batik1", Sector.BATIK, north, 1),
        ("batik2", Sector.BATIK, north, 2),
        ("batik3", Sector.BATIK, south, None),
        ("eco", Sector.ECOPRINT, south, 3),
        ("craft", Sector.CRAFT, north, 4),
        ("food1", Sector.FOOD, south, 5),
        ("food2", Sector.FOOD, south, 6),
        ("food3", Sector.FOOD, north, None),
        ("food4", Sector.FOOD, south, 7),
    ]:
        made[name] = ArtisanFactory(
            business_name=name.title(),
            sector=sector,
            district=district,
            nib=nib(number) if number else "",
        )
    made["closed"] = ArtisanFactory(
        business_name="Closed", sector=Sector.BATIK, district=south, nib=nib(8), is_active=False
    )
    weavers.artisans.add(made["batik1"], made["batik2"], made["food1"], made["closed"])
    cooks.artisans.add(made["food1"], made["food2"])

    certify(made["batik1"], CertificationKind.BATIKMARK, verified=True)
    certify(made["batik2"], CertificationKind.BATIKMARK, expires_in=-1)  # lapsed yesterday
    certify(made["food1"], CertificationKind.PIRT, expires_in=10)
    certify(made["food1"], CertificationKind.HALAL)
    certify(made["food2"], CertificationKind.PIRT, expires_in=-5)
    certify(made["food2"], CertificationKind.BPOM, expires_in=45, verified=True)
    certify(made["food3"], CertificationKind.PIRT, expires_in=80)
    certify(made["food3"], CertificationKind.PIRT, expires_in=200)  # renewed: held once
    certify(made["food4"], CertificationKind.SNI, expires_in=0)  # lapses today
    certify(made["eco"], CertificationKind.TRADEMARK, expires_in=91)
    certify(made["closed"], CertificationKind.PIRT, expires_in=20)
    return made


def order_of(*items, paid=True):
    cart = Cart.objects.create()
    for product, quantity in items:
        add_to_cart(cart, product, None, quantity)
    order = place_order(cart, delivery="pickup", **BUYER, **BOJONEGORO_ADDRESS)
    if paid:
        mark_order_paid(order)
    return order


def placed_on(order, day):
    Order.objects.filter(pk=order.pk).update(created_at=noon_of(day))


@pytest.fixture
def sales(registry, settings):
    """Orders this month, two months ago and thirteen months ago (outside the year), unpaid,
    partly cancelled and partly refunded; inquiries in and out of the year."""
    settings.COUNCIL_COMMISSION_PERCENT = "10"
    cloth = ProductFactory(artisan=registry["batik1"], price=400_000, stock=20)
    scarf = ProductFactory(artisan=registry["eco"], price=150_000, stock=20)
    chips = ProductFactory(artisan=registry["food1"], price=20_000, stock=100)

    both = order_of((cloth, 2), (chips, 5))
    OrderLine.objects.filter(order=both, product=chips).update(refunded_quantity=2)
    placed_on(order_of((cloth, 1), (scarf, 2)), months_back(today(), 2))
    order_of((cloth, 3), paid=False)
    cancelled = order_of((scarf, 1), (chips, 4))
    cancelled.fulfilments.filter(artisan=registry["food1"]).update(
        status=FulfilmentStatus.CANCELLED
    )
    placed_on(order_of((chips, 7)), months_back(today(), 13))

    InquiryFactory(artisan=registry["batik1"])
    InquiryFactory(artisan=registry["batik1"])
    InquiryFactory(artisan=registry["food3"], created_at=noon_of(months_back(today(), 2)))
    InquiryFactory(artisan=None, kind=InquiryKind.MESSAGE)
    InquiryFactory(artisan=registry["food2"], created_at=noon_of(months_back(today(), 13)))
    return registry


@pytest.fixture
def waiting(registry, home_page):
    """Two listings and one profile awaiting review; a profile only drafted is not."""
    submitted_listing(artisan=registry["batik1"], name="Kain baru")
    submitted_listing(artisan=registry["food1"], name="Keripik baru")
    ProductFactory(artisan=registry["food1"], name="Sudah tayang")
    index = ArtisanIndexPageFactory(parent=home_page)
    submitted = ArtisanPageFactory(parent=index, artisan=registry["batik2"])
    drafted = ArtisanPageFactory(parent=index, artisan=registry["food2"])
    editor = editor_account("moderator")
    submitted.save_revision(user=editor)
    submitted.get_workflow().start(submitted, editor)
    drafted.save_revision(user=editor)
    return submitted


# The registry, counted independently


def active():
    return [artisan for artisan in Artisan.objects.all() if artisan.is_active]


def test_headline_figures_count_the_active_registry(registry):
    ikm = active()

    assert queries.headline() == {
        "total": len(ikm),
        "food": len([a for a in ikm if a.sector == "food"]),
        "crafts": len([a for a in ikm if a.sector in CRAFTS]),
        "with_nib": len([a for a in ikm if a.nib]),
    }
    assert queries.headline() == {"total": 9, "food": 4, "crafts": 5, "with_nib": 7}
    assert queries.association_count() == len(Association.objects.all()) == 3


def test_sector_counts_and_shares(registry):
    ikm = active()

    counts = queries.sector_counts()

    for sector in Sector.values:
        of_sector = [a for a in ikm if a.sector == sector]
        assert counts[sector] == (len(of_sector), len([a for a in of_sector if a.nib]))
    assert queries.share(5, 9) == Decimal("55.6")
    assert queries.share(1, 0) == Decimal("0.0")


def test_every_district_is_counted_even_without_ikm(registry):
    rows = {row["code"]: row for row in queries.by_district()}

    assert set(rows) == {r.code for r in Region.objects.filter(level=3)}
    for code, row in rows.items():
        here = [a for a in active() if a.district_id == code]
        assert row["total"] == len(here)
        assert row["food"] == len([a for a in here if a.sector == "food"])
        assert row["crafts"] == len([a for a in here if a.sector in CRAFTS])
        assert row["with_nib"] == len([a for a in here if a.nib])
    assert sorted(row["total"] for row in rows.values()) == [0, 4, 5]


def test_associations_count_their_active_members(registry):
    rows = {row["name"]: row for row in queries.by_association()}

    for association in Association.objects.all():
        members = [a for a in association.artisans.all() if a.is_active]
        assert rows[association.name]["total"] == len(members)
        assert rows[association.name]["food"] == len([a for a in members if a.sector == "food"])
    assert (rows["Paguyuban Batik"]["total"], rows["Kelompok Sepi"]["total"]) == (3, 0)
    in_none = [a for a in active() if not a.associations.exists()]
    assert queries.without_association() == len(in_none) == 5


def test_certification_coverage_counts_ikm_holding_one_in_force(registry):
    total, coverage = queries.certification_coverage(today())

    assert total == len(active())
    for kind in CertificationKind.values:
        holders, verified = set(), set()
        for certification in Certification.objects.filter(kind=kind, artisan__is_active=True):
            if certification.expires_on is None or certification.expires_on >= today():
                holders.add(certification.artisan_id)
                if certification.verified_on:
                    verified.add(certification.artisan_id)
        assert coverage[kind] == (len(holders), len(verified)), kind
    assert coverage["pirt"] == (2, 0)  # food1, food3 (twice); food2's lapsed
    assert coverage["batikmark"] == (1, 1)


def test_certifications_expiring_in_the_next_90_days(registry):
    expected = sorted(
        (c.expires_on, c.pk)
        for c in Certification.objects.all()
        if c.artisan.is_active
        and c.expires_on is not None
        and today() <= c.expires_on <= today() + timedelta(days=90)
    )

    found = [(c.expires_on, c.pk) for c in queries.expiring_certifications(today())]

    assert found == expected
    assert len(found) == 4  # today, in 10, 45 and 80 days


def test_listings_and_profiles_awaiting_review(waiting):
    in_progress = [
        state
        for state in WorkflowState.objects.filter(status="in_progress")
        if state.content_type.model_class() is ArtisanPage
    ]

    assert list(queries.listings_awaiting_review()) == [
        p for p in Product.objects.order_by("submitted_at", "pk") if p.review_state == "submitted"
    ]
    assert queries.listings_awaiting_review().count() == 2
    assert [page.pk for page in queries.profiles_awaiting_review()] == [
        int(state.object_id) for state in in_progress
    ]
    assert queries.profiles_awaiting_review().count() == 1


# Orders, sales and inquiries, counted independently


def sold_in_python(since):
    """(month, sector, artisan id, order id, kept sales) of every line that counts as sold."""
    sold = []
    for line in OrderLine.objects.select_related("order", "fulfilment__artisan"):
        placed = timezone.localtime(line.order.created_at).date()
        if (
            line.order.status == OrderStatus.PAID
            and line.fulfilment.status != FulfilmentStatus.CANCELLED
            and placed >= since
        ):
            kept = line.unit_price * (line.quantity - line.refunded_quantity)
            artisan = line.fulfilment.artisan
            sold.append((placed.replace(day=1), artisan.sector, artisan.pk, line.order_id, kept))
    return sold


def received_in_python(since):
    return [
        inquiry
        for inquiry in Inquiry.objects.select_related("artisan")
        if timezone.localtime(inquiry.created_at).date() >= since
    ]


def test_the_year_is_the_last_twelve_months():
    months = queries.last_months(today())

    assert len(months) == 12
    assert months[-1] == today().replace(day=1)
    assert months[0] == window_start()


def test_orders_sales_and_inquiries_by_month(sales):
    since = window_start()
    sold, received = sold_in_python(since), received_in_python(since)

    by_month = queries.sales_by_month(since)
    inquiries = queries.inquiries_by_month(since)

    for month in {row[0] for row in sold}:
        rows = [row for row in sold if row[0] == month]
        assert by_month[month] == (len({row[3] for row in rows}), sum(row[4] for row in rows))
    assert set(by_month) == {row[0] for row in sold}
    for month, count in inquiries.items():
        assert count == len(
            [i for i in received if timezone.localtime(i.created_at).date().replace(day=1) == month]
        )
    assert sum(inquiries.values()) == len(received) == 4
    this_month = today().replace(day=1)
    # 2 cloths and 3 kept chips; the scarf of the partly cancelled order.
    assert by_month[this_month] == (2, 2 * 400_000 + 3 * 20_000 + 150_000)


def test_orders_sales_and_inquiries_by_sector_and_artisan(sales):
    since = window_start()
    sold, received = sold_in_python(since), received_in_python(since)

    by_sector = queries.sales_by_sector(since)
    inquiries_by_sector = queries.inquiries_by_sector(since)
    by_artisan = {pk: count for pk, _name, _sector, count in queries.inquiries_by_artisan(since)}

    for sector in {row[1] for row in sold}:
        rows = [row for row in sold if row[1] == sector]
        assert by_sector[sector] == (len({row[3] for row in rows}), sum(row[4] for row in rows))
    for sector, count in inquiries_by_sector.items():
        assert count == len(
            [i for i in received if (i.artisan.sector if i.artisan else None) == sector]
        )
    for pk, count in by_artisan.items():
        assert count == len([i for i in received if i.artisan_id == pk])
    assert inquiries_by_sector[None] == 1  # the message to the Dekranasda


def test_sales_figures_agree_with_what_the_council_owes(sales):
    since = window_start()
    payouts = list(artisan_payouts(since=since))

    assert sum(a.sales for a in payouts) == sum(
        s for _o, s in queries.sales_by_month(since).values()
    )
    assert sum(a.sales for a in payouts) == sum(
        s for _o, s in queries.sales_by_sector(since).values()
    )
    assert [(a.pk, a.owed) for a in queries.owed_to_artisans()] == [
        (a.pk, a.owed) for a in artisan_payouts()
    ]


# Pages, exports and permissions


def report_url(report, **query):
    url = reverse(report.index_url_name)
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


@pytest.fixture
def editor_client(client):
    client.force_login(editor_account())
    return client


def test_the_dashboard_shows_the_headline_figures_with_links(editor_client, waiting):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()

    panel = html[html.index('id="council-figures-section"') :]
    # IKM, food and drink, crafts, with NIB, associations, certifications expiring, listings
    # and profiles awaiting review: each number links to its report.
    for count, report in [
        (9, "figures_sectors"),
        (4, "figures_sectors"),
        (5, "figures_sectors"),
        (7, "figures_nib"),
        (3, "figures_associations"),
        (4, "figures_expiring"),
        (2, "figures_review"),
        (1, "figures_review"),
    ]:
        assert f'href="{reverse(report)}"><strong>{count}</strong>' in panel


def rows_of_csv(response):
    text = b"".join(response.streaming_content).decode()
    return list(csv.reader(StringIO(text)))


def rows_of_xlsx(response):
    sheet = load_workbook(BytesIO(b"".join(response.streaming_content))).active
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def rows_of(report, user, **query):
    """The rows `report` shows, as its view computes them."""
    request = RequestFactory().get(report_url(report), query)
    request.user = user
    view = report()
    view.setup(request)
    return view.rows()


@pytest.mark.parametrize("report", REPORTS, ids=lambda report: report.slug)
def test_each_report_renders_a_chart_and_exports_the_same_numbers(client, sales, waiting, report):
    editor = editor_account()
    client.force_login(editor)
    rows = rows_of(report, editor)

    page = client.get(report_url(report))
    as_csv = rows_of_csv(client.get(report_url(report, export="csv")))
    as_xlsx = rows_of_xlsx(client.get(report_url(report, export="xlsx")))

    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "<title id=" in html and "<desc id=" in html
    assert as_csv[0] == [str(figure.heading) for figure in report.figures]
    assert len(as_csv) == len(as_xlsx) == len(rows) + 1
    for row, csv_row, xlsx_row in zip(rows, as_csv[1:], as_xlsx[1:], strict=True):
        for figure, csv_cell, xlsx_cell in zip(report.figures, csv_row, xlsx_row, strict=True):
            value = row[figure.key] if isinstance(row, dict) else getattr(row, figure.key)
            if figure.kind in ("number", "rupiah", "percent") and value is not None:
                assert Decimal(csv_cell) == Decimal(str(xlsx_cell)) == value, figure.key
                assert formatted(figure.kind, value) in html


def formatted(kind, value):
    if kind == "rupiah":
        return "Rp" + f"{value:,}".replace(",", ".")
    if kind == "percent":
        return f"{value}%".replace(".", ",")
    return f"{value:,}".replace(",", ".")


def test_the_numbers_the_reports_show(editor_client, sales):
    districts = editor_client.get(report_url(DistrictReport, export="csv"))
    sectors = editor_client.get(report_url(SectorReport, export="csv"))

    # Batik, eco-print, other crafts, crafts in all, food and drink, all IKM.
    assert [row[2] for row in rows_of_csv(sectors)[1:]] == ["3", "1", "1", "5", "4", "9"]
    assert len(rows_of_csv(districts)) == 1 + Region.objects.filter(level=3).count()


@pytest.mark.parametrize("report", REPORTS, ids=lambda report: report.slug)
def test_artisans_and_buyers_are_refused_every_report(client, registry, report):
    for user in (artisan_account("sri", registry["batik1"])[0], buyer_account()):
        client.force_login(user)
        for url in (report_url(report), report_url(report, export="csv")):
            response = client.get(url)
            assert response.status_code in (302, 403)
            assert not response.has_header("Content-Disposition")
            if response.status_code == 302:
                assert not response["Location"].startswith(reverse(report.index_url_name))


def test_an_artisans_dashboard_and_menu_have_no_figures(client, registry):
    client.force_login(artisan_account("sri", registry["batik1"])[0])

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "council-figures" not in html
    assert reverse("figures_sectors") not in html


def test_editors_find_every_report_in_the_figures_menu(editor_client, registry):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()

    for report in REPORTS:
        assert reverse(report.index_url_name) in html


def test_the_owed_report_keeps_the_payouts_period(editor_client, sales):
    since = today().replace(day=1)
    owed = OwedReport

    export = rows_of_csv(editor_client.get(report_url(owed, since=since, export="csv")))
    mistyped = editor_client.get(report_url(owed, since="kemarin"))

    assert [row[-1] for row in export[1:]] == [str(a.owed) for a in artisan_payouts(since=since)]
    assert sum(int(row[-1]) for row in export[1:]) < sum(a.owed for a in artisan_payouts())
    assert mistyped.status_code == 200


# Query counts with a whole registry


def big_registry(size):
    """`size` IKM over 28 districts and 17 associations, with certifications."""
    districts = [DistrictFactory() for _ in range(28)]
    associations = [Association.objects.create(name=f"Asosiasi {n}") for n in range(17)]
    sectors = ["food"] * 4 + ["batik", "ecoprint", "craft"]
    artisans = Artisan.objects.bulk_create(
        Artisan(
            business_name=f"IKM {n}",
            slug=f"ikm-{n}",
            owner_name="Pemilik",
            sector=sectors[n % len(sectors)],
            district=districts[n % 28],
            nib=nib(10_000 + n) if n % 50 else "",
        )
        for n in range(size)
    )
    Artisan.associations.through.objects.bulk_create(
        Artisan.associations.through(artisan=artisan, association=associations[n % 17])
        for n, artisan in enumerate(artisans)
    )
    Certification.objects.bulk_create(
        Certification(
            artisan=artisan,
            kind="pirt",
            number=f"P-{n}",
            expires_on=today() + timedelta(days=n % 120),
            sort_order=0,
        )
        for n, artisan in enumerate(artisans)
        if n % 3 == 0
    )


def queries_of(client, url, django_assert_max_num_queries, limit):
    client.get(url)
    with django_assert_max_num_queries(limit):
        response = client.get(url)
    assert response.status_code == 200
    return response


# The whole dashboard, the other apps' panels included; a report page.
DASHBOARD_QUERIES = 50
REPORT_QUERIES = 16


@pytest.mark.skipif(not HAS_SYNTHETIC_REGISTRY, reason="waits for artisans.synthetic_registry")
def test_the_dashboard_and_reports_with_the_synthetic_registry(
    client, home_page, django_assert_max_num_queries
):
    from artisans.synthetic_registry import COUNCIL_FIGURES, create_synthetic_registry

    Region.objects.import_regency("35.22")
    create_synthetic_registry(seed=2025)
    client.force_login(editor_account())

    dashboard = queries_of(
        client, reverse("wagtailadmin_home"), django_assert_max_num_queries, DASHBOARD_QUERIES
    )
    for report in REPORTS:
        queries_of(client, report_url(report), django_assert_max_num_queries, REPORT_QUERIES)

    counts = queries.headline()
    assert [counts[key] for key in ("total", "food", "crafts", "with_nib")] + [
        queries.association_count()
    ] == [COUNCIL_FIGURES[key] for key in ("ikm", "food", "crafts", "with_nib", "associations")]
    panel = dashboard.content.decode()
    for figure in ("1.762", "1.431", "331", "1.749", "17"):
        assert f"<strong>{figure}</strong>" in panel


def test_the_dashboard_and_reports_cost_the_same_queries_whatever_the_registry(
    client, sales, waiting, django_assert_max_num_queries
):
    client.force_login(editor_account())
    pages = [(reverse("wagtailadmin_home"), DASHBOARD_QUERIES)] + [
        (report_url(report), REPORT_QUERIES) for report in REPORTS
    ]
    small = [queries_for(client, url) for url, _limit in pages]

    big_registry(600)

    for (url, limit), before in zip(pages, small, strict=True):
        assert before <= limit, url
        queries_of(client, url, django_assert_max_num_queries, before)
