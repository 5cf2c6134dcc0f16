"""Fixtures shared by every app's tests: a site with its home page in both languages."""

import os

from wagtail.models import Locale, Page, Site

import pytest

from tests.home.factories import HomePageFactory

IN_CI = os.environ.get("CI", "").lower() == "true"


def needs_service(name, available, why=""):
    """Skip a test whose service is missing on a laptop; on CI a missing service fails it."""
    if available:
        return
    message = f"needs {name}{': ' + why if why else ''}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: missing services are failures)")
    pytest.skip(message)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded and generated files go to a temporary folder, never to media/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / "private-media")


@pytest.fixture(autouse=True)
def main_language():
    """Every test starts in the site's main language, whatever an earlier one left active
    (a request to /en/ activates English for the rest of the thread)."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_caches():
    """No test sees what an earlier one cached (renditions, rates...) under reused ids."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def home_page(db, english):
    """The Indonesian home page, root of the default site."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="beranda")
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = home
    site.hostname = "testserver"
    site.save()
    old_root.delete()
    return home


@pytest.fixture
def home_page_en(home_page, english):
    """The English translation of the home page, published."""
    translated = home_page.copy_for_translation(english).specific
    translated.slug = "home"
    translated.title = "Home"
    translated.hero_heading = "Crafts of Bojonegoro"
    translated.save_revision().publish()
    return translated


def translate(page, english, **fields):
    """Publish an English copy of `page` with these fields changed."""
    translated = page.copy_for_translation(english).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated
