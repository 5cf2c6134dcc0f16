"""Emails through the outbox: each one is rendered in its reader's language and stored before
anything is sent, so a mail server that is down loses nothing; sending is retried with a
growing pause, and after MAX_ATTEMPTS an editor sees it as failed in the admin.

Each try first claims the email (one conditional UPDATE: its attempts counted, its next try
pushed CLAIM_SECONDS ahead), so two senders at once (a request's task and `send_emails`) never
send it both. A sender killed while sending leaves it claimed: it is due again once the claim
lapses and is sent then, at least once. It goes twice only when the process dies after the mail
server accepted it and before the row says sent; a try that keeps killing the sender still
counts, so it ends as failed.

When the mail server cannot be reached, the rest of the run waits for the next one, and for
UNREACHABLE_PAUSE_SECONDS the emails that requests queue are left to `send_emails` (a note in
the shared cache): a hung server costs one timeout, not one per email of every checkout.
"""

import smtplib
import socket
from contextlib import suppress
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django_tasks import task

from .models import EmailStatus, OutgoingEmail

MAX_ATTEMPTS = 8
# Seconds to wait for the mail server (when EMAIL_TIMEOUT is not set): Django waits forever by
# default, and emails go out from the request that queued them.
SEND_TIMEOUT_SECONDS = 10
# How long a try holds its email: far longer than a try can take.
CLAIM_SECONDS = 600
INTERRUPTED = "Interrupted while sending (the sender stopped); it is tried again."
UNREACHABLE_PAUSE_SECONDS = 60
UNREACHABLE_KEY = "outbox:unreachable"
# The mail server is out of reach (not this email refused): the others wait too.
UNREACHABLE = (
    ConnectionError,
    TimeoutError,
    socket.gaierror,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
)


def queue_email(kind, to, language, context, order=None, template=None):
    """Render `template` (by default `catalog/emails/<kind>.txt`; its first line is the subject)
    in `language` and queue it."""
    if not to:
        return None
    template = template or f"catalog/emails/{kind}.txt"
    with translation.override(language):
        subject, _blank, body = render_to_string(template, context).partition("\n")
    email = OutgoingEmail.objects.create(
        kind=kind,
        to=to,
        language=language,
        subject=subject.strip()[:200],
        body=body.strip() + "\n",
        order=order,
    )
    transaction.on_commit(lambda: send_queued_emails.enqueue())
    return email


def pause_after(attempts):
    """1, 2, 4... minutes, at most six hours."""
    return timedelta(minutes=min(2 ** (attempts - 1), 360))


def mail_connection():
    timeout = getattr(settings, "EMAIL_TIMEOUT", None) or SEND_TIMEOUT_SECONDS
    return get_connection(timeout=timeout)


def claim(email):
    """Take `email` for one try (counted now); False when another sender has taken it or it
    is no longer waiting."""
    taken = OutgoingEmail.objects.filter(
        pk=email.pk, status=EmailStatus.QUEUED, attempts=email.attempts
    ).update(
        attempts=F("attempts") + 1,
        next_attempt_at=timezone.now() + timedelta(seconds=CLAIM_SECONDS),
        last_error=INTERRUPTED,
    )
    if taken:
        email.attempts += 1
    return bool(taken)


def not_sent(email, error):
    """The try failed: the error kept for the editors, the next try later, or given up."""
    email.last_error = f"{type(error).__name__}: {error}"[:2000]
    email.next_attempt_at = timezone.now() + pause_after(email.attempts)
    if email.attempts >= MAX_ATTEMPTS:
        email.status = EmailStatus.FAILED
    email.save(update_fields=["last_error", "next_attempt_at", "status"])


def send(email, connection=None):
    """Try once, unless another sender has it; returns whether it went (a refusal is kept on
    the email for the next try and for the editors)."""
    went, _error = _try(email, connection)
    return went


def _try(email, connection=None):
    """(went, error): (False, None) when the email could not be claimed."""
    if not claim(email):
        return False, None
    try:
        send_mail(
            email.subject,
            email.body,
            settings.DEFAULT_FROM_EMAIL,
            [email.to],
            connection=connection or mail_connection(),
        )
    except Exception as error:
        not_sent(email, error)
        return False, error
    email.status, email.sent_at, email.last_error = EmailStatus.SENT, timezone.now(), ""
    email.save(update_fields=["status", "sent_at", "last_error"])
    return True, None


def send_again(emails):
    """Failed emails among `emails` queued again with their tries counted from zero (an editor's
    decision); sent and waiting ones are left as they are. Returns how many were queued."""
    count = OutgoingEmail.objects.filter(
        pk__in=[email.pk for email in emails], status=EmailStatus.FAILED
    ).update(status=EmailStatus.QUEUED, attempts=0, next_attempt_at=timezone.now())
    if count:
        transaction.on_commit(lambda: send_queued_emails.enqueue(even_if_unreachable=True))
    return count


def give_up_interrupted(now):
    """Emails whose last allowed try never finished (the sender died each time): failed."""
    return (
        OutgoingEmail.objects.due(now)
        .filter(attempts__gte=MAX_ATTEMPTS)
        .update(status=EmailStatus.FAILED)
    )


def server_unreachable():
    """Whether a sender found the mail server out of reach a moment ago (a cache that fails
    says no: the emails are tried)."""
    try:
        return cache.get(UNREACHABLE_KEY) is not None
    except Exception:
        return False


def _remember_unreachable(error):
    with suppress(Exception):
        cache.set(UNREACHABLE_KEY, str(error)[:200], UNREACHABLE_PAUSE_SECONDS)


def send_due(limit=200):
    """Send the emails that are due; returns how many went. Once the mail server cannot be
    reached, the rest wait for the next run with the same error (counted as a try each)."""
    now = timezone.now()
    give_up_interrupted(now)
    connection, sent, unreachable = mail_connection(), 0, None
    for email in OutgoingEmail.objects.due(now)[:limit]:
        if unreachable is not None:
            if claim(email):
                not_sent(email, unreachable)
            continue
        went, error = _try(email, connection)
        sent += went
        if isinstance(error, UNREACHABLE):
            unreachable = error
            _remember_unreachable(error)
    if sent and unreachable is None:
        with suppress(Exception):
            cache.delete(UNREACHABLE_KEY)  # back: requests send their emails again
    return sent


@task()
def send_queued_emails(even_if_unreachable=False):
    """Send every email that is due; returns how many went. Queued by each email after its
    commit; does nothing while the mail server was just found out of reach, unless told."""
    if server_unreachable() and not even_if_unreachable:
        return 0
    return send_due()
