"""Files sent to the registry: a certificate's evidence (on the artisan's edit page) and the
registry spreadsheet. Every bad file is refused with a message, the rest of the form is kept,
nothing is stored; evidence is served so that nothing in it runs (files: tests/uploads.py)."""

import io
import zipfile

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from artisans.models import Certification, RegistryImport
from artisans.registry_import import services
from artisans.registry_import.problems import SheetRefused
from tests.artisans.factories import ArtisanFactory
from tests.uploads import (
    HTML,
    PDF_WITH_SCRIPT,
    SVG,
    ZIP_WITH_PHP,
    carries_payload,
    error_codes,
    files_under,
    form_values,
    jpeg,
    pdf,
    png_declaring,
    upload,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(get_user_model().objects.create_superuser("ed", "ed@example.com", "x"))
    return client


def edit_url(artisan):
    return reverse("wagtailsnippets_artisans_artisan:edit", args=[artisan.pk])


def post_with_certificate(client, artisan, evidence, **changes):
    """The artisan's edit page as shown, with `changes` and one certificate added."""
    data = form_values(client.get(edit_url(artisan)).content.decode())
    data.update(changes)
    data.update(
        {
            "certifications-TOTAL_FORMS": "1",
            "certifications-0-kind": "pirt",
            "certifications-0-number": "P-IRT 2063522010001-29",
            "certifications-0-ORDER": "1",
            "certifications-0-DELETE": "",
            "certifications-0-id": "",
            "certifications-0-is_public": "on",
            "certifications-0-evidence": evidence,
        }
    )
    return client.post(edit_url(artisan), data)


BAD_EVIDENCE = [
    ("sertifikat.pdf", b"", "empty"),
    ("sertifikat.png", png_declaring(30_000, 30_000), "bomb"),
    ("sertifikat.svg", SVG, "invalid_scan"),
    ("sertifikat.pdf", HTML, "invalid_scan"),
    ("sertifikat.jpg", ZIP_WITH_PHP, "invalid_scan"),
    ("sertifikat.pdf", pdf()[:-20], "pdf_damaged"),
    ("sertifikat.pdf", PDF_WITH_SCRIPT, "pdf_active"),
    ("sertifikat.jpg", jpeg((400, 300))[:600], "damaged"),
]


@pytest.mark.parametrize(("name", "content", "code"), BAD_EVIDENCE)
def test_bad_evidence_is_refused_and_the_edit_kept(editor_client, settings, name, content, code):
    artisan = ArtisanFactory()

    response = post_with_certificate(
        editor_client, artisan, upload(name, content), owner_name="Siti Aminah"
    )

    assert response.status_code == 200
    certificate_form = response.context["form"].formsets["certifications"].forms[0]
    assert error_codes(certificate_form, "evidence") == [code]
    page = response.content.decode()
    assert "Siti Aminah" in page and "P-IRT 2063522010001-29" in page  # what was typed is kept
    artisan.refresh_from_db()
    assert artisan.owner_name != "Siti Aminah" and not Certification.objects.exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []


def test_good_evidence_is_kept_named_for_what_it_is(editor_client):
    artisan = ArtisanFactory()

    response = post_with_certificate(editor_client, artisan, upload("scan.html", pdf()))

    assert response.status_code == 302
    evidence = Certification.objects.get().evidence
    assert evidence.name.endswith("scan.pdf")


def test_a_photo_of_a_certificate_is_kept_without_what_was_appended(editor_client):
    post_with_certificate(editor_client, ArtisanFactory(), upload("foto.jpg", jpeg() + HTML))

    with Certification.objects.get().evidence.open("rb") as stored:
        assert not carries_payload(stored.read())


@pytest.mark.parametrize(
    ("name", "content", "content_type", "disposition"),
    [
        ("sertifikat.pdf", pdf(), "application/pdf", "inline"),
        ("sertifikat.png", png_declaring(10, 10), "image/png", "inline"),
        # Kept before these checks, or written by code: downloaded, never shown as a page.
        ("sertifikat.html", HTML, "application/octet-stream", "attachment"),
        ("sertifikat.svg", SVG, "application/octet-stream", "attachment"),
        ("sertifikat.pdf.html", pdf(), "application/pdf", "inline"),
    ],
)
def test_evidence_is_served_by_what_it_holds(
    editor_client, name, content, content_type, disposition
):
    certification = Certification(artisan=ArtisanFactory(), kind="pirt", number="P-IRT 1")
    certification.evidence.save(name, ContentFile(content), save=True)

    response = editor_client.get(reverse("artisans_certificate_evidence", args=[certification.pk]))

    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox"


# --- The registry spreadsheet -----------------------------------------------------------------
# Its own checks (artisans.registry_import.parsing) are tested in test_registry_import.py; these
# are the attacks on any upload.


def zip_bomb_xlsx():
    """A small XLSX whose one member unzips to 101 MB of zeros (written in chunks)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(101):
                member.write(b"\0" * 1024 * 1024)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("ikm.csv", b"", "empty"),
        ("ikm.csv", HTML, "no_header"),
        ("ikm.csv", SVG, "no_header"),
        ("ikm.xlsx", jpeg() + ZIP_WITH_PHP, "wrong_type"),  # a JPEG with a ZIP appended
        ("ikm.xlsx", ZIP_WITH_PHP, "bad_xlsx"),
        ("ikm.svg", SVG, "wrong_type"),
        ("ikm.xlsx", zip_bomb_xlsx(), "too_large"),
    ],
)
def test_a_sheet_that_is_an_attack_is_refused_and_nothing_is_kept(settings, name, content, code):
    with pytest.raises(SheetRefused) as refusal:
        services.preview_import(SimpleUploadedFile(name, content), None)

    assert refusal.value.code == code
    assert not RegistryImport.objects.exists()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
