"""Every sort of the catalog reads a page from an index in the order shown: the database never
sorts the whole catalog to show 24 products."""

from django.db import connection

import pytest

from catalog.forms import SORTS
from catalog.models import Product
from tests.catalog.factories import ProductFactory

pytestmark = pytest.mark.django_db


def plan_of(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        # A few test rows would be read whole and sorted anyway: forbid what a large table
        # makes too costly, so the plan shows whether an index gives the order.
        for method in ("seqscan", "bitmapscan", "sort", "incremental_sort"):
            cursor.execute(f"SET LOCAL enable_{method} = off")
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="reads PostgreSQL's query plans (the suite's PostgreSQL run checks it)",
)
@pytest.mark.parametrize("sort", [key for key, (_label, order) in SORTS.items() if order])
def test_each_sort_is_served_by_an_index(sort, home_page):
    ProductFactory.create_batch(3, photos=0)
    page = Product.objects.filter(live=True).order_by(*SORTS[sort][1])[:24]

    plan = plan_of(page)

    assert "product_live_" in plan, plan
    assert "Sort" not in plan, plan
