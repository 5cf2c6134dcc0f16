"""Wagtail's routing of a public page kept until anything public changes (home.page_routes):
a page seen before is found without a query, in each language; a page published, withdrawn or
moved is found (or not, or redirected) at once; its view restrictions still apply to every
visitor; an address that names no page is not kept."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

ROUTING_TABLES = {
    "wagtailcore_site",
    "wagtailcore_locale",
    "wagtailcore_page",
    "wagtailcore_pageviewrestriction",
}


@pytest.fixture(autouse=True)
def catalog_cache_on(settings):
    settings.CATALOG_CACHE_SECONDS = 600


@pytest.fixture
def about(home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return StandardPageFactory(parent=home_page, title="Tentang Dekranasda", slug="tentang")


def tables_read(client, url):
    ask = client if callable(client) else client.get
    with CaptureQueriesContext(connection) as queries:
        response = ask(url)
    tables = {table for query in queries for table in re.findall(r'FROM "(\w+)"', query["sql"])}
    return response, tables


def test_a_page_seen_before_is_found_without_reading_the_tree(client, about):
    client.get(about.url)

    response, tables = tables_read(client, about.url)

    assert response.status_code == 200
    assert "Tentang Dekranasda" in response.content.decode()
    assert not tables & ROUTING_TABLES, tables


def test_each_language_is_routed_to_its_own_translation(client, about, home_page_en, english):
    with_english = about.copy_for_translation(english, copy_parents=True)
    with_english.title = "About the council"
    with_english.save_revision().publish()
    client.get("/id/tentang/")

    indonesian = client.get("/id/tentang/").content.decode()
    english_html = client.get(with_english.url).content.decode()

    assert "Tentang Dekranasda" in indonesian and "About the council" not in indonesian
    assert "About the council" in english_html


def test_a_page_published_withdrawn_or_moved_is_routed_anew_at_once(
    client, home_page, about, django_capture_on_commit_callbacks
):
    assert client.get("/id/kontak/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        contact = StandardPageFactory(parent=home_page, title="Kontak", slug="kontak")
    assert client.get("/id/kontak/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        contact.unpublish()
    assert client.get("/id/kontak/").status_code == 404

    client.get("/id/tentang/")
    with django_capture_on_commit_callbacks(execute=True):
        about.move(contact, pos="last-child")
    moved = client.get("/id/tentang/")
    assert moved.status_code == 301 and moved["Location"] == "/id/kontak/tentang/"


def test_a_restricted_page_asks_every_visitor_for_its_password_kept_or_not(
    client, about, django_capture_on_commit_callbacks
):
    client.get(about.url)  # kept without a restriction
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=about, restriction_type=PageViewRestriction.PASSWORD, password="batik"
        )
    first = client.get(about.url).content.decode()
    again, tables = tables_read(client, about.url)
    client.post(
        f"/id/_util/authenticate_with_password/{restriction.pk}/{about.pk}/",
        {"password": "batik", "return_url": about.url},
    )

    allowed = client.get(about.url).content.decode()

    assert "Tentang Dekranasda" not in first and 'name="password"' in first
    assert 'name="password"' in again.content.decode()
    assert "wagtailcore_pageviewrestriction" not in tables
    assert "Tentang Dekranasda" in allowed and 'name="password"' not in allowed


def test_without_the_catalog_cache_wagtail_routes_every_request(client, about, settings):
    settings.CATALOG_CACHE_SECONDS = 0
    client.get(about.url)

    response, tables = tables_read(client, about.url)

    assert response.status_code == 200
    assert "wagtailcore_page" in tables


def test_an_address_that_names_no_page_is_not_kept(client, about):
    from django.core.cache import cache

    client.get(about.url)
    client.get("/id/tidak-ada-1/")  # what a 404 page shows is kept once
    entries = len(cache._cache)

    made_up = [client.get(f"/id/tidak-ada-{n}/").status_code for n in range(2, 12)]

    assert made_up == [404] * 10
    assert len(cache._cache) == entries


def test_a_head_request_is_routed_as_a_get(client, about):
    client.get(about.url)

    response, tables = tables_read(client.head, about.url)

    assert response.status_code == 200
    assert not tables & ROUTING_TABLES, tables


def test_a_profile_seen_before_costs_no_query_and_a_withdrawn_makers_is_refused_at_once(
    client, home_page, django_capture_on_commit_callbacks
):
    from tests.artisans.factories import ArtisanIndexPageFactory, ArtisanPageFactory

    with django_capture_on_commit_callbacks(execute=True):
        profile = ArtisanPageFactory(parent=ArtisanIndexPageFactory(parent=home_page))
    client.get(profile.url)

    with CaptureQueriesContext(connection) as queries:
        seen = client.get(profile.url)
    profile.artisan.is_active = False
    with django_capture_on_commit_callbacks(execute=True):
        profile.artisan.save()

    assert seen.status_code == 200 and len(queries) == 0, [q["sql"] for q in queries]
    assert client.get(profile.url).status_code == 404
