"""What can be wrong with a registry sheet, a row or a cell, named in the editor's language.

A problem is stored as {"code": ..., "params": {...}} (in the import's report) and put into
words when it is shown, so a report reads in the language of whoever opens it."""

from django.utils.translation import gettext_lazy as _

from artisans.models import CertificationKind

from .columns import BY_KEY

MESSAGES = {
    # The file as a whole: nothing is read.
    "empty": _("The file is empty: there is no row of data below the column names."),
    "too_large": _("The file is too large (%(size)s MB; at most %(limit)s MB). Split it."),
    "too_many_rows": _("The sheet has more than %(limit)s rows. Split it into several files."),
    "wrong_type": _(
        "This is not a spreadsheet. Upload a CSV or XLSX file (in Excel: Save As, then "
        "“CSV UTF-8” or “Excel Workbook”)."
    ),
    "old_xls": _(
        "This is an old Excel file (.xls) or a file protected by a password. Open it in Excel "
        "and save it, without a password, as “Excel Workbook” (.xlsx) or “CSV UTF-8”."
    ),
    "bad_xlsx": _("This XLSX file cannot be read: it may be damaged or protected by a password."),
    "bad_encoding": _(
        "The text of this CSV file is not in UTF-8, so its letters would be garbled. In Excel, "
        "save it again as “CSV UTF-8 (Comma delimited)”."
    ),
    "bad_csv": _("This CSV file cannot be read near row %(row)s: check its quotation marks."),
    "no_header": _(
        "No row of column names was found in the first rows (for example Nama Usaha, "
        "Nama Pemilik, Sektor, Kecamatan)."
    ),
    "missing_columns": _("Required columns are missing: %(columns)s."),
    "duplicate_column": _("The column %(column)s appears twice."),
    # A row: the row is refused, and so is the sheet.
    "required": _("%(column)s is empty."),
    "too_long": _("%(column)s is too long (at most %(limit)s characters)."),
    "nib_format": _("The NIB must have 13 digits; found “%(value)s”."),
    "nib_scientific": _(
        "The NIB “%(value)s” was turned into a number by the spreadsheet: format the column as "
        "text and type the NIB again."
    ),
    "nib_duplicate": _("The same NIB is in row %(rows)s."),
    "same_business": _("The same business (name and district, no NIB) is in row %(rows)s."),
    "same_target": _("Row %(rows)s would change the same IKM as this row."),
    "nib_taken": _(
        "NIB %(value)s already belongs to “%(name)s” in the registry. Correct the NIB, or "
        "rename that IKM in the registry first."
    ),
    "ambiguous_match": _(
        "%(count)s IKM in the registry have this name in this district: add the NIB to say which."
    ),
    "unknown_district": _("Unknown district “%(value)s”: it is not a district of %(regency)s."),
    "ambiguous_district": _("“%(value)s” names several districts: give its Kemendagri code."),
    "district_mismatch": _("The district code %(code)s is %(name)s, not “%(value)s”."),
    "unknown_village": _("Unknown village “%(value)s” in the district of %(district)s."),
    "ambiguous_village": _("“%(value)s” names several villages in %(district)s: give its code."),
    "village_mismatch": _("The village code %(code)s is %(name)s, not “%(value)s”."),
    "unknown_choice": _("%(column)s: “%(value)s” is not known. Use one of: %(allowed)s."),
    "bad_kbli": _("KBLI: “%(value)s” is not a list of 5-digit codes (e.g. 13134, 10792)."),
    "not_a_number": _("%(column)s: “%(value)s” is not a whole number."),
    "out_of_range": _("%(column)s: %(value)s is not between %(min)s and %(max)s."),
    "more_than_workers": _("%(column)s (%(value)s) is more than the workers (%(workers)s)."),
    "bad_date": _("%(column)s: “%(value)s” is not a date (write 31/12/2024 or 2024-12-31)."),
    "future_date": _("%(column)s: %(value)s is in the future."),
    "bad_email": _("%(column)s: “%(value)s” is not an email address."),
    "bad_whatsapp": _("%(column)s: “%(value)s” is not an Indonesian mobile number."),
    "example_row": _("This is the template's example row: delete it before importing."),
    "invalid": _("%(column)s: %(message)s"),
    # Notes: said in the preview, they do not stop the import.
    "association_new": _("The association “%(value)s” will be created."),
    "certificate_new": _("%(kind)s %(value)s will be added."),
    "matched_by_name": _("Found by name and district (the row has no NIB)."),
    "matched_by_name_nib_added": _("Found by name and district; its NIB will be recorded."),
    # Why a confirmed import did not go through.
    "registry_changed": _(
        "The registry changed since this preview (another import or an edit). The rows below "
        "are checked again: look at them and confirm again."
    ),
    "conflict": _(
        "Someone changed the same IKM at the same time. Nothing was imported: try again."
    ),
    "file_missing": _(
        "The uploaded file can no longer be read. Nothing was imported: upload it again."
    ),
    "import_error": _(
        "The import stopped on an unexpected error. Nothing was imported: upload the sheet "
        "again, and if it happens again tell the site's administrator."
    ),
}


def problem(code, /, **params):
    return {"code": code, "params": params}


def describe(item):
    """A problem or note in words, in the active language."""
    params = dict(item.get("params", {}))
    if "column" in params and params["column"] in BY_KEY:
        params["column"] = BY_KEY[params["column"]].header
    if "kind" in params and params["kind"] in CertificationKind.values:
        params["kind"] = CertificationKind(params["kind"]).label
    return str(MESSAGES[item["code"]]) % params


class SheetRefused(Exception):
    """The file cannot be read as a registry sheet; nothing of it is kept."""

    def __init__(self, code, /, **params):
        super().__init__(code)
        self.code = code
        self.params = params

    @property
    def message(self):
        return describe(problem(self.code, **self.params))
