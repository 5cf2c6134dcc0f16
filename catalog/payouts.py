"""What the council owes each artisan: for paid orders, the artisan's lines less the council's
commission, plus the shipping the buyer paid for the parcel the artisan sends. Pieces the
council refunded count for nothing: neither their price nor their share of the line's
commission (rounded half up)."""

from django.db.models import BigIntegerField, ExpressionWrapper, F, OuterRef, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from artisans.models import Artisan

from .models import DeliveryMethod, Fulfilment, FulfilmentStatus, OrderLine, OrderStatus


def _sum_per_artisan(queryset, field):
    """A subquery: `field` summed over the rows of `queryset` that belong to the outer artisan."""
    return Coalesce(
        Subquery(
            queryset.filter(artisan_id=OuterRef("pk"))
            .order_by()
            .values("artisan_id")
            .annotate(total=Sum(field))
            .values("total")
        ),
        Value(0),
    )


def artisan_payouts(since=None, until=None):
    """Artisans with sales in paid orders placed between `since` and `until` (dates, both
    included), each annotated with sales, commission, shipping, orders and owed (rupiah)."""
    parts = Fulfilment.objects.filter(order__status=OrderStatus.PAID).exclude(
        status=FulfilmentStatus.CANCELLED
    )
    if since:
        parts = parts.filter(order__created_at__date__gte=since)
    if until:
        parts = parts.filter(order__created_at__date__lte=until)
    kept = F("quantity") - F("refunded_quantity")
    lines = OrderLine.objects.filter(fulfilment__in=parts).annotate(
        artisan_id=F("fulfilment__artisan_id"),
        kept_sales=ExpressionWrapper(F("unit_price") * kept, output_field=BigIntegerField()),
        kept_commission=ExpressionWrapper(
            (F("commission") * kept * 2 + F("quantity")) / (F("quantity") * 2),
            output_field=BigIntegerField(),
        ),
    )
    couriered = parts.filter(order__delivery_method=DeliveryMethod.COURIER)
    return (
        Artisan.objects.annotate(
            sales=_sum_per_artisan(lines, "kept_sales"),
            commission=_sum_per_artisan(lines, "kept_commission"),
            shipping=_sum_per_artisan(couriered, "shipping_cost"),
            orders=Coalesce(
                Subquery(
                    parts.filter(artisan_id=OuterRef("pk"))
                    .order_by()
                    .values("artisan_id")
                    .annotate(count=Sum(Value(1)))
                    .values("count")
                ),
                Value(0),
            ),
        )
        .filter(sales__gt=0)
        .annotate(owed=F("sales") - F("commission") + F("shipping"))
        .order_by("business_name")
    )
