"""The artisan record and profile: rules of the registry, filters and search of the index."""

from django.core.exceptions import ValidationError

import pytest

from artisans.models import ArtisanLink, Certification, Region
from tests.artisans.factories import (
    ArtisanFactory,
    ArtisanIndexPageFactory,
    ArtisanPageFactory,
    DistrictFactory,
    TechniqueFactory,
)
from tests.catalog.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return ArtisanIndexPageFactory(parent=home_page)


def listed_names(response):
    return [page.artisan.business_name for page in response.context["artisan_pages"]]


def test_importing_a_regency_creates_its_districts_and_villages_with_kemendagri_codes():
    regency = Region.objects.import_regency("35.22")

    districts = Region.objects.districts_of("35.22")
    assert regency.name == "Kabupaten Bojonegoro"
    assert districts.count() == 28
    dander = districts.get(name="Dander")
    assert dander.children.filter(level=4).count() > 10
    assert all(village.postal_code for village in dander.children.all())
    Region.objects.import_regency("35.22")  # again: nothing duplicated
    assert Region.objects.districts_of("35.22").count() == 28


def test_importing_something_that_is_not_a_regency_is_refused():
    with pytest.raises(ValueError, match="not a Kemendagri regency"):
        Region.objects.import_regency("35.22.01")


def test_a_village_must_lie_in_the_artisans_district():
    district = DistrictFactory(code="35.22.10")
    other = DistrictFactory(code="35.22.11")
    village = Region.objects.create(code="35.22.11.2001", name="Desa", level=4, parent=other)
    artisan = ArtisanFactory(district=district, village=village)

    with pytest.raises(ValidationError) as error:
        artisan.full_clean()
    assert "village" in error.value.message_dict


@pytest.mark.parametrize(
    ("number", "link"),
    [
        ("0812-3456-7890", "https://wa.me/6281234567890"),
        ("+62 812 3456 7890", "https://wa.me/6281234567890"),
        ("6281234567890", "https://wa.me/6281234567890"),
        ("", ""),
    ],
)
def test_whatsapp_link_works_with_the_ways_indonesians_write_numbers(number, link):
    artisan = ArtisanFactory.build(whatsapp=number, business_name="Batik Jati")

    assert artisan.whatsapp_url().split("?")[0] == link


@pytest.mark.parametrize("number", ["12345", "0353-881234", "+1 555 0100"])
def test_a_number_that_cannot_receive_whatsapp_is_refused(number):
    artisan = ArtisanFactory(whatsapp="0812-3456-7890")
    artisan.whatsapp = number

    with pytest.raises(ValidationError) as error:
        artisan.full_clean()
    assert "whatsapp" in error.value.message_dict


def test_index_filters_by_sector_district_and_technique(client, index):
    tulis = TechniqueFactory(slug="batik-tulis")
    dander = DistrictFactory(code="35.22.20", name="Dander")
    ArtisanPageFactory(
        parent=index,
        artisan=ArtisanFactory(business_name="Batik Jati", district=dander, techniques=[tulis]),
    )
    ArtisanPageFactory(parent=index, artisan=ArtisanFactory(business_name="Batik Kapas"))
    ArtisanPageFactory(
        parent=index, artisan=ArtisanFactory(business_name="Ledre Rasa", sector="food")
    )

    assert listed_names(client.get(index.url, {"sector": "food"})) == ["Ledre Rasa"]
    assert listed_names(client.get(index.url, {"district": "35.22.20"})) == ["Batik Jati"]
    assert listed_names(client.get(index.url, {"technique": "batik-tulis"})) == ["Batik Jati"]
    assert listed_names(client.get(index.url, {"sector": "batik"})) == [
        "Batik Jati",
        "Batik Kapas",
    ]


def test_index_search_finds_artisans_by_name_and_owner(client, index):
    ArtisanPageFactory(parent=index, artisan=ArtisanFactory(business_name="Sekar Jati"))
    ArtisanPageFactory(
        parent=index,
        artisan=ArtisanFactory(business_name="Kriya Lain", owner_name="Pak Darmaji"),
    )

    assert listed_names(client.get(index.url, {"q": "Sekar"})) == ["Sekar Jati"]
    assert listed_names(client.get(index.url, {"q": "Darmaji"})) == ["Kriya Lain"]


@pytest.mark.parametrize(
    "query",
    [
        {"sector": "unknown"},
        {"district": "\x00"},
        {"technique": "x" * 300},
        {"q": "x" * 500},
        {"q": '"'},
        {"q": "\x00"},
    ],
)
def test_bad_filter_values_are_ignored_and_never_an_error(client, index, query):
    ArtisanPageFactory(parent=index)

    response = client.get(index.url, query)

    assert response.status_code == 200
    assert len(response.context["artisan_pages"]) == 1


def test_a_deactivated_artisan_disappears_from_the_public_site(client, home_page, index):
    profile = ArtisanPageFactory(parent=index)
    ProductFactory(artisan=profile.artisan, name="Kain lama")
    profile.artisan.is_active = False
    profile.artisan.save()

    assert client.get(profile.url).status_code == 404
    assert listed_names(client.get(index.url)) == []
    assert "Kain lama" not in client.get("/id/katalog/").content.decode()
    assert profile.url not in client.get("/sitemap-pages.xml").content.decode()
    found = client.get("/id/cari/", {"q": profile.artisan.business_name}).context["pages"]
    assert profile.pk not in [page.pk for page in found]


def test_profile_shows_registry_facts_and_only_public_certifications(client, index):
    profile = ArtisanPageFactory(parent=index)
    artisan = profile.artisan
    Certification.objects.create(
        artisan=artisan, kind="halal", number="ID35110000123", is_public=True
    )
    Certification.objects.create(artisan=artisan, kind="pirt", number="PIRT-9", is_public=False)
    ArtisanLink.objects.create(
        artisan=artisan, label="Tokopedia", url="https://www.tokopedia.com/batikjati"
    )
    artisan.associations.create(name="Paguyuban Batik Bojonegoro")

    html = client.get(profile.url).content.decode()

    assert "ID35110000123" in html
    assert "PIRT-9" not in html
    assert 'href="https://www.tokopedia.com/batikjati"' in html
    assert "Paguyuban Batik Bojonegoro" in html
    assert "https://www.openstreetmap.org/search?query=" in html


def test_import_regions_command_loads_a_regency_and_refuses_a_bad_code(capsys):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    call_command("import_regions", "35.22")

    assert "Kabupaten Bojonegoro: 28 districts" in capsys.readouterr().out
    with pytest.raises(CommandError, match="not a Kemendagri regency"):
        call_command("import_regions", "99.99")


def test_both_content_languages_exist_after_migrating():
    from wagtail.models import Locale

    assert set(Locale.objects.values_list("language_code", flat=True)) >= {"id", "en"}
