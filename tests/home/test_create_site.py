"""`manage.py create_site`: a fresh install gets its home page and sections in both languages in
place of Wagtail's welcome page, and its address; a second run, or a site that already has its
home page, keeps what is there."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page, Revision, Site

import pytest

from artisans.models import ArtisanIndexPage
from home.models import HomePage, MotifIndexPage, StoryIndexPage
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HOST = "pasarkriya.example"  # in the test settings' ALLOWED_HOSTS
SECTIONS = [
    ("/id/motif/", MotifIndexPage, "id"),
    ("/id/perajin/", ArtisanIndexPage, "id"),
    ("/id/kabar/", StoryIndexPage, "id"),
    ("/en/motifs/", MotifIndexPage, "en"),
    ("/en/artisans/", ArtisanIndexPage, "en"),
    ("/en/news/", StoryIndexPage, "en"),
]


@pytest.fixture
def fresh_install(db):
    """The database as `migrate` leaves it (Wagtail's migration 0002_initial_data): the tree
    root, and the "Welcome to your new Wagtail site!" page (a plain Page) as the root of the
    default Site, localhost:80. Unlike the `home_page` fixture, nothing of ours is added."""
    welcome = Page.objects.get(depth=2)
    assert type(welcome.specific) is Page and welcome.numchild == 0
    assert Page.objects.count() == 2
    assert Site.objects.get().root_page == welcome
    return welcome


def create_site(**options):
    out = StringIO()
    call_command("create_site", stdout=out, **options)
    return out.getvalue()


def snapshot():
    """Every page with its latest revision and state, every revision, every site."""
    return (
        set(Page.objects.values_list("pk", "path", "slug", "latest_revision_id", "live")),
        Revision.objects.count(),
        set(Site.objects.values_list("pk", "hostname", "port", "site_name", "root_page_id")),
    )


def test_create_site_builds_the_home_page_and_sections_in_both_languages(client, fresh_install):
    output = create_site(hostname=HOST, port=443, site_name="Pasar Kriya Bojonegoro")

    site = Site.objects.get()
    assert (site.hostname, site.port, site.site_name) == (HOST, 443, "Pasar Kriya Bojonegoro")
    assert type(site.root_page.specific) is HomePage
    assert not Page.objects.filter(pk=fresh_install.pk).exists()
    for url, language in [("/id/", "id"), ("/en/", "en")]:
        response = client.get(url, headers={"host": HOST})
        assert response.status_code == 200
        page = response.context["page"]
        assert type(page) is HomePage and page.locale.language_code == language
    for url, model, language in SECTIONS:
        response = client.get(url, headers={"host": HOST})
        assert response.status_code == 200, url
        page = response.context["page"]
        assert type(page) is model and page.locale.language_code == language
        assert page.live and page.show_in_menus and page.latest_revision_id
    # The English pages are translations of the Indonesian ones, as editors make them.
    assert site.root_page.get_translations().get().url == "/en/"
    assert Page.objects.filter(depth__gt=1).count() == 8
    assert "Welcome to your new Wagtail site!" in output
    for url, model, _language in SECTIONS:
        assert url in output and model.__name__ in output
    assert "https://pasarkriya.example" in output


def test_create_site_gives_a_new_site_port_443_and_the_default_name(fresh_install):
    create_site(hostname="PasarKriya.Example.")

    site = Site.objects.get()
    assert (site.hostname, site.port, site.site_name) == (HOST, 443, "Pasar Kriya")
    assert site.root_url == "https://pasarkriya.example"


def test_create_site_a_second_time_changes_nothing(fresh_install):
    create_site(hostname=HOST, port=443, site_name="Pasar Kriya Bojonegoro")
    before = snapshot()

    output = create_site(hostname=HOST)

    assert snapshot() == before
    assert "Nothing changed" in output
    assert "Kept the site's home page 'Beranda' (/id/)" in output


def test_create_site_keeps_an_existing_home_page_and_updates_the_address(home_page_en):
    pages_before = set(Page.objects.values_list("pk", "latest_revision_id"))
    revisions_before = Revision.objects.count()

    output = create_site(hostname=HOST, port=8443)

    assert set(Page.objects.values_list("pk", "latest_revision_id")) == pages_before
    assert Revision.objects.count() == revisions_before
    site = Site.objects.get()
    assert site.root_page_id == home_page_en.get_translation(site.root_page.locale).pk
    assert (site.hostname, site.port) == (HOST, 8443)
    assert "Kept the site's home page" in output
    assert "no page was created" in output
    assert "Site hostname: 'testserver' -> 'pasarkriya.example'" in output
    assert "Site port: 80 -> 8443" in output


def test_create_site_keeps_the_port_of_an_existing_site_unless_given(home_page):
    create_site(hostname=HOST)

    assert Site.objects.get().port == 80


@pytest.mark.parametrize(
    "options, message",
    [
        ({"hostname": "https://pasarkriya.example"}, "is not a host name"),
        ({"hostname": "pasarkriya.example:443"}, "is not a host name"),
        ({"hostname": "pasarkriya.example/id/"}, "is not a host name"),
        ({"hostname": "pasar kriya.example"}, "is not a host name"),
        ({"hostname": "pasarkriya..example"}, "is not a host name"),
        ({"hostname": "pasarkriya-.example"}, "is not a host name"),
        ({"hostname": "a" * 64 + ".example"}, "is not a host name"),
        ({"hostname": ""}, "is not a host name"),
        ({"hostname": HOST, "port": 0}, "out of range"),
        ({"hostname": HOST, "port": 65536}, "out of range"),
        ({"hostname": HOST, "port": -443}, "out of range"),
    ],
)
def test_create_site_refuses_bad_input_and_changes_nothing(fresh_install, options, message):
    before = snapshot()

    with pytest.raises(CommandError, match=message):
        create_site(**options)

    assert snapshot() == before


def test_create_site_refuses_a_root_page_that_is_not_the_untouched_welcome_page(fresh_install):
    StandardPageFactory(parent=fresh_install, slug="tentang")  # someone built on it
    before = snapshot()

    with pytest.raises(CommandError, match="not Wagtail's untouched welcome page"):
        create_site(hostname=HOST)

    assert snapshot() == before


def test_create_site_refuses_an_address_another_site_has_and_changes_nothing(fresh_install):
    other_root = Page.get_first_root_node().add_child(title="Lain", slug="lain")
    Site.objects.create(hostname=HOST, port=443, root_page=other_root)
    before = snapshot()

    with pytest.raises(CommandError, match="Nothing was changed"):
        create_site(hostname=HOST, port=443)

    assert snapshot() == before  # the pages built before the site's check are rolled back
