"""Load the demo content: the council, artisans, the nine motifs, products, stories.

Idempotent: every object is looked up by a stable key and created only when missing, so a
second run changes nothing (and leaves editors' changes to the demo alone).

`DemoLoader` holds the shared state and helpers; the steps live by concern in
`steps_site` (regions, users, the home page and its sections, settings, standard pages),
`steps_showcase` (motifs, artisans, stories, galleries, the artisan account), `steps_catalog`
(products) and `steps_rates` (exchange rates) and `steps_shipping` (shipping zones and rates).
The home page and its sections are the skeleton `manage.py create_site` builds
(`home.site_setup.build_skeleton`), with the demo's texts; the demo adds its content on top.
"""

from functools import partial

from django.db import transaction

from wagtail.models import Locale

from home.site_setup import child_page, translation

from .images import demo_collection, stored_image
from .steps_catalog import load_catalog
from .steps_inquiries import load_inquiries
from .steps_rates import load_rates
from .steps_registry import load_registry
from .steps_shipping import load_shipping
from .steps_showcase import (
    load_artisan_account,
    load_artisans,
    load_galleries,
    load_motifs,
    load_stories,
)
from .steps_site import (
    REGENCY_CODE,
    load_home,
    load_regions,
    load_settings,
    load_standard_pages,
    load_users,
)

__all__ = ["DEMO_ARTISAN_ACCOUNT", "DEMO_USERS", "REGENCY_CODE", "DemoLoader", "load_demo"]

DEMO_USERS = [
    # username, password, role, groups, first name
    ("admin", "pasarkriya-admin", "administrator", [], "Admin"),
    ("editor", "pasarkriya-editor", "council editor", ["Editors", "Moderators"], "Editor"),
    ("perajin", "pasarkriya-perajin", "artisan", [], "Perajin"),
]
DEMO_ARTISAN_ACCOUNT = ("perajin", 0)  # username, index in content.ARTISANS


class DemoLoader:
    def __init__(self, photo_size=1200, stdout=None):
        self.photo_size = photo_size
        self.stdout = stdout
        self.created = 0

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- helpers ---------------------------------------------------------------------------

    def image(self, title, draw, **kwargs):
        return stored_image(title, partial(draw, **kwargs), self.collection)

    def child_page(self, parent, model, slug, **fields):
        """The live child of `parent` with this slug, created and published if missing."""
        page, created = child_page(parent, model, slug, **fields)
        self.created += created
        return page

    def translation(self, page, slug=None, **fields):
        """The English version of `page`, copied, filled in and published if missing."""
        translated, created = translation(page, self.english, slug=slug, **fields)
        self.created += created
        return translated

    # --- steps -------------------------------------------------------------------------------

    @transaction.atomic
    def load(self):
        self.collection = demo_collection()
        self.indonesian = Locale.objects.get_or_create(language_code="id")[0]
        self.english = Locale.objects.get_or_create(language_code="en")[0]
        load_regions(self)  # sets self.districts
        load_users(self, DEMO_USERS)
        self.home = load_home(self)  # sets self.sections
        load_settings(self)
        load_standard_pages(self)
        self.motifs = load_motifs(self)
        self.artisans = load_artisans(self)
        load_catalog(self)
        load_rates(self)
        load_shipping(self)
        load_stories(self)
        load_galleries(self)
        load_artisan_account(self, DEMO_ARTISAN_ACCOUNT)
        load_registry(self)
        load_inquiries(self)
        return self.created


def load_demo(photo_size=1200, stdout=None):
    """Load the demo content; returns how many objects were created (0 on a second run)."""
    return DemoLoader(photo_size=photo_size, stdout=stdout).load()
