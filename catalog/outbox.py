"""Emails through the outbox: each one is rendered in its reader's language and stored before
anything is sent, so a mail server that is down loses nothing; sending is retried with a
growing pause, and after MAX_ATTEMPTS an editor sees it as failed in the admin."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from django_tasks import task

from .models import EmailStatus, OutgoingEmail

MAX_ATTEMPTS = 8


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


def send(email):
    """Try once; returns whether it went."""
    try:
        send_mail(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to])
    except Exception as error:
        email.attempts += 1
        email.last_error = f"{type(error).__name__}: {error}"[:2000]
        email.next_attempt_at = timezone.now() + pause_after(email.attempts)
        if email.attempts >= MAX_ATTEMPTS:
            email.status = EmailStatus.FAILED
        email.save(update_fields=["attempts", "last_error", "next_attempt_at", "status"])
        return False
    email.attempts += 1
    email.status, email.sent_at = EmailStatus.SENT, timezone.now()
    email.save(update_fields=["attempts", "status", "sent_at"])
    return True


@task()
def send_queued_emails():
    """Send every email that is due; returns how many went."""
    return sum(send(email) for email in OutgoingEmail.objects.due(timezone.now())[:200])
