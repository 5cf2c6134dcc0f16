"""Checking a registry sheet against the registry, without writing anything: each row read cell
by cell, placed in its district and village, matched to the IKM it describes (by NIB; a row
without NIB by business name and district) and compared with it.

An empty cell never erases what the registry holds. The whole check costs a fixed number of
queries whatever the number of rows."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from artisans.models import Artisan, Association, Region

from .cells import CellProblem, as_text, read_cell
from .columns import BY_KEY, EXAMPLE
from .matching import RegistryIndex
from .problems import problem
from .vocabulary import simplify

CREATE, UPDATE, UNCHANGED, REFUSED = "create", "update", "unchanged", "refused"
# Columns whose value goes straight into the Artisan field of the same name.
FIELD_KEYS = [
    "business_name", "brand", "owner_name", "legal_form", "scale", "nib", "kbli_codes", "sector",
    "sub_sector", "address", "sentra", "founded_year", "workers", "workers_women",
    "workers_disabled", "capacity", "export_status", "training", "exhibitions", "whatsapp",
    "phone", "email", "instagram", "consent_given_on", "public_owner", "public_contact",
]  # fmt: skip
REQUIRED_KEYS = ["business_name", "owner_name", "sector"]


@dataclass
class RowCheck:
    number: int
    values: dict = field(default_factory=dict)
    cells: dict = field(default_factory=dict)  # as written, for the report
    problems: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    district: Region | None = None
    village: Region | None = None
    target_pk: int | None = None
    target: Artisan | None = None
    match: str = ""
    action: str = ""
    changes: list = field(default_factory=list)
    instance: Artisan | None = None
    changed_fields: list = field(default_factory=list)
    associations: list | None = None  # the names to set, or None to leave them
    certificates: list = field(default_factory=list)  # (kind, number) to add

    def refuse(self, code, /, **params):
        self.problems.append(problem(code, **params))

    def written(self, key):
        return as_text(self.cells.get(key, ""))

    def report(self):
        district = self.written("district") or self.written("district_code")
        return {
            "row": self.number,
            "name": self.values.get("business_name") or self.written("business_name"),
            "nib": self.values.get("nib") or self.written("nib"),
            "district": self.district.name if self.district else district,
            "action": self.action,
            "match": self.match,
            "artisan": self.target.pk if self.target else None,
            "problems": self.problems,
            "notes": self.notes,
            "changes": self.changes,
        }


@dataclass
class Plan:
    rows: list
    columns: list
    ignored: list
    associations: dict  # simplified name: Association, those that exist
    new_associations: dict  # simplified name: name as first written, those to create

    def count(self, action):
        return sum(row.action == action for row in self.rows)

    @property
    def counts(self):
        return {
            "created": self.count(CREATE),
            "updated": self.count(UPDATE),
            "unchanged": self.count(UNCHANGED),
            "refused": self.count(REFUSED),
        }

    def report(self):
        return {
            "columns": self.columns,
            "ignored": self.ignored,
            "rows": [row.report() for row in self.rows],
        }


def check_sheet(sheet, regency_code="", lock=False):
    """What importing `sheet` would do to each row; `lock` holds the matched IKM until commit."""
    keys = [column.key for column in sheet.columns]
    index = RegistryIndex(regency_code, with_villages=bool({"village", "village_code"} & set(keys)))
    rows = [_read_row(number, values) for number, values in sheet.rows]
    for row in rows:
        index.place(row)
        _check_required(row)
    _refuse_duplicates(rows)
    index.match(rows)
    _refuse_shared_targets(rows)
    index.load_targets(rows, lock=lock)

    associations = {}
    if "associations" in keys:
        associations = {simplify(item.name): item for item in Association.objects.all()}
    new_associations = {}
    slugs = index.slugs
    for row in rows:
        if not row.problems:
            _compare(row, associations, new_associations)
        if not row.problems and row.target is None:
            row.instance.slug = _unique_slug(row.values["business_name"], slugs)
        row.action = _action(row)
    kept = [row for row in rows if row.action != REFUSED]
    used = {simplify(name) for row in kept for name in row.associations or []}
    new_associations = {key: name for key, name in new_associations.items() if key in used}
    return Plan(rows, keys, sheet.ignored, associations, new_associations)


def _read_row(number, cells):
    row = RowCheck(number, cells=cells)
    for key, cell in cells.items():
        if cell == "":
            continue
        try:
            value = read_cell(BY_KEY[key], cell)
        except CellProblem as refusal:
            row.problems.append(refusal.problem)
            row.values[key] = None
            continue
        if value not in ("", []):
            row.values[key] = value
    return row


def _check_required(row):
    for key in REQUIRED_KEYS:
        if key not in row.values:
            row.refuse("required", column=key)
    name = row.values.get("business_name")
    if name and simplify(name) == simplify(EXAMPLE["business_name"]):
        row.refuse("example_row")


def _refuse_duplicates(rows):
    """Two rows of the sheet for the same NIB, or for the same business without NIB."""
    groups = {}
    for row in rows:
        if row.values.get("nib"):
            groups.setdefault(("nib", row.values["nib"]), []).append(row)
        elif row.values.get("business_name") and row.district:
            key = ("name", simplify(row.values["business_name"]), row.district.code)
            groups.setdefault(key, []).append(row)
    for key, group in groups.items():
        for row in group if len(group) > 1 else []:
            others = ", ".join(str(other.number) for other in group if other is not row)
            row.refuse("nib_duplicate" if key[0] == "nib" else "same_business", rows=others)


def _refuse_shared_targets(rows):
    by_target = {}
    for row in rows:
        if row.target_pk is not None and not row.problems:
            by_target.setdefault(row.target_pk, []).append(row)
    for group in by_target.values():
        for row in group if len(group) > 1 else []:
            others = ", ".join(str(other.number) for other in group if other is not row)
            row.refuse("same_target", rows=others)


def _compare(row, associations, new_associations):
    """Set what the row would create or change, or refuse it."""
    values = row.values
    artisan = row.target or Artisan(district=row.district)
    row.instance = artisan
    sheet_fields = [key for key in FIELD_KEYS if key in values]
    for key in sheet_fields:
        _change(row, key, key, getattr(artisan, key), values[key])
    if row.district.code != artisan.district_id:
        _change(row, "district", "district", artisan.district if row.target else None, row.district)
    if row.village and row.village.code != artisan.village_id:
        _change(row, "village", "village", artisan.village, row.village)
        sheet_fields.append("village")
    moved = row.target and row.district.code != row.target.district_id
    if moved and row.target.village and not row.village:  # the old district's village goes
        _change(row, "village", "village", row.target.village, None)

    _check_workers(row, artisan)
    _check_fields(row, artisan, sheet_fields)
    _compare_associations(row, associations, new_associations)
    _compare_certificates(row)
    if row.match == "name":
        code = "matched_by_name_nib_added" if "nib" in values else "matched_by_name"
        row.notes.append(problem(code))


def _change(row, key, field_name, old, new):
    if old == new or (old in (None, "") and new in (None, "")):
        return
    setattr(row.instance, field_name, new)
    if row.target is not None:  # a new IKM's values are simply its values
        row.changes.append({"column": key, "old": _shown(key, old), "new": _shown(key, new)})
        row.changed_fields.append(field_name)


def _shown(key, value):
    """A value as the sheet writes it."""
    if value is None:
        return ""
    column = BY_KEY.get(key)
    if column is not None and column.vocabulary is not None:
        return column.vocabulary.word_for(value) or str(value)
    if isinstance(value, Region):
        return value.name
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _check_workers(row, artisan):
    workers = artisan.workers
    for key in ("workers_women", "workers_disabled"):
        part = getattr(artisan, key)
        if workers is not None and part is not None and part > workers:
            row.refuse("more_than_workers", column=key, value=part, workers=workers)


def _check_fields(row, artisan, sheet_fields):
    """The model's own rules on what the sheet sets (lengths, formats, choices)."""
    checked = {"district", "village", "slug", *sheet_fields}
    exclude = [f.name for f in Artisan._meta.concrete_fields if f.name not in checked]
    exclude += ["district", "village", "slug"]  # checked against the regions, slugs are made
    try:
        artisan.clean_fields(exclude=exclude)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            for message in messages:
                row.refuse("invalid", column=name, message=message)


