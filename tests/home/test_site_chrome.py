"""What every public page shows around its own content: the council's settings (title, header,
footer), the menu and the footer's links. Read once a request, in as few queries as possible,
and with the catalog cache on kept until an editor changes any of it (a change shows at once)."""

import re
from datetime import datetime

from django.db import connection
from django.template import defaulttags
from django.test import RequestFactory
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

import pytest
import wagtail_factories

from home.models import CouncilSettings
from home.templatetags.navigation import Link, site_navigation, view_url_in
from tests.catalog.factories import ProductFactory
from tests.conftest import translate
from tests.home.factories import HomePageFactory, StandardPageFactory
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog_cache_on(settings):
    settings.CATALOG_CACHE_SECONDS = 600


@pytest.fixture
def pages(home_page, django_capture_on_commit_callbacks):
    """Two pages in the menu and one left out of it (the footer's), under the home page."""
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "about": StandardPageFactory(parent=home_page, title="Tentang", show_in_menus=True),
            "events": StandardPageFactory(parent=home_page, title="Agenda", show_in_menus=True),
            "terms": StandardPageFactory(parent=home_page, title="Ketentuan", show_in_menus=False),
        }


def request_for(path="/id/"):
    return RequestFactory().get(path)


def link_titles(html, start):
    """The titles of the page links in the <nav> that `start` opens."""
    nav = html.split(start, 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<a href="/id/[^"]*"[^>]*>([^<]*)</a>', nav)


def test_the_menu_and_the_footer_links_are_the_home_pages_live_children(pages):
    navigation = site_navigation(request_for())

    assert navigation.home_url == "/id/"
    assert [link.title for link in navigation.menu] == ["Tentang", "Agenda"]
    assert navigation.more == (
        Link("Ketentuan", pages["terms"].url, pages["terms"].path, pages["terms"].depth),
    )


def test_the_menu_and_the_footer_take_one_query_together(pages, django_assert_num_queries):
    # The site, the home page's locale (Page.localized), the home page's live children.
    with django_assert_num_queries(3):
        site_navigation(request := request_for())
    with django_assert_num_queries(0):
        site_navigation(request)


def test_english_pages_get_the_english_links(pages, home_page_en, english):
    with translation.override("en"):
        navigation = site_navigation(request_for("/en/"))

    assert navigation.home_url == "/en/"
    assert navigation.menu == ()  # no page of the menu is translated


def test_kept_links_cost_no_query(pages, catalog_cache_on, django_assert_num_queries):
    site_navigation(request_for())
    with django_assert_num_queries(0):
        navigation = site_navigation(request_for())

    assert [link.title for link in navigation.menu] == ["Tentang", "Agenda"]


@pytest.mark.parametrize(
    ("change", "in_menu", "in_footer"),
    [
        ("renamed", ["Tentang Kami", "Agenda"], ["Ketentuan"]),
        ("left the menu", ["Agenda"], ["Tentang", "Ketentuan"]),
        ("unpublished", ["Agenda"], ["Ketentuan"]),
        ("added", ["Tentang", "Agenda", "Galeri"], ["Ketentuan"]),
    ],
)
def test_kept_links_follow_a_change_of_the_pages_at_once(
    client, pages, catalog_cache_on, django_capture_on_commit_callbacks, change, in_menu, in_footer
):
    client.get("/id/katalog/")
    about = pages["about"]
    with django_capture_on_commit_callbacks(execute=True):
        if change == "renamed":
            about.title = "Tentang Kami"
            about.save_revision().publish()
        elif change == "left the menu":
            about.show_in_menus = False
            about.save_revision().publish()
        elif change == "unpublished":
            about.unpublish()
        else:
            StandardPageFactory(parent=about.get_parent(), title="Galeri", show_in_menus=True)

    html = client.get("/id/katalog/").content.decode()
    assert link_titles(html, '<nav class="main-nav"') == ["Katalog", "Keranjang", *in_menu, "Cari"]
    footer = link_titles(html, 'id="footer-nav"')[:-2]  # the artisans' shop, personal data
    assert footer == ["Katalog", *in_menu, *in_footer]


def test_kept_council_settings_and_site_cost_no_query(
    home_page, catalog_cache_on, django_assert_num_queries
):
    CouncilSettings.for_request(request_for())
    request = request_for()
    with django_assert_num_queries(0):
        council = CouncilSettings.for_request(request)
        assert CouncilSettings.for_request(request) is council
        # Wagtail's own lookup of the request's site (page URLs ask it) is answered too.
        assert Site.find_for_request(request).root_page_id == home_page.pk

    assert council.site_name == "Pasar Kriya"


def test_a_kept_site_follows_a_change_of_its_home_page_at_once(
    client, pages, catalog_cache_on, django_capture_on_commit_callbacks
):
    client.get("/id/katalog/")
    with django_capture_on_commit_callbacks(execute=True):
        new_home = HomePageFactory(parent=Page.get_first_root_node(), slug="beranda-baru")
        StandardPageFactory(parent=new_home, title="Pameran", show_in_menus=True)
        site = Site.objects.get(is_default_site=True)
        site.root_page = new_home
        site.save()

    html = client.get("/id/katalog/").content.decode()
    assert link_titles(html, '<nav class="main-nav"') == ["Katalog", "Keranjang", "Pameran", "Cari"]


