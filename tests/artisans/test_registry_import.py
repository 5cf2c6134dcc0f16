"""The registry's spreadsheets in the Wagtail admin: a preview naming every bad row and writing
nothing, an all-or-nothing import, re-imports that update by NIB (or by name and district) and
change nothing the second time, export in the same columns (CSV and XLSX) that reads back
unchanged, the template sheet, bad files refused with a message, artisans kept out, and the
number of queries of an import that does not grow with its rows."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext

import openpyxl
import pytest

from artisans.models import (
    Artisan,
    Association,
    Certification,
    ImportStatus,
    Region,
    RegistryImport,
)
from artisans.registry_import.columns import COLUMNS, EXAMPLE, MAX_ROWS
from artisans.registry_import.parsing import read_sheet
from artisans.registry_import.problems import describe, problem
from artisans.registry_import.services import apply_import, preview_import
from artisans.registry_import.validation import check_sheet
from home.models import CouncilSettings
from tests.artisans.factories import ArtisanFactory
from tests.catalog.accounts import artisan_account, editor_account
from tests.queries import queries_for

from .registry_sheets import (
    HEADERS,
    codes,
    confirm,
    csv_upload,
    previewed,
    report_page,
    row,
    upload,
    xlsx_upload,
)

pytestmark = pytest.mark.django_db


def registry_counts():
    return Artisan.objects.count(), Association.objects.count(), Certification.objects.count()


# The preview


def test_the_preview_names_each_bad_row_and_writes_nothing(signed_in, regions):
    ArtisanFactory(business_name="Tenun Lain", nib="9120309999999", district=regions["Kapas"])
    before = registry_counts()
    sheet = [
        row(),  # 2: good
        row(**{"Nama Usaha": "A", "NIB": "912030123456"}),  # 3: 12 digits
        row(**{"Nama Usaha": "B", "NIB": "9120300000001"}),  # 4: same NIB as 5
        row(**{"Nama Usaha": "C", "NIB": "9120300000001"}),  # 5
        row(**{"Nama Usaha": "D", "NIB": "", "Kecamatan": "Atlantis"}),  # 6
        row(**{"Nama Usaha": "E", "NIB": "", "Desa/Kelurahan": "Drajat"}),  # 7: Baureno's
        row(**{"Nama Usaha": "F", "NIB": "", "Sektor": "Perhiasan"}),  # 8
        row(**{"Nama Usaha": "G", "NIB": "", "KBLI": "1313"}),  # 9
        row(**{"Nama Usaha": "H", "NIB": "", "Tenaga Kerja": "lima"}),  # 10
        row(**{"Nama Usaha": "I", "NIB": "", "Tenaga Kerja": "3", "Tenaga Kerja Perempuan": "4"}),
        row(**{"Nama Usaha": "J", "NIB": "", "Tanggal Persetujuan Data Pribadi": "31/02/2024"}),
        row(**{"Nama Usaha": "K", "NIB": "", "Kecamatan": "Sine"}),  # 13: Ngawi, not ours
        row(**{"Nama Usaha": "L", "NIB": "9120309999999"}),  # 14: Tenun Lain's NIB
        row(**{"Nama Usaha": "", "NIB": ""}),  # 15: no name
    ]

    record = previewed(signed_in, csv_upload(sheet))

    assert registry_counts() == before
    assert record.status == ImportStatus.FAILED and not record.can_be_applied
    assert (record.rows, record.created, record.refused) == (14, 1, 13)
    assert codes(record, 2) == []
    assert codes(record, 3) == ["nib_format"]
    assert codes(record, 4) == codes(record, 5) == ["nib_duplicate"]
    assert codes(record, 6) == ["unknown_district"]
    assert codes(record, 7) == ["unknown_village"]
    assert codes(record, 8) == ["unknown_choice"]
    assert codes(record, 9) == ["bad_kbli"]
    assert codes(record, 10) == ["not_a_number"]
    assert codes(record, 11) == ["more_than_workers"]
    assert codes(record, 12) == ["bad_date"]
    assert codes(record, 13) == ["unknown_district"]
    assert codes(record, 14) == ["nib_taken"]
    assert codes(record, 15) == ["required"]
    page = report_page(signed_in, record)
    for reported in record.report["rows"]:
        for item in reported["problems"]:
            assert describe(item).replace("“", "&ldquo;")[:20] in page.replace("“", "&ldquo;")
    assert describe(problem("nib_format", value="912030123456")) in page.replace("&#x27;", "'")
    assert 'data-confirm-import disabled aria-disabled="true"' in page


def test_the_problems_filter_shows_only_the_refused_rows(signed_in):
    record = previewed(signed_in, csv_upload([row(), row(**{"Nama Usaha": "X", "NIB": "1"})]))

    page = report_page(signed_in, record, show="problems")

    assert 'data-row="3"' in page and 'data-row="2"' not in page
    assert report_page(signed_in, record, show="nonsense").count("data-row=") == 2


def test_an_unknown_association_is_announced_and_created_on_import(signed_in):
    Association.objects.create(name="Asosiasi Perajin Batik")
    sheet = [row(**{"Asosiasi": "asosiasi perajin batik; Paguyuban Ecoprint Kapas"})]

    record = previewed(signed_in, csv_upload(sheet))

    assert record.can_be_applied and Association.objects.count() == 1
    notes = record.report["rows"][0]["notes"]
    assert notes == [problem("association_new", value="Paguyuban Ecoprint Kapas")]
    assert describe(notes[0]) in report_page(signed_in, record).replace("&ldquo;", "“").replace(
        "&rdquo;", "”"
    )
    confirm(signed_in, record)
    artisan = Artisan.objects.get()
    assert sorted(item.name for item in artisan.associations.all()) == [
        "Asosiasi Perajin Batik",
        "Paguyuban Ecoprint Kapas",
    ]


# All or nothing


def test_a_half_bad_sheet_imports_nothing_even_if_confirm_is_forced(signed_in):
    sheet = [row(), row(**{"Nama Usaha": "Kue Bu Tini", "NIB": "", "Sektor": "Perhiasan"})]
    record = previewed(signed_in, csv_upload(sheet))
    assert (record.created, record.refused) == (1, 1)

    record = confirm(signed_in, record)

    assert Artisan.objects.count() == 0
    assert record.status == ImportStatus.FAILED


def test_the_import_writes_every_row_once_confirmed(signed_in, regions):
    sheet = [
        row(
            **{
                "Desa/Kelurahan": "Desa Ngunut",
                "Tenaga Kerja": "6",
                "Tenaga Kerja Perempuan": "5",
                "KBLI": "13134; 10792",
                "WhatsApp": "0812 3456 7890",
                "Tanggal Persetujuan Data Pribadi": "31/12/2024",
                "No. PIRT": "2063522010123-29",
            }
        ),
        row(
            **{"Nama Usaha": "Kue Bu Tini", "NIB": "", "Sektor": "mamin", "Kecamatan": "kec. kapas"}
        ),
        row(
            **{
                "Nama Usaha": "Kue Bu Tini",
                "NIB": "",
                "Sektor": "Kerajinan",
                "Kecamatan": "Baureno",
            }
        ),
    ]
    record = previewed(signed_in, csv_upload(sheet))
    assert Artisan.objects.count() == 0

    record = confirm(signed_in, record)

    assert record.status == ImportStatus.APPLIED and record.applied_at
    assert (record.created, record.updated, record.unchanged, record.refused) == (3, 0, 0, 0)
    batik = Artisan.objects.get(nib="9120301234567")
    assert batik.village == Region.objects.get(code="35.22.06.2001")
    assert (batik.workers, batik.workers_women, batik.kbli_codes) == (6, 5, "13134, 10792")
    assert str(batik.consent_given_on) == "2024-12-31" and batik.slug == "batik-sekar-jati"
    assert batik.certifications.get().number == "2063522010123-29"
    cakes = Artisan.objects.filter(business_name="Kue Bu Tini").order_by("district_id")
    assert [(a.sector, a.district_id) for a in cakes] == [
        ("craft", "35.22.10"),
        ("food", "35.22.14"),
    ]
    assert {a.slug for a in cakes} == {"kue-bu-tini", "kue-bu-tini-2"}
    created = {item["artisan"] for item in record.report["rows"]}
    assert created == set(Artisan.objects.values_list("pk", flat=True))


def test_confirming_twice_imports_once(signed_in):
    record = previewed(signed_in, csv_upload([row()]))
    confirm(signed_in, record)

    response = signed_in.post(reverse("registry_import_report", args=[record.pk]), follow=True)

    assert Artisan.objects.count() == 1
    shown = [str(message) for message in response.context["messages"]]
    assert shown[-1] == gettext("This import is no longer awaiting confirmation.")


def test_a_registry_changed_since_the_preview_is_shown_again_not_imported(signed_in, regions):
    record = previewed(signed_in, csv_upload([row()]))
    ArtisanFactory(
        business_name="Batik Sekar Jati", nib="9120301234567", district=regions["Dander"]
    )

    record = confirm(signed_in, record)

    assert Artisan.objects.count() == 1
    assert record.status == ImportStatus.PREVIEW and record.report["failure"] == "registry_changed"
    assert record.report["rows"][0]["action"] == "update"
    assert describe(problem("registry_changed"))[:30] in report_page(signed_in, record)


# Importing again


def test_importing_the_same_sheet_again_changes_nothing(signed_in):
    sheet = [
        row(**{"Asosiasi": "Asosiasi Perajin Batik", "No. PIRT": "P-1; P-2"}),
        row(**{"Nama Usaha": "Kue Bu Tini", "NIB": "", "Sektor": "Makanan dan minuman"}),
    ]
    first = confirm(signed_in, previewed(signed_in, csv_upload(sheet)))
    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    before = registry_counts()

    again = previewed(signed_in, csv_upload(sheet))
    assert (again.created, again.updated, again.unchanged, again.refused) == (0, 0, 2, 0)
    assert [item["action"] for item in again.report["rows"]] == ["unchanged", "unchanged"]
    again = confirm(signed_in, again)

    assert again.status == ImportStatus.APPLIED
    assert registry_counts() == before == (2, 1, 2)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_an_update_by_nib_changes_the_fields_given_and_keeps_the_empty_ones(signed_in, regions):
    artisan = ArtisanFactory(
        business_name="Batik Sekar Jati",
        nib="9120301234567",
        district=regions["Dander"],
        workers=4,
        whatsapp="+6281100000999",
        sector="ecoprint",
    )
    sheet = [
        row(**{"Nama Usaha": "BATIK  SEKAR JATI", "Kecamatan": "Baureno", "Tenaga Kerja": "9"})
    ]

    record = previewed(signed_in, csv_upload(sheet))

    reported = record.report["rows"][0]
    assert (reported["action"], reported["match"], reported["artisan"]) == (
        "update",
        "nib",
        artisan.pk,
    )
    changed = {change["column"]: (change["old"], change["new"]) for change in reported["changes"]}
    assert changed["workers"] == ("4", "9") and changed["sector"] == ("Ecoprint", "Batik")
    assert changed["district"] == ("Dander", "Baureno")
    assert "whatsapp" not in changed
    assert "Tenaga Kerja: 4 → 9" in report_page(signed_in, record)
    confirm(signed_in, record)
    artisan.refresh_from_db()
    assert (artisan.workers, artisan.sector, artisan.district_id) == (9, "batik", "35.22.10")
    assert artisan.business_name == "BATIK  SEKAR JATI" and artisan.whatsapp == "+6281100000999"
    assert Artisan.objects.count() == 1


def test_a_row_without_nib_updates_the_ikm_of_the_same_name_in_the_same_district(
    signed_in, regions
):
    artisan = ArtisanFactory(business_name="Kue Bu Tini", nib="", district=regions["Kapas"])
    other_district = ArtisanFactory(business_name="Kue Bu Tini", nib="", district=regions["Dander"])
    sheet = [row(**{"Nama Usaha": "kue bu tini", "Kecamatan": "Kapas", "Tenaga Kerja": "2"})]

    record = confirm(signed_in, previewed(signed_in, csv_upload(sheet)))

    reported = record.report["rows"][0]
    assert (reported["action"], reported["match"], reported["artisan"]) == (
        "update",
        "name",
        artisan.pk,
    )
    assert reported["notes"] == [problem("matched_by_name_nib_added")]
    artisan.refresh_from_db()
    other_district.refresh_from_db()
    assert (artisan.nib, artisan.workers) == ("9120301234567", 2)
    assert other_district.nib == "" and Artisan.objects.count() == 2


def test_two_registry_ikm_of_one_name_in_one_district_need_the_nib(signed_in, regions):
    for _ in range(2):
        ArtisanFactory(business_name="Kue Bu Tini", nib="", district=regions["Kapas"])
    sheet = [row(**{"Nama Usaha": "Kue Bu Tini", "NIB": "", "Kecamatan": "Kapas"})]

    record = previewed(signed_in, csv_upload(sheet))

    assert codes(record, 2) == ["ambiguous_match"]


def test_namesakes_told_apart_by_nib_leave_the_row_without_nib_to_the_one_without(
    signed_in, regions
):
    for nib in ["9120300000001", "9120300000002", ""]:
        ArtisanFactory(business_name="Dodol Lestari", nib=nib, district=regions["Kapas"])
    response = signed_in.get(reverse("registry_export"), {"format": "csv"})

    record = previewed(signed_in, SimpleUploadedFile("export.csv", response.content))

    assert (record.unchanged, record.refused) == (3, 0)
    assert [item["match"] for item in record.report["rows"]].count("name") == 1


# Export, and back


def rich_registry(regions):
    """Two IKM with every column filled, text that looks like a formula included."""
    first = ArtisanFactory(
        business_name="Batik Sekar Jati",
        brand="=Sekar",
        owner_name="Siti Aminah",
        legal_form="kelompok",
        scale="kecil",
        nib="9120301234567",
        kbli_codes="13134, 10792",
        sector="batik",
        sub_sector="Batik tulis",
        district=regions["Dander"],
        village=Region.objects.get(code="35.22.06.2003"),
        address="Jl. Mawar 3\nRT 02",
        sentra="-Sentra Dander",
        founded_year=2011,
        workers=12,
        workers_women=9,
        workers_disabled=1,
        capacity="@300 lembar",
        export_status="indirect",
        training="Bimtek pewarnaan alami\nPelatihan halal",
        exhibitions="Inacraft 2024",
        whatsapp="+6281234567890",
        phone="0353 881234",
        email="sekar@example.com",
        instagram="@sekarjati",
        consent_given_on="2024-03-01",
        public_owner=True,
        public_contact=False,
    )
    first.associations.set(
        [Association.objects.create(name=name) for name in ["Asosiasi Batik", "IKM Dander"]]
    )
    for kind, number in [("pirt", "2063522010123-29"), ("halal", "ID35110000123"), ("pirt", "P-2")]:
        Certification.objects.create(artisan=first, kind=kind, number=number)
    ArtisanFactory(
        business_name="Kue Bu Tini", nib="", sector="food", district=regions["Kapas"], workers=None
    )


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_exported_registry_imports_back_unchanged(signed_in, regions, file_format):
    rich_registry(regions)
    before = registry_counts()

    response = signed_in.get(reverse("registry_export"), {"format": file_format})
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'.{file_format}"')
    record = previewed(signed_in, SimpleUploadedFile(f"export.{file_format}", response.content))

    assert [item["changes"] for item in record.report["rows"]] == [[], []]
    assert (record.unchanged, record.refused, record.report["ignored"]) == (2, 0, [])
    confirm(signed_in, record)
    assert registry_counts() == before


def test_the_whole_demo_registry_exported_imports_back_unchanged(client, home_page):
    Region.objects.import_regency("35.22")
    council = CouncilSettings.for_site(home_page.get_site())
    council.regency_code = "35.22"
    council.save()
    call_command("synthetic_registry", "--force", stdout=io.StringIO())
    client.force_login(editor_account())

    response = client.get(reverse("registry_export"), {"format": "xlsx"})
    record = previewed(client, SimpleUploadedFile("registri.xlsx", response.content))

    assert (record.rows, record.unchanged, record.refused) == (1762, 1762, 0)


def test_the_csv_export_keeps_formulas_as_text_and_filters_by_sector_and_district(
    signed_in, regions
):
    rich_registry(regions)

    response = signed_in.get(
        reverse("registry_export"), {"format": "csv", "sector": "batik", "district": "35.22.06"}
    )

    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == [column.header for column in COLUMNS]
    assert len(lines) == 2
    cells = dict(zip(lines[0], lines[1], strict=True))
    assert cells["Merek"] == "'=Sekar" and cells["Sentra"] == "'-Sentra Dander"
    assert cells["WhatsApp"] == "'+6281234567890" and cells["Kapasitas Produksi"] == "'@300 lembar"
    assert (
        cells["No. PIRT"] == "2063522010123-29; P-2"
        and cells["Status Ekspor"] == "Ekspor tidak langsung"
    )
    food = signed_in.get(reverse("registry_export"), {"format": "csv", "sector": "food"})
    assert "Kue Bu Tini" in food.content.decode() and "Sekar" not in food.content.decode()


def test_the_xlsx_export_stores_formula_like_text_as_text(signed_in, regions):
    rich_registry(regions)

    response = signed_in.get(reverse("registry_export"), {"format": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    brand = sheet.cell(row=2, column=2)
    assert (brand.value, brand.data_type) == ("=Sekar", "s")


def test_a_bad_export_filter_shows_the_form_again(signed_in):
    response = signed_in.get(reverse("registry_export"), {"format": "pdf", "district": "99"})

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"format", "district"}
    assert signed_in.get(reverse("registry_export")).status_code == 200


# How sheets are written


ENGLISH = ["Business name", "Owner", "NIB", "Sector", "District code", "Village code", "Workers"]


@pytest.mark.parametrize(
    "make_file",
    [
        lambda: csv_upload([row()], delimiter=","),
        lambda: csv_upload([row()], encoding="utf-8"),
        lambda: csv_upload([row()], encoding="utf-16", name="IKM.CSV"),
        lambda: csv_upload([row()], delimiter="\t", name="ikm.txt"),
        lambda: xlsx_upload(
            [{**row(), "NIB": 9120301234567, "Tenaga Kerja": 6.0}],
            title_rows=[["DATA IKM KABUPATEN BOJONEGORO 2024"], []],
        ),
        lambda: xlsx_upload([row()], name="renamed.csv"),
        lambda: csv_upload(
            [
                {
                    "Business name": "Batik Sekar Jati",
                    "Owner": "Siti",
                    "NIB": "9120301234567",
                    "Sector": "batik",
                    "District code": "352206",
                    "Village code": "3522062001",
                    "Workers": "6",
                }
            ],
            headers=ENGLISH,
        ),
    ],
    ids=["comma", "no-bom", "utf-16", "tabs", "xlsx-with-title", "xlsx-named-csv", "english"],
)
def test_sheets_are_read_whatever_their_separator_encoding_or_header_language(signed_in, make_file):
    record = previewed(signed_in, make_file())

    assert (record.created, record.refused) == (1, 0), record.report["rows"]
    confirm(signed_in, record)
    assert Artisan.objects.get().district_id == "35.22.06"


def test_a_district_code_and_a_name_that_disagree_are_refused(signed_in):
    headers = ["Nama Usaha", "Nama Pemilik", "Sektor", "Kode Kecamatan", "Kecamatan"]
    sheet = [
        {**row(), "Kode Kecamatan": "35.22.10", "Kecamatan": "Dander"},
        {**row(**{"Nama Usaha": "B"}), "Kode Kecamatan": "35.21.01"},
        {**row(**{"Nama Usaha": "C"}), "Kode Kecamatan": "35.22.14", "Kecamatan": "Kec. Kapas"},
    ]

    record = previewed(signed_in, csv_upload(sheet, headers=headers))

    assert codes(record, 2) == ["district_mismatch"]
    assert codes(record, 3) == ["unknown_district"]
    assert codes(record, 4) == []


def test_the_template_s_example_row_is_not_imported_as_an_ikm(signed_in):
    response = signed_in.get(reverse("registry_template"))
    assert response.status_code == 200

    record = previewed(signed_in, SimpleUploadedFile("template.xlsx", response.content))

    assert codes(record, 2) == ["example_row"]


def test_the_template_has_the_columns_an_example_and_an_explanation_of_each(signed_in):
    response = signed_in.get(reverse("registry_template"))

    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    data, instructions, districts = workbook.worksheets
    rows = list(data.iter_rows(values_only=True))
    assert list(rows[0]) == [column.header for column in COLUMNS]
    example = dict(zip(rows[0], rows[1], strict=True))
    assert example["Nama Usaha"] == EXAMPLE["business_name"] and example["Kecamatan"] == "Dander"
    explained = {line[0] for line in instructions.iter_rows(values_only=True)}
    assert {column.header for column in COLUMNS} <= explained
    assert ("35.22.10", "Baureno") in list(districts.iter_rows(values_only=True))
    assert "35.21.01" not in [line[0] for line in districts.iter_rows(values_only=True)]
    assert instructions.title == gettext("Instructions")


# Files that are not registry sheets


def png_named_csv():
    return SimpleUploadedFile("ikm.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)


def xlsx_without_required_columns():
    return xlsx_upload([{"Nama Usaha": "A", "Merek": "B"}], headers=["Nama Usaha", "Merek"])


def latin1_csv():
    text = "Nama Usaha;Nama Pemilik;Sektor;Kecamatan\nBatik Ané;Sri;Batik;Dander\n"
    return SimpleUploadedFile("ikm.csv", text.encode("latin-1"))


def unclosed_quote_csv():
    text = 'Nama Usaha;Nama Pemilik;Sektor;Kecamatan\n"Batik' + "x" * 140_000
    return SimpleUploadedFile("ikm.csv", text.encode())


def too_many_rows():
    return csv_upload([row(**{"Nama Usaha": f"IKM {n}", "NIB": ""}) for n in range(MAX_ROWS + 1)])


@pytest.mark.parametrize(
    ("make_file", "code", "params"),
    [
        (lambda: SimpleUploadedFile("ikm.csv", b""), "empty", {}),
        (lambda: csv_upload([]), "empty", {}),
        (lambda: SimpleUploadedFile("ikm.csv", b"\n;;\n"), "empty", {}),
        (png_named_csv, "wrong_type", {}),
        (lambda: SimpleUploadedFile("ikm.pdf", b"%PDF-1.4"), "wrong_type", {}),
        (
            lambda: SimpleUploadedFile("ikm.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 600),
            "wrong_type",
            {},
        ),
        (lambda: SimpleUploadedFile("ikm.csv", b"\xd0\xcf\x11\xe0" + b"\0" * 600), "old_xls", {}),
        (lambda: SimpleUploadedFile("ikm.xlsx", b"PK\x03\x04 not really a zip"), "bad_xlsx", {}),
        (
            lambda: SimpleUploadedFile("ikm.csv", b"x" * (5 * 1024 * 1024 + 1)),
            "too_large",
            {"size": "5", "limit": "5"},
        ),
        (too_many_rows, "too_many_rows", {"limit": MAX_ROWS}),
        (latin1_csv, "bad_encoding", {}),
        (unclosed_quote_csv, "bad_csv", {"row": 2}),
        (lambda: SimpleUploadedFile("ikm.csv", b"Toko;Harga\nA;1\n"), "no_header", {}),
        (
            xlsx_without_required_columns,
            "missing_columns",
            {"columns": "Nama Pemilik, Sektor, Kecamatan / Kode Kecamatan"},
        ),
        (
            lambda: csv_upload([row()], headers=[*HEADERS, "Nama IKM"]),
            "duplicate_column",
            {"column": "Nama Usaha"},
        ),
        (
            lambda: SimpleUploadedFile("ikm.csv", b"Nama Usaha,Sektor\nA\x00,Batik\n"),
            "wrong_type",
            {},
        ),
    ],
)
def test_a_file_that_is_not_a_registry_sheet_is_refused_with_a_message(
    signed_in, make_file, code, params
):
    response = upload(signed_in, make_file())

    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [describe(problem(code, **params))]
    assert RegistryImport.objects.count() == 0 and Artisan.objects.count() == 0


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"NIB": "9.12030E+12"}, ["nib_scientific"]),
        ({"Email": "sekar at example"}, ["bad_email"]),
        ({"WhatsApp": "0353 881234"}, ["bad_whatsapp"]),
        ({"Tanggal Persetujuan Data Pribadi": "2999-01-01"}, ["future_date"]),
        ({"Tahun Berdiri": "1700"}, ["out_of_range"]),
        ({"Tenaga Kerja": "-3"}, ["not_a_number"]),
        ({"Tenaga Kerja": "²"}, ["not_a_number"]),
        ({"Tenaga Kerja": "2", "Tenaga Kerja Disabilitas": "3"}, ["more_than_workers"]),
        ({"Nama Usaha": "B" * 151}, ["too_long"]),
        ({"Kode Desa": "35.22.10.2001"}, ["unknown_village"]),
        ({"Kode Desa": "35.22.06.2001", "Desa/Kelurahan": "Growok"}, ["village_mismatch"]),
        ({"Bentuk Usaha": "Firma"}, ["unknown_choice"]),
        ({"Kontak Boleh Dipublikasikan": "mungkin"}, ["unknown_choice"]),
        ({"Nama Pemilik": ""}, ["required"]),
        ({"Kecamatan": ""}, ["required"]),
        ({"Bentuk Usaha": "CV", "Skala Usaha": "usaha kecil", "Status Ekspor": "langsung"}, []),
        ({"Kode Desa": "3522062003", "Tahun Berdiri": "2015", "KBLI": "13134,10792"}, []),
    ],
)
def test_each_bad_cell_is_named(council, cells, expected):
    headers = [*HEADERS, "Email", "Tahun Berdiri", "Tenaga Kerja Disabilitas", "Kode Desa"]
    headers += ["Bentuk Usaha", "Skala Usaha", "Status Ekspor", "Kontak Boleh Dipublikasikan"]
    upload = csv_upload([row(**cells)], headers=headers)
    sheet = read_sheet(upload.name, upload.read())

    plan = check_sheet(sheet, "35.22")

    assert [item["code"] for item in plan.rows[0].problems] == expected
    assert Artisan.objects.count() == 0


# Who may


def refused(response):
    """Wagtail sends someone without the permission back to the dashboard with a message."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code == 403


