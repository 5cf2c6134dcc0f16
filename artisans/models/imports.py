"""The record of each registry import: the sheet as uploaded (kept privately), who sent and who
confirmed it, what happened to every row. The registry itself changes only through
`artisans.registry_import.services`."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from home.private_files import private_storage


class ImportStatus(models.TextChoices):
    PREVIEW = "preview", _("Awaiting confirmation")
    APPLIED = "applied", _("Imported")
    FAILED = "failed", _("Refused")


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
    def can_be_applied(self):
        return self.status == ImportStatus.PREVIEW and not self.refused
