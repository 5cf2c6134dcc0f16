"""An order's expiry queued with it (TASKS_BACKEND=database): the task waits in the queue until
the order's time to pay has run out, then expires the order if it is still unpaid and gives its
pieces back; a paid order is left alone. With tasks run in-process nothing is queued (the
periodic `expire_orders` does the work, as it still does for any order whose task was lost)."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.db.models import F

import pytest
from django_tasks_db.models import DBTaskResult

from catalog.checkout.services import expire_if_unpaid, mark_order_paid, place_order
from catalog.models import Order, OrderStatus, Product
from tests.catalog.factories import ProductFactory
from tests.site.task_worker import queued, run_worker, use_task_queue

from .test_orders import CONTACT, cart_with

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def time_passes(hours):
    """The clock moves on: every order's time to pay and every queued task's start come
    `hours` earlier (the stored times move back, the same as time moving forward)."""
    earlier = timedelta(hours=hours)
    Order.objects.update(expires_at=F("expires_at") - earlier)
    DBTaskResult.objects.update(run_after=F("run_after") - earlier)


def test_placing_an_order_queues_its_expiry_for_the_end_of_its_time_to_pay(settings):
    use_task_queue(settings)

    order = place_order(cart_with((ProductFactory(stock=3), None, 1)), **CONTACT)

    expiry = queued(expire_if_unpaid).get()
    assert expiry.status == "READY"
    assert expiry.run_after == Order.objects.get(pk=order.pk).expires_at
    assert expiry.args_kwargs == {"args": [order.pk], "kwargs": {}}


def test_the_expiry_waits_until_the_time_to_pay_has_run_out(settings):
    # Given an unpaid order of 2 pieces out of 5, its expiry queued
    use_task_queue(settings)
    product = ProductFactory(stock=5)
    order = place_order(cart_with((product, None, 2)), **CONTACT)

    # When the worker runs an hour before the time to pay ends
    time_passes(settings.ORDER_PAYMENT_HOURS - 1)
    run_worker()

    # Then the order is still open and its expiry still waits
    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert Product.objects.get(pk=product.pk).stock == 3
    assert queued(expire_if_unpaid).get().status == "READY"

    # When the time has run out and the worker runs again
    time_passes(2)
    run_worker()

    # Then the order lapsed, its pieces are back, the buyer was told
    assert Order.objects.get(pk=order.pk).status == OrderStatus.EXPIRED
    assert Product.objects.get(pk=product.pk).stock == 5
    expiry = queued(expire_if_unpaid).get()
    assert (expiry.status, expiry.return_value) == ("SUCCESSFUL", True)
    assert [message.to for message in mail.outbox] == [[CONTACT["email"]]]


def test_the_expiry_leaves_a_paid_order_alone(settings):
    # Given an order paid in time
    use_task_queue(settings)
    product = ProductFactory(stock=5)
    order = place_order(cart_with((product, None, 2)), **CONTACT)
    mark_order_paid(order)

    # When its time to pay has passed and the worker runs
    time_passes(settings.ORDER_PAYMENT_HOURS + 1)
    run_worker()

    # Then it stays paid, its pieces sold
    assert Order.objects.get(pk=order.pk).status == OrderStatus.PAID
    assert Product.objects.get(pk=product.pk).stock == 3
    expiry = queued(expire_if_unpaid).get()
    assert (expiry.status, expiry.return_value) == ("SUCCESSFUL", False)


def test_an_order_expired_meanwhile_is_expired_once(settings):
    # Given an unpaid order that the periodic command expired before its task ran
    use_task_queue(settings)
    product = ProductFactory(stock=5)
    order = place_order(cart_with((product, None, 2)), **CONTACT)
    time_passes(settings.ORDER_PAYMENT_HOURS + 1)
    call_command("expire_orders", stdout=StringIO())
    assert Order.objects.get(pk=order.pk).status == OrderStatus.EXPIRED

    # When the queued expiry runs too
    run_worker()

    # Then nothing more happens: the stock came back once
    assert Product.objects.get(pk=product.pk).stock == 5
    assert queued(expire_if_unpaid).get().return_value is False


def test_with_tasks_run_in_process_nothing_waits():
    order = place_order(cart_with((ProductFactory(stock=3), None, 1)), **CONTACT)

    assert Order.objects.get(pk=order.pk).status == OrderStatus.AWAITING_PAYMENT
    assert not DBTaskResult.objects.exists()
