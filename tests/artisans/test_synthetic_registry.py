"""The synthetic registry of the demo: it brings the registry to the council's published figures
(counted here with plain ORM queries), every district has IKM, NIBs are well formed and unique,
a second run makes nothing, and it takes a bounded number of queries."""

import re
from datetime import date, timedelta

from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

import pytest

from artisans.models import Artisan, Association, Certification, Region
from artisans.synthetic_registry import (
    COUNCIL_FIGURES,
    SyntheticRegistryError,
    create_synthetic_registry,
)
from home.demo.loader import load_demo
from home.demo.steps_site import REGENCY_CODE
from tests.artisans.factories import ArtisanFactory

pytestmark = pytest.mark.django_db

TODAY = date(2025, 10, 1)


@pytest.fixture
def regions():
    """Bojonegoro's 28 districts with their villages, as the demo loads them
    (home.demo.steps_site.load_regions)."""
    Region.objects.import_regency(REGENCY_CODE)
    return Region.objects.districts_of(REGENCY_CODE)


def counts():
    """The council's figures, counted independently of the code under test."""
    active = Artisan.objects.filter(is_active=True)
    return {
        "ikm": active.count(),
        "food": active.filter(sector="food").count(),
        "crafts": active.filter(sector__in=["batik", "ecoprint", "craft"]).count(),
        "with_nib": active.exclude(nib="").count(),
        "associations": Association.objects.count(),
        "districts": Region.objects.filter(level=3, artisans__is_active=True).distinct().count(),
    }


def test_the_registry_matches_the_councils_figures(regions):
    created = create_synthetic_registry(today=TODAY)

    assert created == 1762
    assert counts() == {
        "ikm": 1762,
        "food": 1431,
        "crafts": 331,
        "with_nib": 1749,
        "associations": 17,
        "districts": 28,
    }
    assert counts() == COUNCIL_FIGURES


def test_the_registry_counts_the_artisans_already_there(regions):
    dander = regions.get(name="Dander")
    ArtisanFactory(sector="batik", district=dander, nib="9120352200001")
    ArtisanFactory(sector="food", district=dander)
    ArtisanFactory(sector="food", district=dander, is_active=False)  # not counted
    Association.objects.create(name="Paguyuban Perajin Batik Jonegoroan")
    Association.objects.create(name="Kelompok Perajin Lain")

    created = create_synthetic_registry(today=TODAY)

    assert created == 1760
    assert counts() == COUNCIL_FIGURES


def test_every_district_has_ikm_and_food_everywhere(regions):
    create_synthetic_registry(today=TODAY)

    for district in regions:
        ikm = Artisan.objects.filter(district=district)
        assert ikm.filter(sector="food").count() >= 10, district.name
        villages = ikm.exclude(village=None).values_list("village__parent", flat=True)
        assert set(villages) == {district.code}
    batik = Artisan.objects.filter(sector="batik")
    in_the_centres = batik.filter(district__name__in=["Bojonegoro", "Kalitidu", "Sumberrejo"])
    assert in_the_centres.count() > batik.count() / 2
    assert batik.filter(village__name="Prayungan", sentra__icontains="jumput").count() >= 5


def test_nibs_are_thirteen_digits_and_unique(regions):
    create_synthetic_registry(today=TODAY)

    nibs = list(Artisan.objects.exclude(nib="").values_list("nib", flat=True))
    assert len(nibs) == 1749 == len(set(nibs))
    assert all(re.fullmatch(r"[0-9]{13}", nib) for nib in nibs)


