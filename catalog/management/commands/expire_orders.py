"""Cancel unpaid orders whose time to pay has run out and put their pieces back in stock.
Run it every few minutes (cron, or the task worker's schedule)."""

from django.core.management.base import BaseCommand

from catalog.checkout.services import expire_overdue_orders


class Command(BaseCommand):
    help = "Expire unpaid orders past their payment time and give their stock back."

    def handle(self, *args, **options):
        lapsed = expire_overdue_orders()
        self.stdout.write(f"{lapsed} unpaid order(s) expired.")
