from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from home.demo.loader import DEMO_USERS, load_demo


class Command(BaseCommand):
    help = "Load the demo content (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--photo-size", type=int, default=1200, help="Edge of the drawn photos, in pixels."
        )
        parser.add_argument(
            "--address",
            default="http://127.0.0.1:8000",
            help="Where the demo will be served, for the addresses printed at the end.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even with DEBUG off. The demo accounts have published passwords.",
        )

    def handle(self, *args, photo_size, address, force, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load the demo with DEBUG off: its accounts have published "
                "passwords. Use --force on a machine that is not a real site."
            )
        created = load_demo(photo_size=photo_size, stdout=self.stdout)
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({created} objects)."))
        else:
            self.stdout.write("Demo content was already loaded; nothing changed.")
        address = address.rstrip("/")
        self.stdout.write(f"\nDemo logins (Wagtail admin at {address}/admin/):")
        for username, password, role, _groups, _name in DEMO_USERS:
            self.stdout.write(f"  {role:<14} username: {username:<8} password: {password}")
        self.stdout.write(
            f"The artisan's shop on a phone: {address}/id/toko-saya/ "
            "(add a product, then approve it as the editor under 'Produk untuk ditinjau')."
        )
        if created:  # every rendition the demo's pages ask for, so no page view resizes
            call_command("make_renditions", stdout=self.stdout)
