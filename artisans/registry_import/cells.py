"""Reading one cell of a registry sheet into the value the registry stores, by the kind of its
column. A cell that cannot be read raises `CellProblem`; an empty cell is never read (it leaves
the registry's value as it is)."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone

from home.phones import validate_whatsapp_number

from .problems import problem
from .vocabulary import simplify

SCIENTIFIC = re.compile(r"^\d+([.,]\d+)?[eE][+-]?\d+$")
DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "%d.%m.%Y"]
SMALL_INT_MAX = 32767
FIRST_YEAR = 1800
LIST_SEPARATORS = re.compile(r"[;\n]")


class CellProblem(Exception):
    def __init__(self, code, /, **params):
        super().__init__(code)
        self.problem = problem(code, **params)


def as_text(value):
    """The cell as text: a whole number without '.0', a date as 2024-12-31."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def read_cell(column, value):
    reader = READERS[column.kind]
    read = reader(column, value)
    if column.max_length:
        for text in read if isinstance(read, list) else [read]:
            if isinstance(text, str) and len(text) > column.max_length:
                raise CellProblem("too_long", column=column.key, limit=column.max_length)
    return read


def _text(column, value):
    return as_text(value)


def _lines(column, value):
    lines = as_text(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.strip() for line in lines if line.strip())


def _choice(column, value):
    if isinstance(value, bool):
        found = column.vocabulary.value_of(str(value))
    else:
        found = column.vocabulary.value_of(as_text(value))
    if found is None:
        raise CellProblem(
            "unknown_choice",
            column=column.key,
            value=as_text(value),
            allowed=column.vocabulary.allowed,
        )
    return found


def _nib(column, value):
    text = re.sub(r"\s+", "", as_text(value))
    if isinstance(value, float) or SCIENTIFIC.match(text):
        raise CellProblem("nib_scientific", value=text)
    if not re.fullmatch(r"[0-9]{13}", text):
        raise CellProblem("nib_format", value=text)
    return text


def _kbli(column, value):
    if isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:05d}"
    codes = [code for code in re.split(r"[\s,;/]+", as_text(value)) if code]
    if not codes or not all(re.fullmatch(r"[0-9]{5}", code) for code in codes):
        raise CellProblem("bad_kbli", value=as_text(value))
    return ", ".join(dict.fromkeys(codes))


def _region_code(column, value):
    text = as_text(value)
    digits = re.sub(r"[.\s]", "", text)
    if digits.isdigit() and len(digits) == 6:
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:]}"
    if digits.isdigit() and len(digits) == 10:
        return f"{digits[:2]}.{digits[2:4]}.{digits[4:6]}.{digits[6:]}"
    return text


def _list(column, value):
    names = {}
    for name in LIST_SEPARATORS.split(as_text(value)):
        name = " ".join(name.split())
        if name:
            names.setdefault(simplify(name), name)
    return list(names.values())


def _whole_number(column, value):
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = as_text(value).replace(" ", "")
    # ASCII digits only: str.isdigit() also passes "²", which int() refuses.
    if not (text.isascii() and text.isdigit()):
        raise CellProblem("not_a_number", column=column.key, value=as_text(value))
    return int(text)


def _in_range(column, number, low, high):
    if not low <= number <= high:
        raise CellProblem("out_of_range", column=column.key, value=number, min=low, max=high)
    return number


def _count(column, value):
    return _in_range(column, _whole_number(column, value), 0, SMALL_INT_MAX)


def _year(column, value):
    return _in_range(column, _whole_number(column, value), FIRST_YEAR, timezone.localdate().year)


def _date(column, value):
    if isinstance(value, datetime.date):
        day = value
    else:
        day = None
        for date_format in DATE_FORMATS:
            try:
                day = datetime.datetime.strptime(as_text(value), date_format).date()
                break
            except ValueError:
                continue
        if day is None:
            raise CellProblem("bad_date", column=column.key, value=as_text(value))
    if day > timezone.localdate():
        raise CellProblem("future_date", column=column.key, value=day.isoformat())
    return day


def _email(column, value):
    text = as_text(value)
    try:
        validate_email(text)
    except ValidationError:
        raise CellProblem("bad_email", column=column.key, value=text) from None
    return text


def _phone_text(value):
    # A number typed into a spreadsheet loses its leading zero: 81234567890 is 081234567890.
    if isinstance(value, int) and not isinstance(value, bool) and not str(value).startswith("62"):
        return f"0{value}"
    return as_text(value)


def _whatsapp(column, value):
    text = _phone_text(value)
    try:
        validate_whatsapp_number(text)
    except ValidationError:
        raise CellProblem("bad_whatsapp", column=column.key, value=text) from None
    return text


def _phone(column, value):
    return _phone_text(value)


READERS = {
    "text": _text,
    "lines": _lines,
    "choice": _choice,
    "nib": _nib,
    "kbli": _kbli,
    "district_code": _region_code,
    "village_code": _region_code,
    "district": _text,
    "village": _text,
    "list": _list,
    "certificates": _list,
    "count": _count,
    "year": _year,
    "date": _date,
    "email": _email,
    "whatsapp": _whatsapp,
    "phone": _phone,
}
