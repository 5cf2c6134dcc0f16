"""How quickly each artisan answers buyers, as shown on its public profile.

An artisan's response time is the median, over the inquiries it received in the last 90 days
that the artisan answered, of the time from the buyer's inquiry to the artisan's own first message
(a reply or a quote; an answer by the Dekranasda does not make the artisan quick). Inquiries still
unanswered are left out: they have no response time yet, and counting them as "not yet" would
need a guess of how long they will wait; overdue ones are the council's inbox's business.

The median, not the mean: one inquiry answered after a fortnight's holiday does not hide fifty
answered within the hour. Fewer than `MIN_ANSWERED` answered inquiries say nothing reliable (one
quick answer would read as a promise), so no response time is shown for them.
"""

import math
from datetime import timedelta
from statistics import median

from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import ngettext

from .models import Author, Inquiry

WINDOW = timedelta(days=90)
MIN_ANSWERED = 3
HOURS_SHOWN_BELOW = 48  # "within 47 hours", then "within 2 days"


def median_response_times(artisans, now=None):
    """{artisan pk: median time to the first answer} for the given artisans (objects or pks),
    over their answered inquiries received in the last 90 days; artisans with fewer than
    `MIN_ANSWERED` of them are left out. One query, whatever the number of artisans."""
    pks = [getattr(artisan, "pk", artisan) for artisan in artisans]
    if not pks:
        return {}
    since = (now or timezone.now()) - WINDOW
    # The artisan's own first answer: an answer by the council does not count as theirs.
    rows = (
        Inquiry.objects.filter(artisan_id__in=pks, created_at__gte=since)
        .annotate(
            answered_at=Min("messages__created_at", filter=Q(messages__author_kind=Author.ARTISAN))
        )
        .filter(answered_at__isnull=False)
        .values_list("artisan_id", "created_at", "answered_at")
    )
    delays = {}
    for artisan_id, created_at, answered_at in rows:
        # An answer cannot come before the question; a clock's mistake counts as no wait.
        delays.setdefault(artisan_id, []).append(max(answered_at - created_at, timedelta(0)))
    return {
        artisan_id: median(times)
        for artisan_id, times in delays.items()
        if len(times) >= MIN_ANSWERED
    }


def median_response_time(artisan, now=None):
    """One artisan's median time to answer (None when it is not shown)."""
    return median_response_times([artisan], now=now).get(artisan.pk)


def describe(delay):
    """'Usually replies within 3 hours' (rounded up; hours below 48, days beyond)."""
    hours = max(1, math.ceil(delay.total_seconds() / 3600))
    if hours < HOURS_SHOWN_BELOW:
        return ngettext(
            "Usually replies within %(count)d hour",
            "Usually replies within %(count)d hours",
            hours,
        ) % {"count": hours}
    days = math.ceil(delay.total_seconds() / 86400)
    return ngettext(
        "Usually replies within %(count)d day",
        "Usually replies within %(count)d days",
        days,
    ) % {"count": days}


def describe_for(artisan, now=None):
    """What an artisan's profile says of its response time ("" when it is not shown)."""
    delay = median_response_time(artisan, now=now)
    return describe(delay) if delay is not None else ""
