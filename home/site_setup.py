"""The site's page skeleton: the home page and its sections (motif stories, artisans, stories)
in Indonesian and English, published, as the default Site's root.

`set_up_site` (behind `manage.py create_site`) builds it on a fresh install, in place of
Wagtail's "Welcome to your new Wagtail site!" page, and sets the Site's address. The demo loader
builds the same skeleton with its own texts (`build_skeleton`) and adds its content on top, so a
site made by `create_site` can take the demo and the demo's sections are the ones described here.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from wagtail.models import Locale, Page, Site

from artisans.models import ArtisanIndexPage
from home.models import HomePage, MotifIndexPage, StoryIndexPage

MAIN_LANGUAGE, SECOND_LANGUAGE = "id", "en"
HOME_SLUGS = {"id": "beranda", "en": "home"}
# The sections under the home page, in menu order, with their slugs: /id/motif/, /en/motifs/...
SECTIONS = {
    MotifIndexPage: {"id": "motif", "en": "motifs"},
    ArtisanIndexPage: {"id": "perajin", "en": "artisans"},
    StoryIndexPage: {"id": "kabar", "en": "news"},
}
# The fields of each page in each language ("home" for the home page, else the section's
# model). Page content, not interface text: editors change it in the admin.
TEXTS = {
    "home": {
        "id": {
            "title": "Beranda",
            "hero_heading": "Karya tangan perajin daerah, langsung dari pembuatnya",
        },
        "en": {
            "title": "Home",
            "hero_heading": "Handmade by the region's artisans, straight from their makers",
        },
    },
    MotifIndexPage: {"id": {"title": "Motif batik"}, "en": {"title": "Batik motifs"}},
    ArtisanIndexPage: {"id": {"title": "Perajin"}, "en": {"title": "Artisans"}},
    StoryIndexPage: {"id": {"title": "Kabar"}, "en": {"title": "News & events"}},
}
DEFAULT_PORT = 443
DEFAULT_SITE_NAME = "Pasar Kriya"
HOSTNAME_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


class SiteSetupError(Exception):
    """The site cannot be set up as asked; nothing was changed."""


@dataclass
class Skeleton:
    site: Site
    home: HomePage
    sections: dict  # section model -> its Indonesian page
    created: list = field(default_factory=list)  # pages created, in order
    replaced: Page | None = None  # Wagtail's welcome page, deleted


@dataclass
class SiteSetup:
    skeleton: Skeleton | None  # None: the site's home page was kept as it was
    site: Site
    kept_home: HomePage | None = None
    changes: list = field(default_factory=list)  # (field, old value, new value)


def child_page(parent, model, slug, **fields):
    """(page, created): the child of `parent` with this slug, created and published if missing."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def translation(page, locale, slug=None, **fields):
    """(page, created): `page` in `locale`, copied the way Wagtail's simple_translation does,
    filled in and published if missing."""
    existing = page.get_translation_or_none(locale)
    if existing:
        return existing.specific, False
    translated = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    if slug:
        translated.slug = slug
    translated.save_revision().publish()
    return translated, True


def is_welcome_page(page):
    """Wagtail's untouched "Welcome to your new Wagtail site!" page: a plain Page under the tree
    root, with nothing below it."""
    return (
        page.depth == 2
        and page.content_type.model_class() is Page
        and not page.get_children().exists()
    )


@transaction.atomic
def build_skeleton(texts=TEXTS, home_fields=None, hostname="localhost", port=80):
    """The default Site's home page and its sections in both languages, what is missing created
    and published. An existing home page root is kept as it is; Wagtail's untouched welcome page
    is replaced; any other root is refused (SiteSetupError). `hostname` and `port` are used only
    when there is no default Site yet."""
    try:
        return _build_skeleton(texts, home_fields or {}, hostname, port)
    except ValidationError as error:
        raise SiteSetupError(_messages(error)) from error


