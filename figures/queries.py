"""The figures a council reports, counted by the database: each figure is one aggregate query.

The registry figures count the IKM the council has not deactivated (`Artisan.objects.active()`).
Sales follow the rule of `catalog.payouts`: paid orders, parts not cancelled, pieces refunded
counting for nothing; what the council owes each artisan is `catalog.payouts.artisan_payouts`
itself.
"""

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import BigIntegerField, Count, DateField, ExpressionWrapper, F, Q, Sum
from django.db.models.functions import TruncMonth

from wagtail.models import WorkflowState

from artisans.models import (
    Artisan,
    ArtisanPage,
    Association,
    Certification,
    CertificationKind,
    Region,
    RegionLevel,
    Sector,
)
from catalog.models import Fulfilment, FulfilmentStatus, OrderLine, OrderStatus, Product
from catalog.payouts import artisan_payouts
from inquiries.models import Inquiry

CRAFT_SECTORS = (Sector.BATIK, Sector.ECOPRINT, Sector.CRAFT)
FOOD_SECTORS = (Sector.FOOD,)
EXPIRY_WINDOW_DAYS = 90
MONTHS = 12

HAS_NIB = ~Q(nib="")


def share(part, whole):
    """`part` as a percentage of `whole`, to one decimal (0 when there is no whole)."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def registry():
    """The IKM the figures count: every artisan of the registry the council has not
    deactivated, whether or not it has a profile or sells."""
    return Artisan.objects.active()


# The registry


def headline():
    """IKM in the registry, of which food and drink, crafts and with an NIB."""
    return registry().aggregate(
        total=Count("pk"),
        food=Count("pk", filter=Q(sector__in=FOOD_SECTORS)),
        crafts=Count("pk", filter=Q(sector__in=CRAFT_SECTORS)),
        with_nib=Count("pk", filter=HAS_NIB),
    )


def association_count():
    """Associations and community groups in the registry."""
    return Association.objects.count()


def sector_counts():
    """{sector: (IKM, of which with an NIB)} for every sector, none left out."""
    rows = (
        registry()
        .order_by()
        .values("sector")
        .annotate(total=Count("pk"), with_nib=Count("pk", filter=HAS_NIB))
    )
    counted = {row["sector"]: (row["total"], row["with_nib"]) for row in rows}
    return {sector: counted.get(sector, (0, 0)) for sector in Sector.values}


def by_district():
    """Every district (kecamatan) with its IKM, food and drink, crafts and NIB holders, most
    IKM first; districts without IKM are kept."""
    active = Q(artisans__is_active=True)
    return list(
        Region.objects.filter(level=RegionLevel.DISTRICT)
        .annotate(
            total=Count("artisans", filter=active),
            food=Count("artisans", filter=active & Q(artisans__sector__in=FOOD_SECTORS)),
            crafts=Count("artisans", filter=active & Q(artisans__sector__in=CRAFT_SECTORS)),
            with_nib=Count("artisans", filter=active & ~Q(artisans__nib="")),
        )
        .order_by("-total", "name")
        .values("code", "name", "total", "food", "crafts", "with_nib")
    )


def by_association():
    """Every association with its IKM (food and drink, crafts), most IKM first."""
    active = Q(artisans__is_active=True)
    return list(
        Association.objects.annotate(
            total=Count("artisans", filter=active),
            food=Count("artisans", filter=active & Q(artisans__sector__in=FOOD_SECTORS)),
            crafts=Count("artisans", filter=active & Q(artisans__sector__in=CRAFT_SECTORS)),
        )
        .order_by("-total", "name")
        .values("pk", "name", "total", "food", "crafts")
    )


def without_association():
    """IKM in no association."""
    return registry().filter(associations__isnull=True).count()


def certification_coverage(today):
    """{kind: (IKM holding one in force, of which verified by the council)} and the number of
    IKM, in one query. A certificate without expiry is in force."""
    in_force = Q(certifications__expires_on__isnull=True) | Q(certifications__expires_on__gte=today)
    verified = Q(certifications__verified_on__isnull=False)
    counts = {"total": Count("pk", distinct=True)}
    for kind in CertificationKind.values:
        held = Q(certifications__kind=kind) & in_force
        counts[f"{kind}_held"] = Count("pk", distinct=True, filter=held)
        counts[f"{kind}_verified"] = Count("pk", distinct=True, filter=held & verified)
    result = registry().aggregate(**counts)
    return result["total"], {
        kind: (result[f"{kind}_held"], result[f"{kind}_verified"])
        for kind in CertificationKind.values
    }


def expiring_certifications(today, days=EXPIRY_WINDOW_DAYS):
    """Certifications of active IKM that lapse between today and `days` from now, soonest
    first."""
    return (
        Certification.objects.filter(
            artisan__is_active=True, expires_on__gte=today, expires_on__lte=today + timedelta(days)
        )
        .select_related("artisan")
        .order_by("expires_on", "artisan__business_name", "pk")
    )


# Waiting for the council


def listings_awaiting_review():
    """Listings artisans submitted that no editor has decided on yet (the review queue)."""
    return Product.objects.awaiting_review().select_related("artisan")


def profiles_awaiting_review():
    """Artisan profile pages (any language) in the approval workflow, oldest first."""
    return (
        ArtisanPage.objects.filter(
            _specific_workflow_states__status=WorkflowState.STATUS_IN_PROGRESS
        )
        .annotate(submitted_at=F("_specific_workflow_states__created_at"))
        .select_related("artisan", "locale")
        .order_by("submitted_at", "pk")
    )


# Orders, sales and inquiries


def last_months(today, count=MONTHS):
    """The first days of the last `count` months up to today's, oldest first."""
    months = []
    year, month = today.year, today.month
    for _step in range(count):
        months.append(today.replace(year=year, month=month, day=1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def paid_parts():
    """The parts of orders that count as sold (as `catalog.payouts` counts them): paid, not
    cancelled."""
    return Fulfilment.objects.filter(order__status=OrderStatus.PAID).exclude(
        status=FulfilmentStatus.CANCELLED
    )


KEPT_SALES = ExpressionWrapper(
    F("unit_price") * (F("quantity") - F("refunded_quantity")), output_field=BigIntegerField()
)


def sold_lines(since):
    """Order lines sold in orders placed since `since` (a date, included)."""
    return OrderLine.objects.filter(
        fulfilment__in=paid_parts(), order__created_at__date__gte=since
    ).order_by()


def inquiries_since(since):
    return Inquiry.objects.filter(created_at__date__gte=since).order_by()


def sales_by_month(since):
    """{first day of the month: (orders, sales in rupiah)}."""
    rows = (
        sold_lines(since)
        .annotate(month=TruncMonth("order__created_at", output_field=DateField()))
        .values("month")
        .annotate(orders=Count("order", distinct=True), sales=Sum(KEPT_SALES))
    )
    return {row["month"]: (row["orders"], row["sales"] or 0) for row in rows}


def inquiries_by_month(since):
    """{first day of the month: inquiries received}."""
    rows = (
        inquiries_since(since)
        .annotate(month=TruncMonth("created_at", output_field=DateField()))
        .values("month")
        .annotate(count=Count("pk"))
    )
    return {row["month"]: row["count"] for row in rows}


def sales_by_sector(since):
    """{sector: (orders, sales in rupiah)} of the artisans' sectors."""
    rows = (
        sold_lines(since)
        .values(sector=F("fulfilment__artisan__sector"))
        .annotate(orders=Count("order", distinct=True), sales=Sum(KEPT_SALES))
    )
    return {row["sector"]: (row["orders"], row["sales"] or 0) for row in rows}


def inquiries_by_sector(since):
    """{sector: inquiries}; None for messages to the Dekranasda (no artisan)."""
    rows = inquiries_since(since).values(sector=F("artisan__sector")).annotate(count=Count("pk"))
    return {row["sector"]: row["count"] for row in rows}


def inquiries_by_artisan(since):
    """[(artisan id, name, sector, inquiries)] for artisans who received inquiries."""
    rows = (
        inquiries_since(since)
        .filter(artisan__isnull=False)
        .values("artisan_id", "artisan__business_name", "artisan__sector")
        .annotate(count=Count("pk"))
    )
    return [
        (row["artisan_id"], row["artisan__business_name"], row["artisan__sector"], row["count"])
        for row in rows
    ]


def owed_to_artisans(since=None, until=None):
    """What the council owes each artisan (`catalog.payouts.artisan_payouts`)."""
    return artisan_payouts(since=since, until=until)
