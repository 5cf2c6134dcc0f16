"""The demo content: loads on an empty database, changes nothing the second time, and every
page it makes answers 200 to an anonymous visitor in both languages."""

import re
from collections import deque
from io import StringIO
from urllib.parse import urldefrag, urlsplit

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page

import pytest

from artisans.models import Artisan, ArtisanIndexPage
from catalog.models import Product
from home.demo.content import MOTIFS
from home.demo.loader import load_demo
from home.models import MotifIndexPage, MotifPage, StoryIndexPage
from inquiries.models import Inquiry
from inquiries.response_times import median_response_time

pytestmark = pytest.mark.django_db

PHOTO_SIZE = 96  # small drawings keep the test fast; the code path is the same
HREF = re.compile(r'href="([^"]+)"')
NOT_PAGES = ("/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml", "/robots.txt")
# The artisans' own shop asks for a sign-in (tested in tests/catalog/test_portal.py).
SIGNED_IN_ONLY = ("/id/toko-saya/", "/en/my-shop/")


def snapshot():
    """Row counts of every model, and every page's latest revision."""
    counts = {model._meta.label: model._default_manager.count() for model in apps.get_models()}
    revisions = set(Page.objects.values_list("pk", "latest_revision_id", "live"))
    return counts, revisions


def test_demo_loads_the_council_content(capsys):
    created = load_demo(photo_size=PHOTO_SIZE)

    assert created > 0
    assert MotifPage.objects.filter(locale__language_code="id").count() == 9
    assert MotifPage.objects.filter(locale__language_code="en").count() == 9
    assert Artisan.objects.values("district").distinct().count() >= 9
    assert Product.objects.live().count() >= 30
    assert get_user_model().objects.filter(username="editor", is_superuser=False).exists()
    # The demo artisan's inbox: a new (overdue) question, a quote, a custom order, answered
    # ones enough for a response time; and a message to the council.
    artisan_account = get_user_model().objects.get(username="perajin")
    inbox = Inquiry.objects.visible_to_artisan(artisan_account)
    assert inbox.overdue().count() == 1 and inbox.filter(status="quoted").count() == 1
    assert median_response_time(inbox.first().artisan) is not None
    assert Inquiry.objects.filter(artisan=None, kind="message").count() == 1


def test_loading_the_demo_twice_changes_nothing(capsys):
    load_demo(photo_size=PHOTO_SIZE)
    before = snapshot()

    call_command("load_demo", photo_size=PHOTO_SIZE, force=True, address="http://127.0.0.1:8123/")

    assert snapshot() == before
    output = capsys.readouterr().out
    assert "nothing changed" in output
    assert "editor" in output  # the demo logins are printed
    assert "http://127.0.0.1:8123/admin/" in output  # where `make demo PORT=8123` serves
    assert "8000" not in output


def test_every_demo_page_answers_200_in_both_languages(client):
    load_demo(photo_size=PHOTO_SIZE)

    seen, queue, failures = set(), deque(["/id/", "/en/"]), []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            failures.append((url, response.status_code))
            continue
        for href in HREF.findall(response.content.decode()):
            href = urldefrag(href.replace("&amp;", "&"))[0]
            if href.startswith("?"):
                href = urlsplit(url).path + href
            if href.startswith("/") and not href.startswith(NOT_PAGES + SIGNED_IN_ONLY):
                queue.append(href)

    assert failures == []
    pages = {url for url in seen if "?" not in url}
    assert {url.split("/")[1] for url in pages} == {"id", "en"}
    # Every live page of the demo was reached from the home pages.
    for page in Page.objects.live().filter(depth__gt=1).specific():
        assert page.url in seen, f"{page.url} is not linked from anywhere"
    for product in Product.objects.live():
        assert f"/id/katalog/{product.slug}/" in seen
        assert f"/en/catalog/{product.slug}/" in seen


def test_demo_refuses_to_load_on_a_site_with_debug_off(settings):
    from django.core.management.base import CommandError

    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("load_demo", photo_size=PHOTO_SIZE)
    assert not get_user_model().objects.filter(username="admin").exists()


def test_sitemap_lists_every_live_demo_page_in_both_languages(client):
    load_demo(photo_size=PHOTO_SIZE)

    xml = client.get("/sitemap-pages.xml").content.decode()

    listed = set(re.findall(r"<loc>https?://[^/<]+(/[^<]*)</loc>", xml))
    live = {page.url for page in Page.objects.live().filter(depth__gt=1).specific()}
    assert listed == live
    assert {url.split("/")[1] for url in listed} == {"id", "en"}


def test_the_demo_fills_in_a_site_made_by_create_site(client):
    call_command("create_site", hostname="pasarkriya.example", stdout=StringIO())
    home = Page.objects.get(depth=2, locale__language_code="id")

    load_demo(photo_size=PHOTO_SIZE)

    # The demo's sections are the skeleton's: kept, not made a second time.
    assert Page.objects.get(depth=2, locale__language_code="id").pk == home.pk
    for model in (MotifIndexPage, ArtisanIndexPage, StoryIndexPage):
        assert model.objects.count() == 2
    motif_index = MotifIndexPage.objects.get(locale__language_code="en")
    assert MotifPage.objects.child_of(motif_index).count() == 9
    response = client.get("/en/motifs/")
    assert response.status_code == 200
    assert all(motif["name"] in response.content.decode() for motif in MOTIFS)