def _build_skeleton(texts, home_fields, hostname, port):
    main = Locale.objects.get_or_create(language_code=MAIN_LANGUAGE)[0]
    second = Locale.objects.get_or_create(language_code=SECOND_LANGUAGE)[0]
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    skeleton = Skeleton(site=site, home=None, sections={})

    def record(page, created):
        if created:
            skeleton.created.append(page)
        return page

    if site is not None and isinstance(site.root_page.specific, HomePage):
        skeleton.home = site.root_page.specific
    else:
        _check_replaceable(site)
        home = HomePage(slug=HOME_SLUGS[MAIN_LANGUAGE], locale=main, **texts["home"][MAIN_LANGUAGE])
        for name, value in home_fields.items():
            setattr(home, name, value)
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        skeleton.home = record(home, True)
        site = site or Site(hostname=hostname, port=port, is_default_site=True)
        site.root_page = home
        site.full_clean()
        site.save()
        skeleton.site = site
        # Gone before the translation: the welcome page's slug is the English home page's.
        for page in Page.objects.filter(depth=2).exclude(pk=home.pk):
            if is_welcome_page(page) and not page.sites_rooted_here.exists():
                skeleton.replaced = page
                page.delete()
    english = texts["home"][SECOND_LANGUAGE]
    record(*translation(skeleton.home, second, slug=HOME_SLUGS[SECOND_LANGUAGE], **english))
    for model, slugs in SECTIONS.items():
        text = texts[model]
        index = record(
            *child_page(
                skeleton.home,
                model,
                slugs[MAIN_LANGUAGE],
                show_in_menus=True,
                **text[MAIN_LANGUAGE],
            )
        )
        record(*translation(index, second, slug=slugs[SECOND_LANGUAGE], **text[SECOND_LANGUAGE]))
        skeleton.sections[model] = index
    return skeleton


def _check_replaceable(site):
    root = site.root_page if site is not None else None
    if root is not None and not is_welcome_page(root):
        raise SiteSetupError(
            f"The default site's root page is {root.title!r} ({root.specific_class.__name__}, "
            f"{root.get_children().count()} pages below it), not Wagtail's untouched welcome "
            "page, so it was left as it is. Make a HomePage the site's root in the admin "
            "(Settings > Sites) instead."
        )


def clean_hostname(value):
    """The host name in the form browsers send it (lower case, internationalised names in
    punycode), or SiteSetupError."""
    name = (value or "").strip().rstrip(".").lower()
    try:
        name = name.encode("idna").decode("ascii")
    except UnicodeError:
        name = None
    labels = name.split(".") if name else []
    if not labels or len(name) > 253 or not all(HOSTNAME_LABEL.match(label) for label in labels):
        raise SiteSetupError(
            f"{value!r} is not a host name: give the name visitors type, such as "
            "pasarkriya.example, without https:// or a port."
        )
    return name


def clean_port(value):
    if value is not None and not 1 <= value <= 65535:
        raise SiteSetupError(f"Port {value} is out of range: give a number from 1 to 65535.")
    return value


@transaction.atomic
def set_up_site(hostname, port=None, site_name=None):
    """Give a fresh install its home page and sections (in place of Wagtail's welcome page) and
    set the default Site's address. A site that already has a home page is kept as it is: only
    its hostname, port and site name change, where given. Returns a SiteSetup."""
    hostname, port = clean_hostname(hostname), clean_port(port)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        setup = SiteSetup(skeleton=None, site=site, kept_home=site.root_page.specific)
    else:
        skeleton = build_skeleton(hostname=hostname, port=port or DEFAULT_PORT)
        setup = SiteSetup(skeleton=skeleton, site=skeleton.site)
        port = port or DEFAULT_PORT
        site_name = site_name or DEFAULT_SITE_NAME
    wanted = {"hostname": hostname, "port": port, "site_name": site_name}
    for name, value in wanted.items():
        if value is not None and getattr(setup.site, name) != value:
            setup.changes.append((name, getattr(setup.site, name), value))
            setattr(setup.site, name, value)
    if setup.changes:
        try:
            setup.site.full_clean()
        except ValidationError as error:
            raise SiteSetupError(_messages(error)) from error
        setup.site.save()
    return setup


def _messages(error):
    """A ValidationError's messages on one line, each after its field's name."""
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        " ".join(errors) if name == "__all__" else f"{name}: {' '.join(errors)}"
        for name, errors in error.message_dict.items()
    )
