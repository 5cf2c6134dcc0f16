"""A guest proves they read an email address: the site sends it a signed link, valid for
LINK_HOURS, that opens the data kept under that address (to download or erase it).

Whoever asks, the answer on the site is the same, so the form tells nobody which addresses
bought here; and one address gets at most one link every RESEND_MINUTES (the form cannot be
used to flood a mailbox).
"""

from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils import timezone, translation

from catalog.checkout.notifications import absolute_url, council
from catalog.models import OutgoingEmail
from catalog.outbox import queue_email

SALT = "privacy.guest-data"
KIND = "privacy_link"
LINK_HOURS = 48
RESEND_MINUTES = 10


def make_token(email):
    return signing.dumps(email.strip().lower(), salt=SALT, compress=True)


def read_token(token):
    """The address a link was sent to, or None when the link is forged or too old."""
    try:
        return signing.loads(token, salt=SALT, max_age=timedelta(hours=LINK_HOURS))
    except signing.BadSignature:  # SignatureExpired is one
        return None


def link_for(email, language):
    with translation.override(language):
        return absolute_url(reverse("privacy:guest", args=[make_token(email)]))


def sent_recently(email):
    since = timezone.now() - timedelta(minutes=RESEND_MINUTES)
    return OutgoingEmail.objects.filter(kind=KIND, to__iexact=email, created_at__gte=since)


def send_link(email, language, holds_data):
    """Queue the link to `email` when it holds data and none was sent a moment ago; returns
    whether it was queued."""
    email = email.strip()
    if not email or not holds_data or sent_recently(email).exists():
        return False
    context = {
        "url": link_for(email, language),
        "hours": LINK_HOURS,
        "council": council(),
    }
    queue_email(KIND, email, language, context, template="privacy/emails/privacy_link.txt")
    return True
