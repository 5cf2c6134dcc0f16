"""Who hears about an inquiry, in which language, through the outbox (stored first, sent by a
task, retried while the mail server refuses, visible to editors in Catalog > Emails): the buyer
in the language they wrote in, the artisan's accounts and the council's inbox in Indonesian."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from catalog.checkout.notifications import absolute_url, council
from catalog.outbox import queue_email


def thread_url(inquiry):
    """The buyer's private link to the thread, in their language."""
    with translation.override(inquiry.language):
        return absolute_url(reverse("inquiries:thread", args=[inquiry.access_token]))


def artisan_url(inquiry):
    with translation.override(settings.LANGUAGE_CODE):
        return absolute_url(reverse("inquiries_artisan_thread", args=[inquiry.pk]))


def council_url(inquiry):
    return absolute_url(reverse("inquiry_admin_thread", args=[inquiry.pk]))


def _queue(kind, to, language, inquiry, **context):
    context = {"inquiry": inquiry, "council": council(), **context}
    return queue_email(kind, to, language, context, template=f"inquiries/emails/{kind}.txt")


def to_buyer(kind, inquiry, **context):
    return _queue(
        kind, inquiry.email, inquiry.language, inquiry, thread_url=thread_url(inquiry), **context
    )


def to_artisan(kind, inquiry, **context):
    """The active accounts of the inquiry's artisan, while the artisan is active."""
    if not inquiry.artisan_id or not inquiry.artisan.is_active:
        return
    url = artisan_url(inquiry)
    for member in inquiry.artisan.members.filter(is_active=True).exclude(email=""):
        _queue(kind, member.email, settings.LANGUAGE_CODE, inquiry, url=url, **context)


def to_makers(kind, inquiry, **context):
    """The artisan's accounts (if the inquiry has an artisan) and the council's inbox."""
    to_artisan(kind, inquiry, **context)
    inbox = council().email
    if inbox:
        # Only the council's copy names the buyer's email and WhatsApp: artisans answer on the
        # site, where they see the buyer's name only.
        _queue(
            kind,
            inbox,
            settings.LANGUAGE_CODE,
            inquiry,
            url=council_url(inquiry),
            buyer_contact=True,
            **context,
        )


def received(inquiry):
    """A new inquiry: the buyer's confirmation with the private link; the makers' copies."""
    to_buyer("inquiry_received_buyer", inquiry)
    to_makers("inquiry_received", inquiry)


def answered(inquiry, message):
    """The artisan or the council wrote: the buyer reads it through the private link."""
    to_buyer("inquiry_answered_buyer", inquiry, message=message)


def buyer_replied(inquiry, message):
    to_makers("inquiry_buyer_replied", inquiry, message=message)


def quoted(inquiry, message):
    to_buyer("inquiry_quoted_buyer", inquiry, message=message)


def council_wrote(inquiry, message):
    """The council answered or quoted on an artisan's inquiry: the artisan knows what was said."""
    to_artisan("inquiry_council_wrote", inquiry, message=message)


def quote_accepted(inquiry):
    to_makers("inquiry_quote_accepted", inquiry)