def test_kept_council_settings_follow_an_edit_at_once(
    client, home_page, catalog_cache_on, django_capture_on_commit_callbacks
):
    assert "Pasar Kriya" in client.get("/id/katalog/").content.decode()
    council = CouncilSettings.for_site(Site.objects.get(is_default_site=True))
    with django_capture_on_commit_callbacks(execute=True):
        council.site_name = "Gerai Kriya Bojonegoro"
        council.whatsapp = "0812 3456 7890"
        council.save()

    html = client.get("/id/katalog/").content.decode()
    assert "Gerai Kriya Bojonegoro" in html and "Pasar Kriya" not in html
    assert "WhatsApp 0812 3456 7890" in html


def test_the_logo_is_read_with_the_council_settings(home_page, django_assert_num_queries):
    council = CouncilSettings.for_site(Site.objects.get(is_default_site=True))
    council.logo = wagtail_factories.ImageFactory()
    council.save()
    request = request_for()
    Site.find_for_request(request)

    with django_assert_num_queries(1):
        assert CouncilSettings.for_request(request).logo.pk == council.logo.pk


# What a page outside Wagtail's tree costs once the catalog cache keeps what every page shows
# (the site, the council's settings, the links) and the page's own fragments.
KEPT_PAGE_QUERIES = {
    "catalog": 0,  # the list is kept whole, its categories with it
    "product": 0,  # the product, with its artisan, category and motif, is kept as well
}


def test_a_page_with_what_every_page_shows_kept_costs_only_its_own_queries(
    client, pages, catalog_cache_on, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        product = ProductFactory(name="Kain Sekar Jati")
    urls = {"catalog": "/id/katalog/", "product": product.get_absolute_url()}

    assert {name: queries_for(client, url) for name, url in urls.items()} == KEPT_PAGE_QUERIES


SWITCHER_LINK = re.compile(r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"')
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">')


def test_a_pages_kept_language_links_cost_no_query_and_follow_a_translation_at_once(
    client, pages, home_page_en, english, catalog_cache_on, django_capture_on_commit_callbacks
):
    about = pages["about"]
    before = client.get(about.url).content.decode()
    kept = []  # every query of a second view, whatever the connection's query log keeps
    with connection.execute_wrapper(lambda run, sql, *args: kept.append(sql) or run(sql, *args)):
        assert client.get(about.url).content.decode() == before
    with django_capture_on_commit_callbacks(execute=True):
        translate(about, english, title="About", slug="about")

    after = client.get(about.url).content.decode()
    assert SWITCHER_LINK.findall(before) == [(about.url, "id"), ("/en/", "en")]
    assert SWITCHER_LINK.findall(after) == [(about.url, "id"), ("/en/about/", "en")]
    assert [code for code, _url in ALTERNATE.findall(before)] == ["id", "x-default"]
    assert [code for code, _url in ALTERNATE.findall(after)] == ["id", "x-default", "en"]
    # Wagtail's routing asks for the active locale; the links asked for every locale.
    assert [sql for sql in kept if 'FROM "wagtailcore_locale"' in sql and "WHERE" not in sql] == []


@pytest.mark.parametrize(
    "path",
    [
        "/id/katalog/",
        "/id/katalog/?q=batik&sort=price&page=2",
        "/en/catalog/?q=kain%20ikat",
        "/id/cari/?q=tenun",
        "/id/tidak-ada/?x=1",  # no view: left as it is
        "/id/katalog/kain-sekar-é/",  # a path that needs escaping
    ],
)
@pytest.mark.parametrize("code", ["id", "en"])
def test_a_views_url_in_each_language_is_djangos_translate_url(path, code):
    request = request_for(path)

    translated = view_url_in(request, code, translate_url(request.path, code))

    assert translated == translate_url(request.get_full_path(), code)


def test_a_kept_footer_is_not_rendered_again_and_follows_the_year(
    client, pages, catalog_cache_on, monkeypatch
):
    asked = []
    social_links = CouncilSettings.social_links  # on a catalog page, asked by the footer alone
    monkeypatch.setattr(
        CouncilSettings, "social_links", property(lambda s: asked.append(1) or social_links.fget(s))
    )
    client.get("/id/katalog/")
    html = client.get("/id/katalog/").content.decode()
    assert len(asked) == 1
    assert f"© {datetime.now().year} Dekranasda" in html

    class NextYear(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(datetime.now().year + 1, 1, 1, tzinfo=tz)

    monkeypatch.setattr(defaulttags, "datetime", NextYear)
    html = client.get("/id/katalog/").content.decode()
    assert f"© {datetime.now().year + 1} Dekranasda" in html
    assert len(asked) == 2
