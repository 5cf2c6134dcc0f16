"""Reading a registry sheet from a CSV (UTF-8, with or without BOM, separated by ; or , or
tabs) or XLSX file (its first sheet): the row of column names, then the rows of data.

The file's content decides how it is read, not its name: a PNG renamed .csv is refused, an
XLSX renamed .csv is read as XLSX. Anything that cannot be read raises `SheetRefused`."""

import csv
import datetime
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePath

import openpyxl

from .columns import BY_KEY, DISTRICT_KEYS, MAX_FILE_BYTES, MAX_ROWS, REQUIRED, column_for
from .problems import SheetRefused

EXTENSIONS = {".csv", ".xlsx", ".txt"}
ZIP, OLE2 = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"
BINARY_STARTS = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"RIFF", b"\x1f\x8b", b"BM")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
HEADER_SEARCH_ROWS = 10  # a sheet may start with a title and a blank row above its columns
FORMULA_STARTS = ("=", "+", "-", "@")


@dataclass
class Sheet:
    columns: list  # the columns found, in the sheet's order
    ignored: list  # headers that name no column
    rows: list = field(default_factory=list)  # (row number in the sheet, {column key: cell})


def read_sheet(name, data):
    """The sheet in `data` (the file's bytes), or SheetRefused."""
    if not data:
        raise SheetRefused("empty")
    if len(data) > MAX_FILE_BYTES:
        raise SheetRefused("too_large", size=megabytes(len(data)), limit=megabytes(MAX_FILE_BYTES))
    if PurePath(name or "").suffix.lower() not in EXTENSIONS:
        raise SheetRefused("wrong_type")
    if data.startswith(ZIP):
        records = _xlsx_records(data)
    elif data.startswith(OLE2):
        raise SheetRefused("old_xls")
    elif data.startswith(BINARY_STARTS):
        raise SheetRefused("wrong_type")
    else:
        records = _csv_records(data)
    return _sheet_from(records)


def megabytes(size):
    return f"{size / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


def _csv_records(data):
    try:
        text = data.decode("utf-16" if data.startswith(UTF16_BOMS) else "utf-8-sig")
    except UnicodeDecodeError:
        raise SheetRefused("bad_encoding") from None
    if "\x00" in text:
        raise SheetRefused("wrong_type")
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max([",", ";", "\t"], key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records = []
    try:
        for record in reader:
            records.append([_csv_cell(cell) for cell in record])
    except csv.Error:
        raise SheetRefused("bad_csv", row=len(records) + 1) from None
    return records


def _csv_cell(text):
    text = text.strip()
    # An export keeps text that looks like a formula as text with a leading apostrophe.
    if text.startswith("'") and text[1:2] in FORMULA_STARTS:
        return text[1:]
    return text


def _xlsx_records(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(entry.file_size for entry in archive.infolist())
    except zipfile.BadZipFile:
        raise SheetRefused("bad_xlsx") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise SheetRefused("too_large", size=megabytes(unzipped), limit=megabytes(MAX_FILE_BYTES))
    with warnings.catch_warnings():
        # openpyxl warns about styles and extensions it does not read; they do not matter here.
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception:  # openpyxl raises many kinds for a damaged or foreign file
            raise SheetRefused("bad_xlsx") from None
        try:
            if not workbook.worksheets:
                raise SheetRefused("empty")
            records = []
            data_rows = 0
            for values in workbook.worksheets[0].iter_rows(values_only=True):
                record = [_xlsx_cell(value) for value in values]
                records.append(record)
                data_rows += any(cell != "" for cell in record)
                if data_rows > MAX_ROWS + HEADER_SEARCH_ROWS:
                    break
        except SheetRefused:
            raise
        except Exception:
            raise SheetRefused("bad_xlsx") from None
        finally:
            workbook.close()
    return records


def _xlsx_cell(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime.time | datetime.timedelta):
        return str(value)
    return value


def _sheet_from(records):
    header_index = _header_index(records)
    sheet = Sheet(columns=[], ignored=[])
    positions = {}
    for position, name in enumerate(records[header_index]):
        column = column_for(name)
        if column is None:
            if name != "":
                sheet.ignored.append(str(name))
        elif column.key in positions:
            raise SheetRefused("duplicate_column", column=column.header)
        else:
            positions[column.key] = position
            sheet.columns.append(column)
    missing = [column.header for column in REQUIRED if column.key not in positions]
    if not any(key in positions for key in DISTRICT_KEYS):
        missing.append(" / ".join(BY_KEY[key].header for key in DISTRICT_KEYS))
    if missing:
        raise SheetRefused("missing_columns", columns=", ".join(missing))

    for index in range(header_index + 1, len(records)):
        record = records[index]
        values = {
            key: record[position] if position < len(record) else ""
            for key, position in positions.items()
        }
        if all(value == "" for value in values.values()):
            continue
        if len(sheet.rows) == MAX_ROWS:
            raise SheetRefused("too_many_rows", limit=MAX_ROWS)
        sheet.rows.append((index + 1, values))
    if not sheet.rows:
        raise SheetRefused("empty")
    return sheet


def _header_index(records):
    """The first row that names at least two columns."""
    for index, record in enumerate(records[:HEADER_SEARCH_ROWS]):
        if sum(column_for(name) is not None for name in record) >= 2:
            return index
    if any(cell != "" for record in records for cell in record):
        raise SheetRefused("no_header")
    raise SheetRefused("empty")
