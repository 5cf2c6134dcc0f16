"""The registry written in the import's columns, as CSV or XLSX: what an export holds reads
back through the import as "unchanged".

In the CSV, text that a spreadsheet would take for a formula (= + - @) starts with an
apostrophe, which the import removes again; in the XLSX such text is stored as text."""

import csv
import datetime
import io

from django.db.models import Prefetch

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from artisans.models import Artisan, Certification

from .columns import COLUMNS
from .parsing import FORMULA_STARTS

# Spreadsheets must not turn these into numbers (an NIB, a code, a telephone number).
TEXT_KINDS = {"nib", "kbli", "district_code", "village_code", "whatsapp", "phone", "certificates"}
CSV_DELIMITER = ";"  # what Excel set to Indonesian expects; the import reads , and ; alike


def registry_for_export(sector="", district=None):
    """The registry's IKM in the order of the export, with what the columns need."""
    artisans = Artisan.objects.select_related("district", "village").prefetch_related(
        "associations",
        Prefetch("certifications", queryset=Certification.objects.order_by("sort_order", "pk")),
    )
    if sector:
        artisans = artisans.filter(sector=sector)
    if district is not None:
        artisans = artisans.filter(district=district)
    return artisans.order_by("district_id", "business_name", "pk")


def export_row(artisan):
    """The artisan's cells, in the columns' order."""
    numbers = {}
    for item in artisan.certifications.all():
        numbers.setdefault(item.kind, []).append(item.number)
    associations = "; ".join(sorted(item.name for item in artisan.associations.all()))
    return [_cell(column, artisan, numbers, associations) for column in COLUMNS]


def _cell(column, artisan, numbers, associations):
    key = column.key
    if column.kind == "certificates":
        return "; ".join(numbers.get(column.certification, []))
    if key == "associations":
        return associations
    if key == "district_code":
        return artisan.district_id
    if key == "district":
        return artisan.district.name
    if key == "village_code":
        return artisan.village_id or ""
    if key == "village":
        return artisan.village.name if artisan.village else ""
    value = getattr(artisan, key)
    if column.vocabulary is not None:
        return column.vocabulary.word_for(value)
    return "" if value is None else value


def registry_csv(artisans):
    """The CSV file's bytes (UTF-8 with a BOM, so that Excel reads the letters right)."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([column.header for column in COLUMNS])
    for artisan in artisans:
        writer.writerow([_csv_text(value) for value in export_row(artisan)])
    return text.getvalue().encode("utf-8-sig")


def _csv_text(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    value = str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def registry_xlsx(artisans):
    """The XLSX file's bytes: one sheet, the column names in bold, text kept as text."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("IKM")
    sheet.freeze_panes = "A2"
    for position, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = column_width(column)
    bold = Font(bold=True)
    sheet.append([_xlsx_cell(sheet, column, column.header, font=bold) for column in COLUMNS])
    for artisan in artisans:
        sheet.append(
            [
                _xlsx_cell(sheet, column, value)
                for column, value in zip(COLUMNS, export_row(artisan), strict=True)
            ]
        )
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def column_width(column):
    return max(12, min(40, len(column.header) + 4))


def _xlsx_cell(sheet, column, value, font=None):
    if value == "" and font is None:
        return None  # nothing is written for an empty cell
    plain = not isinstance(value, datetime.date) and column.kind not in TEXT_KINDS
    if plain and font is None and not (isinstance(value, str) and value.startswith("=")):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
    if column.kind in TEXT_KINDS:
        cell.number_format = "@"
    elif isinstance(value, datetime.date):
        cell.number_format = "yyyy-mm-dd"
    if font is not None:
        cell.font = font
    return cell
