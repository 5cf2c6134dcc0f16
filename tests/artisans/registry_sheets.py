"""Registry sheets for the import's tests: rows with the columns of the council's template,
written as CSV or XLSX, uploaded, previewed and confirmed through the admin."""

import csv
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import openpyxl

from artisans.models import RegistryImport

HEADERS = ["Nama Usaha", "Nama Pemilik", "NIB", "Sektor", "Kecamatan", "Desa/Kelurahan"]
HEADERS += ["Tenaga Kerja", "Tenaga Kerja Perempuan", "KBLI", "Asosiasi", "WhatsApp"]
HEADERS += ["Tanggal Persetujuan Data Pribadi", "No. PIRT"]


def row(**cells):
    base = {
        "Nama Usaha": "Batik Sekar Jati",
        "Nama Pemilik": "Siti Aminah",
        "NIB": "9120301234567",
        "Sektor": "Batik",
        "Kecamatan": "Dander",
    }
    return {**base, **cells}


def csv_upload(rows, headers=HEADERS, delimiter=";", encoding="utf-8-sig", name="ikm.csv"):
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(headers)
    for cells in rows:
        writer.writerow([cells.get(header, "") for header in headers])
    return SimpleUploadedFile(name, text.getvalue().encode(encoding))


def xlsx_upload(rows, headers=HEADERS, name="ikm.xlsx", title_rows=()):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for title in title_rows:
        sheet.append(title)
    sheet.append(headers)
    for cells in rows:
        sheet.append([cells.get(header, None) for header in headers])
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile(name, output.getvalue())


def upload(client, file):
    return client.post(reverse("registry_import"), {"file": file})


def previewed(client, file):
    response = upload(client, file)
    assert response.status_code == 302, response.context["form"].errors
    return RegistryImport.objects.get(pk=response.url.rstrip("/").split("/")[-1])


def confirm(client, record):
    response = client.post(reverse("registry_import_report", args=[record.pk]))
    assert response.status_code == 302
    record.refresh_from_db()
    return record


def report_page(client, record, **query):
    response = client.get(reverse("registry_import_report", args=[record.pk]), query)
    assert response.status_code == 200
    return response.content.decode()


def codes(record, number):
    """The problem codes of the row numbered `number` in the sheet."""
    reported = next(item for item in record.report["rows"] if item["row"] == number)
    return [item["code"] for item in reported["problems"]]
