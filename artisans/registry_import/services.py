"""Importing a registry sheet in two steps: `preview_import` reads and checks the sheet and keeps
it with its report (the registry is not touched); once an editor confirms (`confirm_import`),
the task `import_sheet` runs `apply_import` in the task worker, which checks the sheet again and
writes every row in one transaction, or nothing. The report page follows the import's status."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.models import ModelLogEntry

from django_tasks import task

from artisans.models import Artisan, Association, Certification, ImportStatus, RegistryImport
from home.page_cache import invalidate_pages

from .columns import MAX_FILE_BYTES
from .parsing import megabytes, read_sheet
from .problems import SheetRefused
from .validation import CREATE, UPDATE, check_sheet
from .vocabulary import simplify

BATCH_SIZE = 500
# Their entries in Wagtail's history (registered in artisans.wagtail_hooks).
IMPORTED, ROW_IMPORTED = "artisans.registry_import", "artisans.imported"


def preview_import(upload, user, regency_code=""):
    """Check an uploaded sheet and keep it with its report; SheetRefused if it is unreadable."""
    if upload.size > MAX_FILE_BYTES:
        size, limit = megabytes(upload.size), megabytes(MAX_FILE_BYTES)
        raise SheetRefused("too_large", size=size, limit=limit)
    data = upload.read()
    sheet = read_sheet(upload.name, data)
    plan = check_sheet(sheet, regency_code)
    record = RegistryImport(file_name=upload.name[:255], uploaded_by=user, rows=len(plan.rows))
    _record_plan(record, plan)
    record.file.save(upload.name[-100:], ContentFile(data), save=False)
    record.save()
    return record


def _record_plan(record, plan, failure=""):
    for name, count in plan.counts.items():
        setattr(record, name, count)
    record.report = {**plan.report(), "failure": failure}
    record.status = ImportStatus.FAILED if record.refused else ImportStatus.PREVIEW


@dataclass
class Outcome:
    applied: bool
    problem: str = ""  # why not: a code of `problems.MESSAGES`, or "not_pending"


def confirm_import(record, user, regency_code=""):
    """An editor's confirmation: the import is marked as being imported and its task queued in
    the same transaction (a queue in the database commits both or neither). With tasks run in
    process (TASKS_BACKEND=immediate) it is done when this returns. False if the import was
    not awaiting confirmation (confirmed twice, refused, or already imported)."""
    with transaction.atomic():
        record = RegistryImport.objects.select_for_update().get(pk=record.pk)
        if not record.can_be_confirmed:
            return False
        record.status = ImportStatus.IMPORTING
        record.applied_by, record.confirmed_at = user, timezone.now()
        record.save(update_fields=["status", "applied_by", "confirmed_at"])
        import_sheet.enqueue(record.pk, regency_code, record.confirmed_at.isoformat())
    return True


@task()
def import_sheet(import_id, regency_code="", confirmed_at=""):
    """The worker's side of a confirmed import: `apply_import` on behalf of whoever confirmed it,
    only for the confirmation it was queued for (`confirmed_at`): a task queued for an earlier
    one (confirmed again after its worker stalled) finds the import no longer its own. An error
    it did not foresee leaves the registry untouched and its import refused with a message, and
    is raised again for the error report."""
    record = RegistryImport.objects.filter(pk=import_id).select_related("applied_by").first()
    if record is None:
        return {"applied": False, "problem": "not_pending"}
    confirmation = datetime.fromisoformat(confirmed_at) if confirmed_at else None
    try:
        with transaction.atomic():
            outcome = apply_import(record, record.applied_by, regency_code, confirmation)
    except Exception:
        # Only while the import still waits for this task: never over another's outcome.
        RegistryImport.objects.filter(
            pk=record.pk, status=ImportStatus.IMPORTING, confirmed_at=confirmation
        ).update(status=ImportStatus.FAILED, report={**record.report, "failure": "import_error"})
        raise
    return {"applied": outcome.applied, "problem": outcome.problem}


def apply_import(record, user, regency_code="", confirmed_at=None):
    """Write a previewed sheet to the registry if it still reads as it was previewed (and, given
    `confirmed_at`, only if the import still waits for that confirmation)."""
    with transaction.atomic():
        record = RegistryImport.objects.select_for_update().get(pk=record.pk)
        if not record.can_be_applied:
            return Outcome(False, "not_pending")
        if confirmed_at is not None and (
            record.status != ImportStatus.IMPORTING or record.confirmed_at != confirmed_at
        ):
            return Outcome(False, "not_pending")
        try:
            with record.file.open("rb") as kept:
                sheet = read_sheet(record.file_name, kept.read())
        except (OSError, SheetRefused):
            return _fail(record, "file_missing")
        plan = check_sheet(sheet, regency_code, lock=True)
        if plan.report()["rows"] != record.report.get("rows"):
            _record_plan(record, plan, failure="registry_changed")
            record.save()
            return Outcome(False, "registry_changed")
        try:
            with transaction.atomic():
                _write(plan)
                invalidate_pages()  # written in bulk: no signal tells the public pages
        except IntegrityError:
            return _fail(record, "conflict")
        for row, reported in zip(plan.rows, record.report["rows"], strict=True):
            if row.action == CREATE:
                reported["artisan"] = row.instance.pk
        record.status = ImportStatus.APPLIED
        record.applied_by, record.applied_at = user, timezone.now()
        record.save()
        _log(record, plan, user)
    return Outcome(True)


def _log(record, plan, user):
    """The import in the site's history, and one entry in each changed artisan's history:
    written in bulk, like the rows (what `wagtail.log_actions.log` would write one by one)."""
    types = ContentType.objects.get_for_models(RegistryImport, Artisan)
    batch = uuid.uuid4()  # the entries of one import belong together
    counts = {name: getattr(record, name) for name in ("created", "updated", "unchanged")}

    def entry(instance, action, **data):
        return ModelLogEntry(
            content_type=types[type(instance)],
            object_id=str(instance.pk),
            label=str(instance),
            action=action,
            data={"file": record.file_name, **data},
            timestamp=record.applied_at,
            user=user,
            uuid=batch,
            content_changed=True,
        )

    entries = [entry(record, IMPORTED, **counts)]
    entries += [
        entry(row.instance, ROW_IMPORTED, new=row.action == CREATE, **{"import": record.pk})
        for row in plan.rows
        if row.action == CREATE or (row.action == UPDATE and row.changed_fields)
    ]
    ModelLogEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)


def _fail(record, code):
    record.status = ImportStatus.FAILED
    record.report = {**record.report, "failure": code}
    record.save(update_fields=["status", "report"])
    return Outcome(False, code)


def _write(plan):
    """Every row's change, in bulk: a handful of queries whatever the number of rows."""
    created = Association.objects.bulk_create(
        [Association(name=name) for name in plan.new_associations.values()]
    )
    associations = {**plan.associations, **{simplify(item.name): item for item in created}}

    creating = [row for row in plan.rows if row.action == CREATE]
    updating = [row for row in plan.rows if row.action == UPDATE]
    Artisan.objects.bulk_create([row.instance for row in creating], batch_size=BATCH_SIZE)
    fields = sorted({name for row in updating for name in row.changed_fields})
    if fields:
        changed = [row.instance for row in updating if row.changed_fields]
        Artisan.objects.bulk_update(changed, fields, batch_size=BATCH_SIZE)

    memberships = Artisan.associations.through
    regrouped = [row for row in creating + updating if row.associations is not None]
    memberships.objects.filter(
        artisan_id__in=[row.instance.pk for row in regrouped if row.target is not None]
    ).delete()
    memberships.objects.bulk_create(
        [
            memberships(artisan_id=row.instance.pk, association_id=associations[simplify(name)].pk)
            for row in regrouped
            for name in row.associations
        ],
        batch_size=BATCH_SIZE,
    )

    certificates = []
    for row in creating + updating:
        held = len(row.target.certifications.all()) if row.target else 0
        for position, (kind, number) in enumerate(row.certificates, start=held):
            certificates.append(
                Certification(
                    artisan_id=row.instance.pk, kind=kind, number=number, sort_order=position
                )
            )
    Certification.objects.bulk_create(certificates, batch_size=BATCH_SIZE)
