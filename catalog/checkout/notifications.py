"""Who hears about an order, in which language: the buyer (in the language they ordered in),
each artisan concerned (Indonesian, their accounts), and the council's inbox.

Each function is called by the service that changes the order's state, inside its
transaction, once the state has actually changed: the emails are stored with the change and
sent after the commit (see `catalog.outbox`). Links are absolute, built from
`settings.WAGTAILADMIN_BASE_URL`, since most of these run without a request (an editor's
check, a scheduled expiry)."""

from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from home.models import CouncilSettings

from ..models import FulfilmentStatus, OrderStatus
from ..outbox import queue_email

# The parts still to come, and those that have reached the buyer (or the gallery).
ON_THE_WAY = [FulfilmentStatus.PAID, FulfilmentStatus.PACKED, FulfilmentStatus.SHIPPED]


def absolute_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def order_url(order):
    """The buyer's private order page, in the language they ordered in."""
    with translation.override(order.language):
        return absolute_url(reverse("checkout:order", args=[order.access_token]))


def shop_orders_url(fulfilment=None):
    """The artisans' list of orders to send (Indonesian), at their part when given."""
    with translation.override(settings.LANGUAGE_CODE):
        url = absolute_url(reverse("portal:my_orders"))
    return f"{url}#part-{fulfilment.pk}" if fulfilment is not None else url


def council():
    """The council's settings of the default site (its address, contacts and inbox)."""
    site = Site.objects.filter(is_default_site=True).first()
    return CouncilSettings.for_site(site) if site is not None else CouncilSettings()


def _to_buyer(kind, order, **context):
    context = {"order": order, "order_url": order_url(order), "council": council(), **context}
    return queue_email(kind, order.email, order.language, context, order=order)


def _to_artisan(kind, fulfilment, **context):
    context = {
        "order": fulfilment.order,
        "fulfilment": fulfilment,
        "shop_url": shop_orders_url(fulfilment),
        **context,
    }
    for member in fulfilment.artisan.members.exclude(email=""):
        queue_email(kind, member.email, settings.LANGUAGE_CODE, context, order=fulfilment.order)


def order_placed(order, request, by_card=False):
    site = request.build_absolute_uri("/")
    with translation.override(order.language):
        order_url = urljoin(site, reverse("checkout:order", args=[order.access_token]))
    queue_email(
        "order_placed_buyer",
        order.email,
        order.language,
        {
            "order": order,
            "order_url": order_url,
            "bank": settings.BANK_TRANSFER,
            "by_card": by_card,
        },
        order=order,
    )
    with translation.override(settings.LANGUAGE_CODE):
        shop_url = urljoin(site, reverse("portal:my_orders"))
    for fulfilment in order.fulfilments.select_related("artisan").prefetch_related("lines"):
        for member in fulfilment.artisan.members.exclude(email=""):
            queue_email(
                "order_placed_artisan",
                member.email,
                settings.LANGUAGE_CODE,
                {"fulfilment": fulfilment, "order": order, "shop_url": shop_url},
                order=order,
            )
    queue_email(
        "order_placed_council",
        CouncilSettings.for_request(request).email,
        settings.LANGUAGE_CODE,
        {"order": order},
        order=order,
    )


def _parts(order):
    return list(
        order.fulfilments.select_related("artisan").prefetch_related("lines").order_by("pk")
    )


def payment_confirmed(order):
    """Paid: the buyer hears the makers are packing; each artisan, what to pack and where
    it goes. (The council confirmed the payment itself: its inbox is not told.)"""
    parts = _parts(order)
    _to_buyer("payment_confirmed_buyer", order, parts=parts)
    for fulfilment in parts:
        _to_artisan("payment_confirmed_artisan", fulfilment)


def order_closed(order, status, reason=""):
    """An unpaid order expired or was cancelled (the buyer cancelled it, or the council did
    or rejected the transfer): the buyer hears its pieces were released and whom to ask."""
    kind = "order_expired_buyer" if status == OrderStatus.EXPIRED else "order_cancelled_buyer"
    _to_buyer(kind, order, parts=_parts(order), reason=reason)


def _others(fulfilment, statuses):
    """How many of the order's other parts are in `statuses`."""
    others = fulfilment.order.fulfilments.exclude(pk=fulfilment.pk)
    return others.filter(status__in=statuses).count()


def part_shipped(fulfilment):
    """An artisan has sent their part: the buyer gets the courier and the tracking number."""
    waiting = _others(fulfilment, [FulfilmentStatus.PAID, FulfilmentStatus.PACKED])
    _to_buyer("part_shipped_buyer", fulfilment.order, fulfilment=fulfilment, waiting=waiting)


def paid_order_cancelled(order, parts, refunded=0):
    """The council cancelled parts of a paid order (a maker cannot send): the buyer hears which,
    and what is refunded; each artisan concerned, not to send its part."""
    _to_buyer("paid_parts_cancelled_buyer", order, parts=parts, refunded=refunded)
    for fulfilment in parts:
        _to_artisan("part_cancelled_artisan", fulfilment)


def part_delivered(fulfilment):
    """A part has reached the buyer (or, for a pickup, the council's gallery)."""
    waiting = _others(fulfilment, ON_THE_WAY)
    _to_buyer("part_delivered_buyer", fulfilment.order, fulfilment=fulfilment, waiting=waiting)
