"""The report pages of the Figures menu: each shows its figures as a bar chart and a table, and
exports the table's numbers to CSV or XLSX through Wagtail's report views."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, Table, TitleColumn
from wagtail.admin.views.reports import ReportView

from artisans.models import CertificationKind, Sector
from catalog.money import format_idr
from catalog.payout_report import PayoutFilterSet

from . import queries
from .charts import BarChart

REGISTRY = "artisans.view_artisan"
REVIEW = "catalog.publish_product"
SALES = "catalog.view_order"

# A spreadsheet treats a cell starting with these as a formula: names are written as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def number(value):
    return formats.number_format(value, force_grouping=True)


def percent(value):
    return f"{formats.number_format(value, 1, force_grouping=True)}%"


def rupiah(value):
    return format_idr(value)


def day(value):
    return formats.date_format(value, "j M Y") if value else ""


FORMATS = {"number": number, "percent": percent, "rupiah": rupiah, "date": day}


class Figure:
    """A column of a report: `key` in each row, its heading, and how the page writes it
    (the export keeps the raw number)."""

    def __init__(self, key, heading, kind="text", url_key=None):
        self.key, self.heading, self.kind, self.url_key = key, heading, kind, url_key

    def column(self):
        write = FORMATS.get(self.kind)

        def accessor(row):
            value = row[self.key] if isinstance(row, dict) else getattr(row, self.key)
            return write(value) if write and value is not None else value

        classname = "figures-number" if self.kind in ("number", "percent", "rupiah") else None
        if self.url_key:
            return TitleColumn(
                self.key,
                label=self.heading,
                accessor=accessor,
                get_url=lambda row: row[self.url_key],
                classname=classname,
            )
        return Column(self.key, label=self.heading, accessor=accessor, classname=classname)


class FigureReport(ReportView):
    """A report of figures: `rows()` gives the table (dicts), `charts(rows)` its charts."""

    slug = ""
    permission = REGISTRY
    header_icon = "table"
    results_template_name = "figures/report_results.html"
    permission_policy = None
    paginate_by = None
    figures = []
    introduction = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.index_url_name = f"figures_{cls.slug}"
        cls.index_results_url_name = f"figures_{cls.slug}_results"
        cls.export_filename = f"pasar-kriya-{cls.slug}"

    @classmethod
    def urls(cls):
        return [
            path(f"figures/{cls.slug}/", cls.as_view(), name=cls.index_url_name),
            path(
                f"figures/{cls.slug}/results/",
                cls.as_view(results_only=True),
                name=cls.index_results_url_name,
            ),
        ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def today(self):
        return timezone.localdate()

    def rows(self):
        raise NotImplementedError

    def charts(self, rows):
        return []

    def get_queryset(self):
        return self.rows()

    def filter_queryset(self, queryset):
        return queryset

    @property
    def list_export(self):
        return [figure.key for figure in self.figures]

    @property
    def export_headings(self):
        return {figure.key: figure.heading for figure in self.figures}

    @property
    def custom_field_preprocess(self):
        return {
            figure.key: {"csv": as_text_cell} for figure in self.figures if figure.kind == "text"
        }

    @property
    def columns(self):
        return [figure.column() for figure in self.figures]

    def get_table(self, object_list):
        return Table(self.columns, object_list, caption=self.page_title)

    def get_introduction(self):
        return self.introduction

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["charts"] = self.charts(self.object_list)
        context["introduction"] = self.get_introduction()
        return context


def sector_name(sector):
    return Sector(sector).label if sector else ""


def group_of(sector):
    return _("Food and drink") if sector in queries.FOOD_SECTORS else _("Crafts")


# The registry


class SectorReport(FigureReport):
    slug = "sectors"
    page_title = _("IKM by sector")
    introduction = _(
        "Every IKM in the registry by its sector. Crafts are batik, eco-print and other crafts."
    )
    figures = [
        Figure("name", _("Sector")),
        Figure("group", _("Group")),
        Figure("total", _("IKM"), "number"),
        Figure("share", _("Share of all IKM (%)"), "percent"),
        Figure("with_nib", _("With NIB"), "number"),
    ]

    def rows(self):
        counts = queries.sector_counts()
        everyone = sum(total for total, _nib in counts.values())

        def row(name, group, sectors):
            total = sum(counts[sector][0] for sector in sectors)
            with_nib = sum(counts[sector][1] for sector in sectors)
            return {
                "name": name,
                "group": group,
                "total": total,
                "share": queries.share(total, everyone),
                "with_nib": with_nib,
                "sectors": sectors,
            }

        crafts = [row(Sector(s).label, _("Crafts"), [s]) for s in queries.CRAFT_SECTORS]
        return [
            *crafts,
            row(_("Crafts, in all"), _("Crafts"), list(queries.CRAFT_SECTORS)),
            row(Sector.FOOD.label, _("Food and drink"), list(queries.FOOD_SECTORS)),
            row(_("All IKM"), "", list(Sector.values)),
        ]

    def charts(self, rows):
        single = sorted(
            (row for row in rows if len(row["sectors"]) == 1), key=lambda row: -row["total"]
        )
        crafts, food = rows[len(queries.CRAFT_SECTORS)], rows[-2]
        return [
            BarChart(
                _("Food and drink and crafts"),
                _("How many IKM of the registry make food and drink, and how many crafts."),
                [
                    (Sector.FOOD.label, food["total"], number(food["total"])),
                    (_("Crafts"), crafts["total"], number(crafts["total"])),
                ],
            ),
            BarChart(
                _("IKM by sector"),
                _("How many IKM of the registry work in each sector, most first."),
                [(row["name"], row["total"], number(row["total"])) for row in single],
            ),
        ]


class DistrictReport(FigureReport):
    slug = "districts"
    page_title = _("IKM by district")
    introduction = _("Every district (kecamatan) with its IKM, most first.")
    figures = [
        Figure("name", _("District")),
        Figure("code", _("Kemendagri code")),
        Figure("total", _("IKM"), "number"),
        Figure("food", _("Food and drink"), "number"),
        Figure("crafts", _("Crafts"), "number"),
        Figure("with_nib", _("With NIB"), "number"),
    ]

    def rows(self):
        return queries.by_district()

    def charts(self, rows):
        return [
            BarChart(
                _("IKM by district"),
                _("How many IKM of the registry are in each district, most first."),
                [(row["name"], row["total"], number(row["total"])) for row in rows],
            )
        ]


class AssociationReport(FigureReport):
    slug = "associations"
    page_title = _("IKM by association")
    introduction = _(
        "Every association with its member IKM, most first. An IKM may belong to several "
        "associations; the last row counts those in none."
    )
    figures = [
        Figure("name", _("Association")),
        Figure("total", _("IKM"), "number"),
        Figure("food", _("Food and drink"), "number"),
        Figure("crafts", _("Crafts"), "number"),
    ]

    def rows(self):
        rows = queries.by_association()
        rows.append(
            {
                "pk": None,
                "name": _("In no association"),
                "total": queries.without_association(),
                "food": None,
                "crafts": None,
            }
        )
        return rows

    def charts(self, rows):
        associations = [row for row in rows if row["pk"] is not None]
        return [
            BarChart(
                _("IKM by association"),
                _("How many IKM belong to each association, most first."),
                [(row["name"], row["total"], number(row["total"])) for row in associations],
            )
        ]


class NibReport(FigureReport):
    slug = "nib"
    page_title = _("NIB coverage")
    introduction = _("How many IKM hold a business identification number (NIB), by sector.")
    figures = [
        Figure("name", _("Sector")),
        Figure("total", _("IKM"), "number"),
        Figure("with_nib", _("With NIB"), "number"),
        Figure("without_nib", _("Without NIB"), "number"),
        Figure("share", _("With NIB (%)"), "percent"),
    ]

    def rows(self):
        counts = queries.sector_counts()

        def row(name, sectors):
            total = sum(counts[sector][0] for sector in sectors)
            with_nib = sum(counts[sector][1] for sector in sectors)
            return {
                "name": name,
                "total": total,
                "with_nib": with_nib,
                "without_nib": total - with_nib,
                "share": queries.share(with_nib, total),
            }

        return [
            *(row(Sector(sector).label, [sector]) for sector in Sector.values),
            row(_("All IKM"), list(Sector.values)),
        ]

    def charts(self, rows):
        return [
            BarChart(
                _("Share of IKM with an NIB"),
                _("The share of IKM holding an NIB in each sector and in all, out of 100%."),
                [(row["name"], row["share"], percent(row["share"])) for row in rows],
                maximum=100,
            )
        ]


class CertificationReport(FigureReport):
    slug = "certifications"
    page_title = _("Certification coverage")
    introduction = _(
        "How many IKM hold each kind of certification in force today (a certificate without "
        "expiry is always in force), and how many of those the council has verified."
    )
    figures = [
        Figure("name", _("Certification")),
        Figure("held", _("IKM holding one"), "number"),
        Figure("share", _("Share of all IKM (%)"), "percent"),
        Figure("verified", _("Verified by the council"), "number"),
    ]

    def rows(self):
        total, coverage = queries.certification_coverage(self.today)
        return [
            {
                "kind": kind,
                "name": CertificationKind(kind).label,
                "held": held,
                "share": queries.share(held, total),
                "verified": verified,
            }
            for kind, (held, verified) in coverage.items()
        ]

    def charts(self, rows):
        return [
            BarChart(
                _("Share of IKM holding each certification"),
                _("The share of all IKM holding a certificate of each kind in force, out of 100%."),
                [(row["name"], row["share"], percent(row["share"])) for row in rows],
                maximum=100,
            )
        ]


class ExpiringReport(FigureReport):
    slug = "expiring"
    page_title = _("Certifications expiring in the next 90 days")
    paginate_by = 100
    figures = [
        Figure("artisan", _("Artisan"), url_key="url"),
        Figure("kind", _("Certification")),
        Figure("number", _("Number")),
        Figure("issuer", _("Issued by")),
        Figure("expires_on", _("Expires on"), "date"),
        Figure("days_left", _("Days left"), "number"),
    ]

    def get_introduction(self):
        return _("Certifications that lapse between %(today)s and %(last)s, soonest first.") % {
            "today": day(self.today),
            "last": day(self.today + timedelta(queries.EXPIRY_WINDOW_DAYS)),
        }

    def rows(self):
        return [
            {
                "artisan": certification.artisan.business_name,
                "url": reverse(
                    "wagtailsnippets_artisans_artisan:edit", args=[certification.artisan_id]
                ),
                "kind": certification.get_kind_display(),
                "number": certification.number,
                "issuer": certification.issuer,
                "expires_on": certification.expires_on,
                "days_left": (certification.expires_on - self.today).days,
            }
            for certification in queries.expiring_certifications(self.today)
        ]

    def charts(self, rows):
        bands = [
            (_("In the next 30 days"), 0, 30),
            (_("In 31 to 60 days"), 31, 60),
            (_("In 61 to 90 days"), 61, 90),
        ]
        counts = [
            (label, sum(low <= row["days_left"] <= high for row in rows))
            for label, low, high in bands
        ]
        return [
            BarChart(
                _("When they lapse"),
                _("How many certifications lapse in each 30 days of the next 90."),
                [(label, count, number(count)) for label, count in counts],
            )
        ]


class ReviewReport(FigureReport):
    slug = "review"
    permission = REVIEW
    page_title = _("Awaiting review")
    introduction = _(
        "Listings and artisan profiles that artisans submitted and no editor has decided on "
        "yet, oldest first."
    )
    paginate_by = 100
    figures = [
        Figure("kind", _("What")),
        Figure("name", _("Title"), url_key="url"),
        Figure("artisan", _("Artisan")),
        Figure("submitted_at", _("Submitted on"), "date"),
        Figure("days_waiting", _("Days waiting"), "number"),
    ]

    def rows(self):
        now = timezone.now()
        rows = [
            {
                "kind": _("Listing"),
                "is_listing": True,
                "name": product.name,
                "url": reverse("wagtailsnippets_catalog_product:edit", args=[product.pk]),
                "artisan": product.artisan.business_name,
                "submitted_at": product.submitted_at,
                "days_waiting": (now - product.submitted_at).days if product.submitted_at else 0,
            }
            for product in queries.listings_awaiting_review()
        ]
        rows += [
            {
                "kind": _("Artisan profile (%(language)s)") % {"language": page.locale},
                "is_listing": False,
                "name": page.title,
                "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "artisan": page.artisan.business_name,
                "submitted_at": page.submitted_at,
                "days_waiting": (now - page.submitted_at).days,
            }
            for page in queries.profiles_awaiting_review()
        ]
        return sorted(
            rows, key=lambda row: (row["submitted_at"] is None, row["submitted_at"] or now)
        )

    def charts(self, rows):
        listings = sum(row["is_listing"] for row in rows)
        bands = [
            (_("Less than 2 days"), 0, 1),
            (_("2 to 7 days"), 2, 7),
            (_("More than 7 days"), 8, None),
        ]
        waiting = [
            (
                label,
                sum(
                    low <= row["days_waiting"] and (high is None or row["days_waiting"] <= high)
                    for row in rows
                ),
            )
            for label, low, high in bands
        ]
        return [
            BarChart(
                _("Awaiting review"),
                _("How many listings and artisan profiles wait for an editor's decision."),
                [
                    (_("Listings"), listings, number(listings)),
                    (_("Artisan profiles"), len(rows) - listings, number(len(rows) - listings)),
                ],
            ),
            BarChart(
                _("How long they have waited"),
                _("Listings and profiles awaiting review, by how long they have waited."),
                [(label, count, number(count)) for label, count in waiting],
            ),
        ]


# Orders, sales and inquiries


class SalesReport(FigureReport):
    permission = SALES

    @cached_property
    def months(self):
        return queries.last_months(self.today)

    @property
    def since(self):
        return self.months[0]

    def get_introduction(self):
        return _(
            "Paid orders and inquiries since %(since)s (the last 12 months). Sales are the "
            "price of the pieces sold, less refunds, before the council's commission."
        ) % {"since": day(self.since)}


class MonthReport(SalesReport):
    slug = "months"
    page_title = _("Orders, sales and inquiries by month")
    figures = [
        Figure("month", _("Month")),
        Figure("orders", _("Paid orders"), "number"),
        Figure("sales", _("Sales (rupiah)"), "rupiah"),
        Figure("inquiries", _("Inquiries"), "number"),
    ]

    def rows(self):
        sales = queries.sales_by_month(self.since)
        inquiries = queries.inquiries_by_month(self.since)
        return [
            {
                "month": first_day.strftime("%Y-%m"),
                "label": formats.date_format(first_day, "YEAR_MONTH_FORMAT"),
                "orders": sales.get(first_day, (0, 0))[0],
                "sales": sales.get(first_day, (0, 0))[1],
                "inquiries": inquiries.get(first_day, 0),
            }
            for first_day in self.months
        ]

    @property
    def columns(self):
        # The page writes the month out ("Desember 2026"); the export keeps "2026-12".
        return [Figure("label", _("Month")).column()] + [
            figure.column() for figure in self.figures[1:]
        ]

    def charts(self, rows):
        return [
            BarChart(
                _("Sales by month"),
                _("Sales in rupiah in each of the last 12 months, oldest first."),
                [(row["label"], row["sales"], rupiah(row["sales"])) for row in rows],
            ),
            BarChart(
                _("Paid orders by month"),
                _("Paid orders in each of the last 12 months, oldest first."),
                [(row["label"], row["orders"], number(row["orders"])) for row in rows],
            ),
            BarChart(
                _("Inquiries by month"),
                _("Inquiries received in each of the last 12 months, oldest first."),
                [(row["label"], row["inquiries"], number(row["inquiries"])) for row in rows],
            ),
        ]


class SectorSalesReport(SalesReport):
    slug = "sales-by-sector"
    page_title = _("Orders, sales and inquiries by sector")
    figures = [
        Figure("name", _("Sector")),
        Figure("orders", _("Paid orders"), "number"),
        Figure("sales", _("Sales (rupiah)"), "rupiah"),
        Figure("inquiries", _("Inquiries"), "number"),
    ]

    def rows(self):
        sales = queries.sales_by_sector(self.since)
        inquiries = queries.inquiries_by_sector(self.since)
        rows = [
            {
                "name": Sector(sector).label,
                "orders": sales.get(sector, (0, 0))[0],
                "sales": sales.get(sector, (0, 0))[1],
                "inquiries": inquiries.get(sector, 0),
            }
            for sector in Sector.values
        ]
        rows.append(
            {
                "name": _("Messages to the Dekranasda"),
                "orders": 0,
                "sales": 0,
                "inquiries": inquiries.get(None, 0),
            }
        )
        return rows

    def charts(self, rows):
        sectors = rows[:-1]
        return [
            BarChart(
                _("Sales by sector"),
                _("Sales in rupiah of each sector's artisans in the last 12 months."),
                [(row["name"], row["sales"], rupiah(row["sales"])) for row in sectors],
            ),
            BarChart(
                _("Inquiries by sector"),
                _("Inquiries received in the last 12 months, by the artisan's sector."),
                [(row["name"], row["inquiries"], number(row["inquiries"])) for row in rows],
            ),
        ]


TOP = 15


class ArtisanSalesReport(SalesReport):
    slug = "sales-by-artisan"
    page_title = _("Orders, sales and inquiries by artisan")
    paginate_by = 100
    figures = [
        Figure("name", _("Artisan")),
        Figure("sector", _("Sector")),
        Figure("orders", _("Paid orders"), "number"),
        Figure("sales", _("Sales (rupiah)"), "rupiah"),
        Figure("inquiries", _("Inquiries"), "number"),
    ]

    def rows(self):
        rows = {
            artisan.pk: {
                "name": artisan.business_name,
                "sector": sector_name(artisan.sector),
                "orders": artisan.orders,
                "sales": artisan.sales,
                "inquiries": 0,
            }
            for artisan in queries.owed_to_artisans(since=self.since)
        }
        for pk, name, sector, count in queries.inquiries_by_artisan(self.since):
            row = rows.setdefault(
                pk,
                {"name": name, "sector": sector_name(sector), "orders": 0, "sales": 0},
            )
            row["inquiries"] = count
        return sorted(
            rows.values(), key=lambda row: (-row["sales"], -row["inquiries"], row["name"])
        )

    def charts(self, rows):
        by_inquiries = sorted(rows, key=lambda row: (-row["inquiries"], row["name"]))
        return [
            BarChart(
                _("Sales by artisan"),
                _("The artisans who sold most in the last 12 months, in rupiah."),
                [(row["name"], row["sales"], rupiah(row["sales"])) for row in rows if row["sales"]],
                limit=TOP,
            ),
            BarChart(
                _("Inquiries by artisan"),
                _("The artisans who received most inquiries in the last 12 months."),
                [
                    (row["name"], row["inquiries"], number(row["inquiries"]))
                    for row in by_inquiries
                    if row["inquiries"]
                ],
                limit=TOP,
            ),
        ]


class OwedReport(FigureReport):
    slug = "owed"
    permission = SALES
    page_title = _("Owed to artisans")
    introduction = _(
        "What the council owes each artisan for paid orders: sales less the council's "
        "commission, plus the shipping buyers paid for the artisan's parcels."
    )
    filterset_class = PayoutFilterSet
    paginate_by = 100
    figures = [
        Figure("business_name", _("Artisan")),
        Figure("orders", _("Orders"), "number"),
        Figure("sales", _("Sales (rupiah)"), "rupiah"),
        Figure("commission", _("Council's commission (rupiah)"), "rupiah"),
        Figure("shipping", _("Shipping paid by buyers (rupiah)"), "rupiah"),
        Figure("owed", _("Owed to the artisan (rupiah)"), "rupiah"),
    ]

    def rows(self):
        period = {}
        if self.filters and self.filters.is_valid():
            period = {name: self.filters.form.cleaned_data.get(name) for name in ("since", "until")}
        return list(queries.owed_to_artisans(**period))

    def charts(self, rows):
        most = sorted(rows, key=lambda artisan: (-artisan.owed, artisan.business_name))
        return [
            BarChart(
                _("Owed to artisans"),
                _("The artisans the council owes most, in rupiah."),
                [(artisan.business_name, artisan.owed, rupiah(artisan.owed)) for artisan in most],
                limit=TOP,
            )
        ]


REPORTS = [
    SectorReport,
    DistrictReport,
    AssociationReport,
    NibReport,
    CertificationReport,
    ExpiringReport,
    ReviewReport,
    MonthReport,
    SectorSalesReport,
    ArtisanSalesReport,
    OwedReport,
]