def _compare_associations(row, associations, new_associations):
    names = row.values.get("associations")
    if names is None:
        return
    wanted = {simplify(name): name for name in names}
    current = list(row.target.associations.all()) if row.target else []
    if set(wanted) == {simplify(item.name) for item in current}:
        return
    for key, name in wanted.items():
        if key not in associations:
            new_associations.setdefault(key, name)
            row.notes.append(problem("association_new", value=new_associations[key]))
    row.associations = [
        associations[key].name if key in associations else new_associations[key] for key in wanted
    ]
    if row.target is not None:
        old = "; ".join(item.name for item in current)
        new = "; ".join(row.associations)
        row.changes.append({"column": "associations", "old": old, "new": new})


def _compare_certificates(row):
    held = {}
    for item in row.target.certifications.all() if row.target else []:
        held.setdefault(item.kind, []).append(item.number)
    for key, numbers in row.values.items():
        column = BY_KEY[key]
        if column.kind != "certificates" or numbers is None:
            continue
        kind = column.certification
        known = {simplify(number) for number in held.get(kind, [])}
        added = [number for number in numbers if simplify(number) not in known]
        if not added:
            continue
        for number in added:
            row.certificates.append((kind, number))
            row.notes.append(problem("certificate_new", kind=kind, value=number))
        if row.target is not None:
            old, new = held.get(kind, []), [*held.get(kind, []), *added]
            row.changes.append({"column": key, "old": "; ".join(old), "new": "; ".join(new)})


def _unique_slug(name, taken):
    base = slugify(name)[:140].strip("-") or "ikm"
    slug, suffix = base, 2
    while slug in taken:
        slug, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(slug)
    return slug


def _action(row):
    if row.problems:
        return REFUSED
    if row.target is None:
        return CREATE
    return UPDATE if row.changes else UNCHANGED
