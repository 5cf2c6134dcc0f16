"""The read replica (home.db_routing): anonymous visitors' catalog and showcase pages read from
it; signed-in users, forms, checkout and the admin never do; a replica out of reach costs
speed, not pages.

The test settings define "replica" as a mirror of the test database (site/settings/test.py), so
both aliases hold the same rows, as a streaming replica does; each alias has its own
connection, whose queries are counted apart. The router is off elsewhere in the tests and on
here. Tests commit for real (`transaction=True`): a replica sees only committed rows.
"""

import logging

from django.contrib.auth import get_user_model
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from home import db_routing
from tests.catalog.accounts import buyer_account, editor_account
from tests.catalog.factories import ProductFactory

from .fault_servers import DatabaseOutage

pytestmark = pytest.mark.django_db(databases="__all__", transaction=True, serialized_rollback=True)


@pytest.fixture
def replica(settings):
    """The router on, the replica thought reachable; yields the replica's connection."""
    settings.DATABASE_ROUTERS = [db_routing.ROUTER]
    settings.DATABASE_REPLICA_SETTLE_SECONDS = 0  # the tests' own saves are not "just now"
    db_routing._replica_down_until = 0.0
    yield connections[db_routing.REPLICA]
    db_routing._replica_down_until = 0.0


@pytest.fixture
def product(home_page):
    return ProductFactory(name="Kain Sekar Jati", stock=3)


def queries_on_each(client, method, path, data=None):
    """(status, queries on the primary, queries on the replica) of one request."""
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections[db_routing.REPLICA]) as replica,
    ):
        response = getattr(client, method)(path, data or {})
    return response.status_code, primary.captured_queries, len(replica)


def only_site_settings(queries):
    """Whether the primary's queries are only the council settings' lookup: Wagtail reads a
    site setting with get_or_create, which Django sends where the row may be written."""
    return all('"home_councilsettings"' in query["sql"] for query in queries)


def public_pages(product):
    return [
        reverse("catalog:product_list"),
        reverse("catalog:product_detail", args=[product.slug]),
        "/id/",  # the home page, a Wagtail page
        reverse("search") + "?q=sekar",
    ]


def test_an_anonymous_visitor_reads_public_pages_from_the_replica(client, replica, product):
    for path in public_pages(product):
        client.get(path)  # the renditions the page shows, made once (written to the primary)

        status, on_primary, on_replica = queries_on_each(client, "get", path)

        assert status == 200, path
        assert on_replica > 0, path
        assert only_site_settings(on_primary), (path, on_primary)


def test_a_head_request_reads_from_the_replica_too(client, replica, product):
    path = reverse("catalog:product_list")
    client.head(path)

    status, on_primary, on_replica = queries_on_each(client, "head", path)

    assert status == 200
    assert on_replica > 0
    assert only_site_settings(on_primary)


def test_a_signed_in_buyer_reads_from_the_primary(client, replica, product):
    client.force_login(buyer_account())

    for path in public_pages(product):
        status, on_primary, on_replica = queries_on_each(client, "get", path)

        assert status == 200, path
        assert (len(on_primary) > 0, on_replica) == (True, 0), path


def test_a_visitor_with_a_cart_and_their_checkout_read_from_the_primary(client, replica, product):
    # A cart gives the visitor a session: they may read what they just wrote.
    status, _on_primary, on_replica = queries_on_each(
        client, "post", reverse("cart:add", args=[product.pk]), {"quantity": 1}
    )
    assert (status, on_replica) == (302, 0)

    status, on_primary, on_replica = queries_on_each(
        client, "get", reverse("catalog:product_detail", args=[product.slug])
    )
    assert (status, on_replica) == (200, 0) and len(on_primary) > 0

    status, on_primary, on_replica = queries_on_each(
        client, "post", reverse("checkout:checkout"), {"name": "Rina", "delivery": "pickup"}
    )
    assert (status, on_replica) == (200, 0) and len(on_primary) > 0  # the form, with its errors


def test_a_form_posted_by_an_anonymous_visitor_reads_from_the_primary(client, replica, product):
    status, on_primary, on_replica = queries_on_each(
        client, "post", reverse("inquiries:ask"), {"product": product.pk, "name": "Rina"}
    )

    assert status < 500
    assert (len(on_primary) > 0, on_replica) == (True, 0)


def test_the_admin_reads_from_the_primary(client, replica, product):
    client.force_login(editor_account())

    for path in ("/admin/", "/admin/pages/"):
        status, on_primary, on_replica = queries_on_each(client, "get", path)

        assert status == 200, path
        assert (len(on_primary) > 0, on_replica) == (True, 0), path


def test_reads_inside_a_transaction_stay_on_the_primary(client, replica, product):
    with transaction.atomic():
        status, on_primary, on_replica = queries_on_each(
            client, "get", reverse("catalog:product_list")
        )

    assert (status, on_replica) == (200, 0) and len(on_primary) > 0


def test_writes_and_migrations_go_to_the_primary(replica):
    router = db_routing.ReplicaRouter()
    token = db_routing.reading_from_replica.set(True)
    try:
        assert router.db_for_read(get_user_model()) == db_routing.REPLICA
        assert router.db_for_write(get_user_model()) == "default"
    finally:
        db_routing.reading_from_replica.reset(token)
    assert router.db_for_read(get_user_model()) == "default"
    assert router.allow_migrate("default", "catalog") is True
    assert router.allow_migrate(db_routing.REPLICA, "catalog") is False


def test_without_the_router_nothing_reads_from_the_replica(client, settings, product):
    settings.DATABASE_ROUTERS = []

    status, on_primary, on_replica = queries_on_each(client, "get", reverse("catalog:product_list"))

    assert (status, on_replica) == (200, 0) and len(on_primary) > 0


def test_a_replica_out_of_reach_leaves_the_pages_to_the_primary(client, replica, product, caplog):
    # Given a replica that refuses connections
    replica_down = DatabaseOutage(db_routing.REPLICA)
    with replica_down, caplog.at_level(logging.WARNING, logger="home.db_routing"):
        # When anonymous visitors ask for public pages
        for path in public_pages(product):
            with CaptureQueriesContext(connections["default"]) as primary:
                response = client.get(path)

            # Then the primary answers them
            assert response.status_code == 200, path
            assert len(primary) > 0, path

    # The outage is logged once: the replica is left aside for a while, not tried each time
    assert [record.getMessage()[:40] for record in caplog.records] == [
        "Read replica unreachable, reading from t"
    ]

    # When the replica is back and the pause is over, pages read from it again
    db_routing._replica_down_until = 0.0
    status, on_primary, on_replica = queries_on_each(client, "get", reverse("catalog:product_list"))
    assert status == 200 and on_replica > 0 and only_site_settings(on_primary)


def test_right_after_a_change_public_pages_read_from_the_primary_until_the_replica_has_it(
    client, replica, product, settings, django_capture_on_commit_callbacks
):
    path = reverse("catalog:product_detail", args=[product.slug])
    client.get(path)
    settings.DATABASE_REPLICA_SETTLE_SECONDS = 60
    with django_capture_on_commit_callbacks(execute=True):
        product.price += 1000
        product.save()  # a kept page rendered from a replica without this would stay stale

    _status, _on_primary, on_replica = queries_on_each(client, "get", path)
    assert on_replica == 0

    settings.DATABASE_REPLICA_SETTLE_SECONDS = 0  # as if the settling time had passed
    _status, _on_primary, on_replica = queries_on_each(client, "get", path)
    assert on_replica > 0
