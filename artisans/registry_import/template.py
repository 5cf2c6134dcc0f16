"""The template sheet to download: the column names and one example row, drop-down lists for
the columns with fixed words, instructions for every column and the regency's districts."""

import io

from django.utils.translation import gettext as _

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .cells import FIRST_YEAR
from .columns import COLUMNS, EXAMPLE, MAX_FILE_BYTES, MAX_ROWS
from .export import TEXT_KINDS, column_width
from .parsing import megabytes

BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")


def template_xlsx(districts):
    """The template's bytes; `districts` are the council's districts (code and name)."""
    workbook = Workbook()
    _data_sheet(workbook.active, districts[0] if districts else None)
    _instructions_sheet(workbook.create_sheet(_("Instructions")))
    _districts_sheet(workbook.create_sheet(_("Districts")), districts)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _data_sheet(sheet, district):
    sheet.title = "IKM"
    example = {**EXAMPLE}
    if district is not None:
        example.update(district_code=district.code, district=district.name)
    sheet.append([column.header for column in COLUMNS])
    sheet.append([example.get(column.key, "") for column in COLUMNS])
    sheet.freeze_panes = "A2"
    for position, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(position)
        sheet.column_dimensions[letter].width = column_width(column)
        sheet.cell(row=1, column=position).font = BOLD
        if column.kind in TEXT_KINDS:
            sheet.cell(row=2, column=position).number_format = "@"
            sheet.column_dimensions[letter].number_format = "@"
        if column.vocabulary is not None:
            words = ",".join(column.vocabulary.words.values())
            choices = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True)
            choices.add(f"{letter}2:{letter}{MAX_ROWS + 1}")
            sheet.add_data_validation(choices)


def _allowed(column):
    if column.vocabulary is not None:
        return column.vocabulary.allowed
    texts = {
        "nib": _("13 digits"),
        "kbli": _("5-digit codes, e.g. 13134, 10792"),
        "district_code": _("See the Districts sheet"),
        "district": _("See the Districts sheet"),
        "village_code": _("10 digits with dots, e.g. 35.22.06.2001"),
        "list": _("Names separated by semicolons (;)"),
        "certificates": _("Numbers separated by semicolons (;)"),
        "count": _("A whole number, 0 or more"),
        "year": _("A year from %(first)s to this year") % {"first": FIRST_YEAR},
        "date": _("31/12/2024 or 2024-12-31"),
        "email": _("e.g. name@example.com"),
        "whatsapp": _("An Indonesian mobile number"),
        "lines": _("Free text; one per line"),
    }
    if column.kind in texts:
        return texts[column.kind]
    if column.max_length:
        return _("Text, at most %(limit)s characters") % {"limit": column.max_length}
    return _("Free text")


def _instructions_sheet(sheet):
    notes = [
        _("One row per IKM, below the column names. Delete the example row."),
        _(
            "Rows are matched to the registry by NIB; a row without NIB by business name and "
            "district. Importing the same sheet again changes nothing."
        ),
        _("An empty cell never erases what the registry already holds."),
        _(
            "Nothing is written until you confirm the preview; a sheet with a bad row imports "
            "nothing."
        ),
        _("At most %(rows)s rows and %(size)s MB per file; CSV (UTF-8) or XLSX.")
        % {"rows": MAX_ROWS, "size": megabytes(MAX_FILE_BYTES)},
    ]
    for note in notes:
        sheet.append([note])
    sheet.append([])
    sheet.append([_("Column"), _("Required"), _("What it holds"), _("Allowed values")])
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    for column in COLUMNS:
        if column.required:
            required = _("Yes")
        elif column.key in ("district", "district_code"):
            required = _("Yes: the name or the code")
        else:
            required = ""
        sheet.append([column.header, required, str(column.help), _allowed(column)])
    for letter, width in zip("ABCD", (34, 22, 60, 50), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=len(notes) + 2):
        for cell in row:
            cell.alignment = WRAP


def _districts_sheet(sheet, districts):
    sheet.append([_("Kemendagri code"), _("District")])
    for cell in sheet[1]:
        cell.font = BOLD
    for district in districts:
        sheet.append([district.code, district.name])
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 30
