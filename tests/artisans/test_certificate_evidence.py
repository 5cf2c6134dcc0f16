"""A certificate's evidence file is private: the registry's edit page links it through a view
only editors may open, and nothing public can reach it."""

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse

import pytest

from artisans.models import Certification
from tests.artisans.factories import ArtisanFactory
from tests.catalog.accounts import artisan_account

pytestmark = pytest.mark.django_db


@pytest.fixture
def certification(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path)
    certification = Certification(artisan=ArtisanFactory(), kind="pirt", number="P-IRT 1")
    certification.evidence.save("sertifikat.pdf", ContentFile(b"%PDF-1.4 bukti"), save=True)
    return certification


def test_the_edit_page_links_the_evidence_through_the_checked_view(client, certification):
    client.force_login(get_user_model().objects.create_superuser("a", "a@example.com", "x"))
    edit = reverse("wagtailsnippets_artisans_artisan:edit", args=[certification.artisan.pk])

    page = client.get(edit)

    link = reverse("artisans_certificate_evidence", args=[certification.pk])
    assert page.status_code == 200 and link in page.content.decode()
    response = client.get(link)
    assert b"".join(response.streaming_content) == b"%PDF-1.4 bukti"
    assert response["Content-Security-Policy"] == "sandbox"


def test_an_artisan_account_cannot_open_the_evidence(client, certification):
    user, _artisan = artisan_account("sri", certification.artisan)
    client.force_login(user)

    link = reverse("artisans_certificate_evidence", args=[certification.pk])
    assert client.get(link).status_code in (302, 403)