def test_an_artisan_account_cannot_import_export_or_read_the_reports(client, council):
    user, _artisan = artisan_account("perajin")
    client.force_login(user)
    record = preview_import(csv_upload([row()]), None, "35.22")

    for name, args in [
        ("registry_import", []),
        ("registry_import_list", []),
        ("registry_import_report", [record.pk]),
        ("registry_export", []),
        ("registry_template", []),
    ]:
        assert refused(client.get(reverse(name, args=args))), name
    assert refused(upload(client, csv_upload([row()])))
    assert refused(client.post(reverse("registry_import_report", args=[record.pk])))
    assert Artisan.objects.count() == 1 and RegistryImport.objects.count() == 1
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("registry_import") not in home


def test_editors_find_import_reports_export_and_template_in_the_registry_menu(signed_in):
    home = signed_in.get(reverse("wagtailadmin_home")).content.decode()

    for name in ["registry_import", "registry_import_list", "registry_export", "registry_template"]:
        assert reverse(name) in home


def test_the_list_of_imports_shows_each_with_its_counts(signed_in, editor):
    confirm(signed_in, previewed(signed_in, csv_upload([row()], name="ikm-2024.csv")))
    previewed(signed_in, csv_upload([row(**{"NIB": "1"})], name="ikm-salah.csv"))

    response = signed_in.get(reverse("registry_import_list"))

    assert response.status_code == 200
    listed = [(item.file_name, item.status) for item in response.context["imports"]]
    assert listed == [("ikm-salah.csv", "failed"), ("ikm-2024.csv", "applied")]
    assert "ikm-2024.csv" in response.content.decode()
    missing = signed_in.get(reverse("registry_import_report", args=[999]), follow=True)
    assert missing.status_code == 404


