"""The record of each registry import: the sheet as uploaded (kept privately), who sent and who
confirmed it, what happened to every row. The registry itself changes only through
`artisans.registry_import.services`."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.private_files import private_storage


class ImportStatus(models.TextChoices):
    PREVIEW = "preview", _("Awaiting confirmation")
    IMPORTING = "importing", _("Being imported")
    APPLIED = "applied", _("Imported")
    FAILED = "failed", _("Refused")


# A confirmed import runs in the task worker in seconds; one still running after this long was
# lost (a worker stopped mid-task): its editor may confirm it again.
IMPORT_STALLED_AFTER = timedelta(minutes=30)


class RegistryImport(models.Model):
    """One spreadsheet sent to the registry, from its preview to its import (or refusal)."""

    file_name = models.CharField(_("file name"), max_length=255)
    file = models.FileField(
        _("file (kept private)"), storage=private_storage, upload_to="registry-imports/%Y/%m/"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    applied_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    applied_at = models.DateTimeField(_("imported at"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ImportStatus.choices, default=ImportStatus.PREVIEW
    )
    rows = models.PositiveIntegerField(_("rows"), default=0)
    created = models.PositiveIntegerField(_("new"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    unchanged = models.PositiveIntegerField(_("unchanged"), default=0)
    refused = models.PositiveIntegerField(_("refused"), default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]
        verbose_name = _("registry import")
        verbose_name_plural = _("registry imports")

    def __str__(self):
        return self.file_name

    @property
    def is_stalled(self):
        """Confirmed, queued, and still not done long after: its task was lost."""
        return (
            self.status == ImportStatus.IMPORTING
            and self.confirmed_at is not None
            and timezone.now() - self.confirmed_at > IMPORT_STALLED_AFTER
        )

    @property
    def can_be_confirmed(self):
        """An editor may confirm it: a clean preview, or a confirmed import whose task was lost."""
        if self.refused:
            return False
        return self.status == ImportStatus.PREVIEW or self.is_stalled

    @property
    def can_be_applied(self):
        """The task may write it: previewed without a refused row, and not yet imported."""
        return self.status in (ImportStatus.PREVIEW, ImportStatus.IMPORTING) and not self.refused
