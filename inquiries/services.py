"""What happens to an inquiry: it is received, answered, quoted, accepted or closed. Each
change is one transaction that stores the message and queues the emails with it."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import notifications
from .models import LINK_LIFETIME, Author, Inquiry, InquiryMessage, InquiryStatus


class InquiryError(Exception):
    """Why this change cannot be made, for the person who asked for it."""


def _add_message(inquiry, author_kind, body, author=None):
    now = timezone.now()
    message = InquiryMessage.objects.create(
        inquiry=inquiry, author_kind=author_kind, author=author, body=body, created_at=now
    )
    inquiry.last_message_at = now
    inquiry.link_expires_at = now + LINK_LIFETIME  # the link lasts while the talk goes on
    return message


@transaction.atomic
def submit_inquiry(*, kind, message, language, artisan=None, product=None, buyer=None, **details):
    """A buyer's new inquiry (`details` are Inquiry's fields from the form), with its first
    message; the buyer, the artisan's accounts and the council are told."""
    if product is not None and artisan is None:
        artisan = product.artisan
    inquiry = Inquiry(
        kind=kind,
        message=message,
        language=language,
        artisan=artisan,
        product=product,
        buyer=buyer,
        **details,
    )
    inquiry.save()
    _add_message(inquiry, Author.BUYER, message, author=buyer)
    inquiry.save(update_fields=["last_message_at", "link_expires_at"])
    notifications.received(inquiry)
    return inquiry


def _locked(inquiry):
    return Inquiry.objects.select_for_update().get(pk=inquiry.pk)


@transaction.atomic
def reply(inquiry, body, *, author_kind, author=None):
    """A message in the thread. From the artisan or the council, a new inquiry becomes
    answered and the buyer is told; from the buyer, the makers are told."""
    body = body.strip()
    if not body:
        raise InquiryError(_("Write the message first."))
    inquiry = _locked(inquiry)
    if inquiry.status == InquiryStatus.CLOSED and author_kind == Author.BUYER:
        raise InquiryError(_("This conversation is closed: send a new question instead."))
    message = _add_message(inquiry, author_kind, body, author=author)
    fields = ["last_message_at", "link_expires_at", "updated_at"]
    if author_kind == Author.BUYER:
        inquiry.save(update_fields=fields)
        notifications.buyer_replied(inquiry, message)
        return message
    if inquiry.first_answered_at is None:
        inquiry.first_answered_at = message.created_at
        fields.append("first_answered_at")
    if inquiry.status in (InquiryStatus.NEW, InquiryStatus.CLOSED):
        # A closed conversation opens again: as accepted when its quote became an order.
        inquiry.status = InquiryStatus.ACCEPTED if inquiry.order_id else InquiryStatus.ANSWERED
        fields.append("status")
    inquiry.save(update_fields=fields)
    notifications.answered(inquiry, message)
    if author_kind == Author.COUNCIL:
        notifications.council_wrote(inquiry, message)
    return message


@transaction.atomic
def send_quote(inquiry, *, amount, currency, valid_until, note, author_kind, author=None):
    """A price for the buyer to accept, in `currency`, valid until a date."""
    if amount is None or amount <= 0:
        raise InquiryError(_("Give a price above zero."))
    if valid_until is not None and valid_until < timezone.localdate():
        raise InquiryError(_("The quote's validity must not be in the past."))
    inquiry = _locked(inquiry)
    if inquiry.artisan_id is None:
        raise InquiryError(_("This inquiry names no maker: only a maker's pieces can be quoted."))
    if inquiry.status in (InquiryStatus.ACCEPTED, InquiryStatus.CLOSED):
        raise InquiryError(
            _("This inquiry is %(status)s: it takes no new quote.")
            % {"status": inquiry.get_status_display().lower()}
        )
    message = _add_message(inquiry, author_kind, note.strip() or _("Quote sent."), author=author)
    inquiry.quoted_amount, inquiry.quoted_currency = amount, currency
    inquiry.quote_valid_until = valid_until
    inquiry.status = InquiryStatus.QUOTED
    if inquiry.first_answered_at is None:
        inquiry.first_answered_at = message.created_at
    inquiry.save()
    notifications.quoted(inquiry, message)
    if author_kind == Author.COUNCIL:
        notifications.council_wrote(inquiry, message)
    return message


@transaction.atomic
def close(inquiry, *, author_kind, author=None):
    inquiry = _locked(inquiry)
    if inquiry.status == InquiryStatus.CLOSED:
        return False
    inquiry.status = InquiryStatus.CLOSED
    inquiry.save(update_fields=["status", "updated_at"])
    return True


@transaction.atomic
def assign(inquiry, editor):
    """An editor of the council takes the inquiry in hand (None: nobody)."""
    Inquiry.objects.filter(pk=inquiry.pk).update(assigned_to=editor, updated_at=timezone.now())
    inquiry.assigned_to = editor
