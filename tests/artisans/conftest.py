"""Fixtures of the registry's tests: a council of Bojonegoro with a few districts and villages,
and an editor signed in to the admin."""

import pytest

from artisans.models import Region
from home.models import CouncilSettings
from tests.artisans.factories import RegencyFactory
from tests.catalog.accounts import editor_account


@pytest.fixture
def regions():
    """Three districts of Bojonegoro with a few villages, and a district of Ngawi."""
    regency = RegencyFactory()
    districts = {}
    for code, name in [("35.22.06", "Dander"), ("35.22.10", "Baureno"), ("35.22.14", "Kapas")]:
        districts[name] = Region.objects.create(code=code, name=name, level=3, parent=regency)
    for code, name in [("35.22.06.2001", "Ngunut"), ("35.22.06.2003", "Growok")]:
        Region.objects.create(code=code, name=name, level=4, parent=districts["Dander"])
    Region.objects.create(code="35.22.10.2001", name="Drajat", level=4, parent=districts["Baureno"])
    ngawi = Region.objects.create(code="35.21", name="Kabupaten Ngawi", level=2)
    Region.objects.create(code="35.21.01", name="Sine", level=3, parent=ngawi)
    return districts


@pytest.fixture
def council(home_page, regions):
    settings = CouncilSettings.for_site(home_page.get_site())
    settings.regency_code = "35.22"
    settings.save()
    return settings


@pytest.fixture
def editor(council):
    return editor_account()


@pytest.fixture
def signed_in(client, editor):
    client.force_login(editor)
    return client
