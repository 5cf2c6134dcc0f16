"""A confirmed registry import runs in the task worker (TASKS_BACKEND=database, as in
production): the request only marks it as being imported and queues its task; the report page
says so and refreshes itself until the real worker (`manage.py db_worker`) has written the rows.
A registry changed meanwhile, an unforeseen error and a lost task each leave the registry
untouched and the editor a way on."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext

import pytest

from artisans.models import Artisan, ImportStatus, RegistryImport
from artisans.registry_import import services
from artisans.registry_import.problems import describe, problem
from tests.artisans.factories import ArtisanFactory
from tests.site.task_worker import queued, run_worker, use_task_queue

from .registry_sheets import csv_upload, previewed, report_page, row

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SHEET = [row(), row(**{"Nama Usaha": "Kue Bu Tini", "NIB": "", "Sektor": "Makanan dan minuman"})]


def report_url(record):
    return reverse("registry_import_report", args=[record.pk])


def confirm_button_enabled(page):
    button = page.split("data-confirm-import", 1)[1].split(">", 1)[0]
    return "disabled" not in button


def confirmed(client, record):
    """Confirm the import; the messages the editor is shown on the page it lands on."""
    response = client.post(report_url(record), follow=True)
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def test_the_request_queues_the_import_and_the_worker_writes_it(settings, signed_in, editor):
    # Given a clean preview of two rows, tasks waiting in the database
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload(SHEET))

    # When the editor confirms it
    shown = confirmed(signed_in, record)

    # Then nothing is written yet: the import waits for the worker, and its page says so
    record.refresh_from_db()
    assert record.status == ImportStatus.IMPORTING and record.applied_by == editor
    assert record.confirmed_at and record.applied_at is None
    assert Artisan.objects.count() == 0
    assert shown == [
        gettext(
            "The import has started. This page shows its report once every row is written; "
            "you may leave it and come back."
        )
    ]
    waiting = signed_in.get(report_url(record))
    assert waiting["Refresh"] == "5"
    assert "data-import-running" in waiting.content.decode()
    assert "data-confirm-import" not in waiting.content.decode()
    listing = signed_in.get(reverse("registry_import_list")).content.decode()
    assert gettext("Being imported") in listing
    task = queued(services.import_sheet).get()
    confirmation = record.confirmed_at.isoformat()
    assert task.status == "READY"
    assert task.args_kwargs["args"] == [record.pk, "35.22", confirmation]

    # When the worker runs
    run_worker()

    # Then every row is in the registry, on behalf of the editor who confirmed it
    record.refresh_from_db()
    assert record.status == ImportStatus.APPLIED and record.applied_at
    assert (record.created, record.updated, record.unchanged) == (2, 0, 0)
    assert record.applied_by == editor
    assert set(Artisan.objects.values_list("business_name", flat=True)) == {
        "Batik Sekar Jati",
        "Kue Bu Tini",
    }
    assert queued(services.import_sheet).get().status == "SUCCESSFUL"
    done = signed_in.get(report_url(record))
    assert not done.has_header("Refresh")
    assert gettext("This sheet has been imported into the registry.") in done.content.decode()


def test_a_second_confirmation_while_it_waits_queues_nothing_more(settings, signed_in):
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload(SHEET))
    confirmed(signed_in, record)

    shown = confirmed(signed_in, record)

    assert shown == [gettext("This import is no longer awaiting confirmation.")]
    assert queued(services.import_sheet).count() == 1
    run_worker()
    assert Artisan.objects.count() == 2


def test_a_registry_changed_before_the_worker_runs_is_shown_again(settings, signed_in, regions):
    # Given a confirmed import waiting for the worker
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload([row()]))
    confirmed(signed_in, record)
    # and someone adds the same IKM by hand meanwhile
    ArtisanFactory(
        business_name="Batik Sekar Jati", nib="9120301234567", district=regions["Dander"]
    )

    run_worker()

    # Then nothing is imported: the rows are checked again, for the editor to confirm again
    record.refresh_from_db()
    assert Artisan.objects.count() == 1
    assert record.status == ImportStatus.PREVIEW
    assert record.report["failure"] == "registry_changed"
    assert record.report["rows"][0]["action"] == "update"
    page = report_page(signed_in, record)
    assert describe(problem("registry_changed"))[:30] in page
    assert (
        "data-confirm-import" in page and "disabled" not in page.split("data-confirm-import")[1][:5]
    )


def test_an_unforeseen_error_in_the_worker_imports_nothing_and_says_so(
    settings, signed_in, monkeypatch
):
    # Given a confirmed import, and a write that fails halfway (after the new associations)
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload([row(**{"Asosiasi": "Asosiasi Perajin Batik"})]))
    confirmed(signed_in, record)
    written = services._write

    def write_then_fail(plan):
        written(plan)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(services, "_write", write_then_fail)

    run_worker()

    # Then the registry is as it was, the task is recorded as failed (for the error report),
    # and the editor reads why on the import's page
    record.refresh_from_db()
    assert Artisan.objects.count() == 0
    assert record.status == ImportStatus.FAILED and record.report["failure"] == "import_error"
    result = queued(services.import_sheet).get()
    assert result.status == "FAILED"
    assert result.exception_class_path == "builtins.RuntimeError"
    page = signed_in.get(report_url(record))
    assert not page.has_header("Refresh")
    assert escape(describe(problem("import_error"))) in page.content.decode()


def test_with_tasks_run_in_process_the_editor_reads_the_outcome_at_once(signed_in, settings):
    record = previewed(signed_in, csv_upload(SHEET))

    shown = confirmed(signed_in, record)

    record.refresh_from_db()
    assert record.status == ImportStatus.APPLIED and Artisan.objects.count() == 2
    assert shown == [
        gettext("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.")
        % {"created": 2, "updated": 0, "unchanged": 0}
    ]


def test_an_import_whose_task_was_lost_can_be_confirmed_again(settings, signed_in):
    # Given an import confirmed 31 minutes ago whose task was lost (its worker was killed)
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload(SHEET))
    confirmed(signed_in, record)
    queued(services.import_sheet).delete()
    RegistryImport.objects.filter(pk=record.pk).update(
        confirmed_at=timezone.now() - timedelta(minutes=31)
    )

    # Then its page says so, stops refreshing and offers to confirm it again
    page = signed_in.get(report_url(record))
    assert not page.has_header("Refresh")
    text = page.content.decode()
    assert "data-import-stalled" in text and "data-import-running" not in text
    assert confirm_button_enabled(text)

    # and confirming it again imports it once
    confirmed(signed_in, record)
    run_worker()
    record.refresh_from_db()
    assert record.status == ImportStatus.APPLIED and Artisan.objects.count() == 2


def test_an_import_still_running_cannot_be_confirmed_again(settings, signed_in):
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload(SHEET))
    confirmed(signed_in, record)
    RegistryImport.objects.filter(pk=record.pk).update(
        confirmed_at=timezone.now() - timedelta(minutes=29)
    )

    assert confirmed(signed_in, record) == [
        gettext("This import is no longer awaiting confirmation.")
    ]
    assert queued(services.import_sheet).count() == 1


def test_a_task_queued_for_an_earlier_confirmation_writes_nothing(
    settings, signed_in, regions, monkeypatch
):
    # Given an import confirmed, its worker down so long that the editor confirmed it again
    # (two tasks now wait: one for each confirmation)
    use_task_queue(settings)
    monkeypatch.setattr("artisans.models.imports.IMPORT_STALLED_AFTER", timedelta(0))
    record = previewed(signed_in, csv_upload([row()]))
    confirmed(signed_in, record)
    confirmed(signed_in, record)
    assert queued(services.import_sheet).count() == 2
    # and the same IKM added by hand meanwhile
    ArtisanFactory(
        business_name="Batik Sekar Jati", nib="9120301234567", district=regions["Dander"]
    )

    run_worker()

    # Then the first task finds the import no longer its own, and the second finds the registry
    # changed: the new plan waits for the editor, nothing is written without their look
    record.refresh_from_db()
    assert record.status == ImportStatus.PREVIEW
    assert record.report["failure"] == "registry_changed"
    assert Artisan.objects.get().owner_name == "Sri Wahyuni"  # not the sheet's Siti Aminah
    assert [task.status for task in queued(services.import_sheet)] == ["SUCCESSFUL"] * 2


def test_a_late_task_that_fails_leaves_an_imported_sheet_imported(settings, signed_in, monkeypatch):
    use_task_queue(settings)
    record = previewed(signed_in, csv_upload(SHEET))
    confirmed(signed_in, record)
    earlier = queued(services.import_sheet).get().args_kwargs["args"]
    run_worker()

    def broken(*args):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(services, "apply_import", broken)
    with pytest.raises(RuntimeError):
        services.import_sheet.call(*earlier)

    record.refresh_from_db()
    assert record.status == ImportStatus.APPLIED and record.report["failure"] == ""
