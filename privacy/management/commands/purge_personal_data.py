"""Erase buyers' personal data kept past its retention (see `privacy.retention`): guests'
orders and inquiries, and old emails. Run it once a day (cron, or the task worker's
schedule); running it twice erases nothing more."""

from django.core.management.base import BaseCommand

from privacy.tasks import purge_personal_data


class Command(BaseCommand):
    help = "Erase guests' personal data kept longer than PERSONAL_DATA_RETENTION_DAYS."

    def handle(self, *args, **options):
        counts = purge_personal_data.call()
        self.stdout.write(
            "{orders} order(s) and {inquiries} inquiry(ies) erased, {emails} old email(s) "
            "deleted; {kept_open} order(s) still open kept for now.".format(**counts)
        )