def test_the_records_look_like_a_councils_registry(regions):
    create_synthetic_registry(today=TODAY)

    ikm = Artisan.objects.all()
    assert ikm.filter(legal_form="perorangan").count() > 0.8 * 1762
    assert ikm.filter(scale="mikro").count() > 0.75 * 1762
    assert not ikm.filter(public_owner=True).exists()
    assert not ikm.filter(public_contact=True).exists()
    assert ikm.exclude(consent_given_on=None).count() > 0.85 * 1762
    assert not ikm.filter(is_active=False).exists()
    assert all(a.workers_women <= a.workers for a in ikm.only("workers", "workers_women"))
    assert ikm.filter(sector="food", kbli_codes__contains="10792").exists()
    assert ikm.filter(sector="batik", kbli_codes__contains="13134").count() == 96
    for association in Association.objects.all():
        assert association.artisans.exists(), association.name
    # Certificates: PIRT for many food IKM, halal for some, BPOM and Batikmark for a few,
    # and some falling due in the next 90 days (the dashboard shows them).
    food = ikm.filter(sector="food").count()
    certificates = Certification.objects.all()
    assert certificates.filter(kind="pirt").count() > 0.5 * food
    assert 0.2 * food < certificates.filter(kind="halal").count() < 0.8 * food
    assert 0 < certificates.filter(kind="bpom").count() < 0.1 * food
    assert certificates.filter(kind="batikmark").exists()
    due = certificates.filter(expires_on__gte=TODAY, expires_on__lte=TODAY + timedelta(90))
    assert 10 <= due.count() < 0.2 * certificates.count()
    assert not certificates.filter(kind="halal").exclude(expires_on=None).exists()


def test_a_second_run_makes_nothing(regions):
    create_synthetic_registry(today=TODAY)
    before = (Artisan.objects.count(), Certification.objects.count(), counts())

    assert create_synthetic_registry(today=TODAY) == 0
    assert (Artisan.objects.count(), Certification.objects.count(), counts()) == before


def made(seed):
    """The registry `seed` makes, read back and then rolled back."""
    with transaction.atomic():
        create_synthetic_registry(seed=seed, today=TODAY)
        registry = list(
            Artisan.objects.order_by("slug").values_list("slug", "nib", "village", "workers")
        )
        transaction.set_rollback(True)
    return registry


def test_the_same_seed_makes_the_same_registry(regions):
    first = made(seed=7)

    assert made(seed=7) == first
    assert made(seed=8) != first


def test_generation_takes_a_bounded_number_of_queries(regions, django_assert_max_num_queries):
    # On SQLite, 999 parameters a statement: about 60 inserts of ~30 IKM, ~20 of certificates.
    with django_assert_max_num_queries(150):
        create_synthetic_registry(today=TODAY)


def test_without_the_districts_it_says_to_load_them_first():
    with pytest.raises(SyntheticRegistryError, match=r"import_regions 35\.22"):
        create_synthetic_registry()
    assert not Artisan.objects.exists()


def test_the_command_prints_what_it_made_and_the_figures(regions, settings, capsys):
    settings.DEBUG = True

    call_command("synthetic_registry")

    output = capsys.readouterr().out
    assert "Created 1,762 fictional IKM." in output
    assert "1,762 IKM: 1,431 food and drink, 331 crafts" in output
    assert "1,749 with an NIB; 17 associations; IKM in 28 districts" in output
    call_command("synthetic_registry")
    assert "nothing changed" in capsys.readouterr().out


def test_the_command_refuses_with_debug_off_unless_forced(regions, settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("synthetic_registry")
    assert not Artisan.objects.exists()

    call_command("synthetic_registry", force=True)
    assert Artisan.objects.count() == 1762


def test_the_command_names_missing_regions(settings):
    settings.DEBUG = True

    with pytest.raises(CommandError, match="Load the regions first"):
        call_command("synthetic_registry")


def test_the_demo_holds_the_councils_whole_registry():
    load_demo(photo_size=96)

    assert counts() == COUNCIL_FIGURES
    showcased = Artisan.objects.filter(public_owner=True)
    assert showcased.count() == 12
    assert not showcased.filter(nib="").exists()  # the artisans selling online have an NIB
    assert Artisan.objects.filter(nib="").count() == 13
