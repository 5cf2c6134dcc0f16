"""The buyer whose details the privacy tests look for on every page and email."""

from datetime import timedelta

from django.utils import timezone

from catalog.models import Fulfilment, Order
from tests.catalog.factories import BOJONEGORO_ADDRESS

PHONE = "081298765432"
STREET = "Jl. Mawar 17, RT 02/RW 03"
DETAILS = {
    "name": "Rina Wulandari",
    "email": "rina@example.com",
    "phone": PHONE,
    **BOJONEGORO_ADDRESS,
    "street": STREET,
    "village": "Ngunut",
    "district": "Dander",
    "regency": "Kabupaten Bojonegoro",
    "province": "Jawa Timur",
    "delivery_note": "Pagar hijau",
}


def set_parts(order, status, days_ago=0):
    """Every part of `order` in `status`, last changed `days_ago` days ago."""
    moment = timezone.now() - timedelta(days=days_ago)
    Fulfilment.objects.filter(order=order).update(status=status, updated_at=moment)


def placed_days_ago(order, days, now=None):
    moment = (now or timezone.now()) - timedelta(days=days)
    Order.objects.filter(pk=order.pk).update(created_at=moment)