def test_the_uploaded_sheet_is_kept_privately(signed_in, settings):
    record = previewed(signed_in, csv_upload([row()]))

    assert record.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert record.file.storage.base_url is None


# Cost


def sheet_of(count, prefix, first_nib=0):
    return [
        row(
            **{
                "Nama Usaha": f"{prefix} {number}",
                "NIB": f"91203{first_nib + number:08d}",
                "Kecamatan": ["Dander", "Baureno", "Kapas"][number % 3],
                "Asosiasi": f"Asosiasi {number % 4}",
                "No. PIRT": f"PIRT-{number}",
                "Tenaga Kerja": str(number % 9),
            }
        )
        for number in range(count)
    ]


def queries_to_import(rows):
    upload = csv_upload(rows)
    record = preview_import(upload, None, "35.22")
    assert record.can_be_applied, record.report["rows"][:2]
    with CaptureQueriesContext(connection) as queries:
        assert apply_import(record, None, "35.22").applied
    return len(queries)


def test_the_queries_of_an_import_do_not_grow_with_its_rows(council):
    few = queries_to_import(sheet_of(5, "IKM"))
    many = queries_to_import(sheet_of(300, "UKM", first_nib=1000))
    changed = [{**cells, "Tenaga Kerja": "20"} for cells in sheet_of(300, "UKM", first_nib=1000)]
    updates = queries_to_import(changed)

    # Bulk statements: a fixed number, plus one INSERT per batch (SQLite takes at most 999
    # parameters in a statement, ~30 IKM of ~30 columns); never a query per row. The history
    # entries of the changed IKM (privacy audit log) take one INSERT per ~90 on SQLite.
    assert Artisan.objects.count() == 305
    assert few <= 16 and updates <= few + 3
    assert (many - few) / 295 < 0.05


def test_the_report_shows_its_rows_by_pages_in_a_fixed_number_of_queries(signed_in):
    small = previewed(signed_in, csv_upload(sheet_of(3, "IKM")))
    large = previewed(signed_in, csv_upload(sheet_of(250, "UKM", first_nib=1000)))

    first = report_page(signed_in, large)
    second = report_page(signed_in, large, p=2, show="changes")

    assert first.count("data-row=") == 200 and second.count("data-row=") == 50
    small_url = reverse("registry_import_report", args=[small.pk])
    large_url = reverse("registry_import_report", args=[large.pk])
    assert queries_for(signed_in, small_url) == queries_for(signed_in, large_url)
