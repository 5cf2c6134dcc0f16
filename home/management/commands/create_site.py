from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

from home.site_setup import DEFAULT_PORT, DEFAULT_SITE_NAME, SiteSetupError, set_up_site


class Command(BaseCommand):
    help = (
        "Give a fresh install its home page and sections (motifs, artisans, news) in Indonesian "
        "and English, in place of Wagtail's welcome page, and set the site's address. A site "
        "that already has its home page keeps it; only the address changes. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname", required=True, help="The name visitors type, e.g. pasarkriya.example."
        )
        parser.add_argument(
            "--port",
            type=int,
            help=f"The port in the site's links (default {DEFAULT_PORT} for a new site; 443 "
            "makes https:// links, 80 http://). An existing site keeps its port unless given.",
        )
        parser.add_argument(
            "--site-name",
            help=f"The site's name in the admin (default {DEFAULT_SITE_NAME!r} for a new site). "
            "The name in the header is under Settings > Council.",
        )

    def handle(self, *args, hostname, port, site_name, **options):
        try:
            setup = set_up_site(hostname, port=port, site_name=site_name)
        except SiteSetupError as error:
            raise CommandError(f"{error} Nothing was changed.") from error
        if setup.skeleton is not None:
            self._report_created(setup.skeleton)
        else:
            home = setup.kept_home
            below = home.get_descendants().count()
            translations = home.get_translations().count()
            self.stdout.write(
                f"Kept the site's home page {home.title!r} ({home.url}), its "
                f"{translations} translation(s) and the {below} page(s) below it; "
                "no page was created."
            )
        site = setup.site
        for name, old, new in setup.changes:
            self.stdout.write(f"Site {name}: {old!r} -> {new!r}")
        address = f"{site.hostname}:{site.port} ({site.root_url})"
        if setup.skeleton is None and not setup.changes:
            self.stdout.write(f"Nothing changed: the site is at {address}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"The site is at {address}."))

    def _report_created(self, skeleton):
        if skeleton.replaced is not None:
            self.stdout.write(f"Replaced Wagtail's welcome page {skeleton.replaced.title!r}.")
        self.stdout.write(f"Created and published {len(skeleton.created)} pages:")
        # Read again: a page built before the site pointed at it keeps the old roots' paths.
        pages = Page.objects.specific().in_bulk([page.pk for page in skeleton.created])
        for page in (pages[created.pk] for created in skeleton.created):
            self.stdout.write(
                f"  {page.url:<16} {page.title} "
                f"({type(page).__name__}, {page.locale.language_code})"
            )
