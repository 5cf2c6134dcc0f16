"""Who hears about an order, in which language: the buyer (in the language they ordered in),
each artisan concerned (Indonesian, their accounts), and the council's inbox."""

from urllib.parse import urljoin

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from home.models import CouncilSettings

from ..outbox import queue_email


def order_placed(order, request):
    site = request.build_absolute_uri("/")
    with translation.override(order.language):
        order_url = urljoin(site, reverse("checkout:order", args=[order.access_token]))
    queue_email(
        "order_placed_buyer",
        order.email,
        order.language,
        {"order": order, "order_url": order_url, "bank": settings.BANK_TRANSFER},
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
