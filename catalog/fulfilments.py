"""An artisan's part of an order, moved on by the artisan: packed, shipped, delivered (the
buyer is told when it is shipped and when it is delivered)."""

from django.db import transaction
from django.utils.translation import gettext as _

from .checkout import notifications
from .models import DeliveryMethod, Fulfilment, FulfilmentStatus
from .models.orders import ARTISAN_STEPS


class FulfilmentError(Exception):
    """A step the artisan cannot take, with a message for them."""


@transaction.atomic
def advance(fulfilment, status, courier="", tracking_number=""):
    """Move the part on to `status`; shipping by courier needs the courier and the tracking
    number (a part the buyer collects is "shipped" when brought to the council's gallery)."""
    fulfilment = (
        Fulfilment.objects.select_for_update().select_related("order").get(pk=fulfilment.pk)
    )
    if status not in ARTISAN_STEPS.get(fulfilment.status, []):
        raise FulfilmentError(
            _("This part is %(status)s: it cannot be marked like that now.")
            % {"status": fulfilment.get_status_display().lower()}
        )
    by_courier = fulfilment.order.delivery_method == DeliveryMethod.COURIER
    if status == FulfilmentStatus.SHIPPED and by_courier:
        if not (courier and tracking_number):
            raise FulfilmentError(_("Give the courier and the tracking number (resi)."))
        fulfilment.courier, fulfilment.tracking_number = courier, tracking_number
    fulfilment.status = status
    fulfilment.save()
    if status == FulfilmentStatus.SHIPPED:
        notifications.part_shipped(fulfilment)
    elif status == FulfilmentStatus.DELIVERED:
        notifications.part_delivered(fulfilment)
    return fulfilment
