"""Send the emails that are due in the outbox (those the mail server refused earlier are
retried here). Run it every few minutes (cron, or the task worker's schedule)."""

from django.core.management.base import BaseCommand

from catalog.outbox import send_queued_emails


class Command(BaseCommand):
    help = "Send the queued emails that are due, retrying those that failed before."

    def handle(self, *args, **options):
        sent = send_queued_emails.call(even_if_unreachable=True)
        self.stdout.write(f"{sent} email(s) sent.")
