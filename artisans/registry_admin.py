"""Registry > Import and Import reports in the Wagtail admin: upload a CSV or XLSX sheet, read
its preview (every row, its problems and what would happen to it), confirm it; the list of
imports with their reports. The work is done by `artisans.registry_import.services`."""

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.generic import FormView, TemplateView

from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from home.models import CouncilSettings

from .models import ImportStatus, RegistryImport
from .registry_import import services
from .registry_import.columns import BY_KEY, MAX_FILE_BYTES, MAX_ROWS
from .registry_import.parsing import megabytes
from .registry_import.problems import SheetRefused, describe, problem
from .registry_import.validation import CREATE, REFUSED, UNCHANGED, UPDATE

IMPORT_PERMISSION = "artisans.add_registryimport"
REPORTS_PERMISSION = "artisans.view_registryimport"
ACTIONS = {  # what happens to a row
    CREATE: pgettext_lazy("registry row", "New"),
    UPDATE: pgettext_lazy("registry row", "Update"),
    UNCHANGED: pgettext_lazy("registry row", "Unchanged"),
    REFUSED: pgettext_lazy("registry row", "Refused"),
}
SHOWN = {"problems": {REFUSED}, "changes": {CREATE, UPDATE}}
REGISTRY_BREADCRUMB = {
    "url": reverse_lazy("registry_import_list"),
    "label": gettext_lazy("Registry imports"),
}


def regency_code(request):
    return CouncilSettings.for_request(request).regency_code


class PermissionMenuItem(MenuItem):
    """A menu item shown to users with any of `permissions`."""

    def __init__(self, *args, permissions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.permissions = permissions

    def is_shown(self, request):
        return any(request.user.has_perm(permission) for permission in self.permissions)


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (CSV or XLSX)"),
        allow_empty_file=True,  # an empty file gets the import's own message
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "At most %(size)s MB and %(rows)s rows. Download the template to see the columns."
        ) % {"size": megabytes(MAX_FILE_BYTES), "rows": MAX_ROWS}


class ImportUploadView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    permission_required = IMPORT_PERMISSION
    raise_exception = True
    template_name = "artisans/admin/registry_import_upload.html"
    form_class = ImportForm
    page_title = gettext_lazy("Import the registry")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def form_valid(self, form):
        try:
            record = services.preview_import(
                form.cleaned_data["file"], self.request.user, regency_code(self.request)
            )
        except SheetRefused as refusal:
            form.add_error("file", refusal.message)
            return self.form_invalid(form)
        return redirect("registry_import_report", record.pk)


class ImportListView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = REPORTS_PERMISSION
    raise_exception = True
    template_name = "artisans/admin/registry_import_list.html"
    page_title = gettext_lazy("Registry imports")
    header_icon = "list-ul"
    per_page = 50

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        imports = RegistryImport.objects.select_related("uploaded_by", "applied_by")
        page = Paginator(imports, self.per_page).get_page(self.request.GET.get("p"))
        can_import = self.request.user.has_perm(IMPORT_PERMISSION)
        return super().get_context_data(imports=page, can_import=can_import, **kwargs)


class ImportReportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """The preview of an import (with its Confirm button) and, once imported, its report."""

    permission_required = REPORTS_PERMISSION
    raise_exception = True
    template_name = "artisans/admin/registry_import_report.html"
    header_icon = "table"
    rows_per_page = 200
    refresh_seconds = 5

    def has_permission(self):
        user = self.request.user
        if self.request.method == "POST":
            return user.has_perm(IMPORT_PERMISSION)
        return user.has_perm(REPORTS_PERMISSION) or user.has_perm(IMPORT_PERMISSION)

    def get_page_title(self):
        return _("Import of %(file)s") % {"file": self.record.file_name}

    def get_page_subtitle(self):
        return self.record.get_status_display()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            REGISTRY_BREADCRUMB,
            {"url": "", "label": self.record.file_name},
        ]

    def get(self, request, pk):
        self.record = get_object_or_404(
            RegistryImport.objects.select_related("uploaded_by", "applied_by"), pk=pk
        )
        return self.render_to_response(self.get_context_data())

    def post(self, request, pk):
        record = get_object_or_404(RegistryImport, pk=pk)
        if not services.confirm_import(record, request.user, regency_code(request)):
            messages.error(request, _("This import is no longer awaiting confirmation."))
            return redirect("registry_import_report", record.pk)
        record.refresh_from_db()
        failure = (record.report or {}).get("failure")
        if record.status == ImportStatus.APPLIED:
            messages.success(
                request,
                _("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.")
                % {
                    "created": record.created,
                    "updated": record.updated,
                    "unchanged": record.unchanged,
                },
            )
        elif record.status == ImportStatus.IMPORTING:
            messages.info(
                request,
                _(
                    "The import has started. This page shows its report once every row is "
                    "written; you may leave it and come back."
                ),
            )
        elif failure:
            messages.warning(request, describe(problem(failure)))
        return redirect("registry_import_report", record.pk)

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if self.record.status == ImportStatus.IMPORTING and not self.record.is_stalled:
            # Browsers load the page again by themselves until the worker is done.
            response["Refresh"] = str(self.refresh_seconds)
        return response

    def get_context_data(self, **kwargs):
        record = self.record
        show = self.request.GET.get("show", "")
        show = show if show in SHOWN else "all"
        report = record.report or {}
        rows = [
            row for row in report.get("rows", []) if show == "all" or row["action"] in SHOWN[show]
        ]
        page = Paginator(rows, self.rows_per_page).get_page(self.request.GET.get("p"))
        page.object_list = [self.shown_row(row) for row in page.object_list]
        failure = report.get("failure")
        return super().get_context_data(
            record=record,
            rows=page,
            show=show,
            failure=describe(problem(failure)) if failure else "",
            ignored=report.get("ignored", []),
            can_confirm=record.can_be_confirmed and self.request.user.has_perm(IMPORT_PERMISSION),
            **kwargs,
        )

    def shown_row(self, row):
        pk = row.get("artisan")
        url = reverse("wagtailsnippets_artisans_artisan:edit", args=[pk]) if pk else ""
        changes = [
            {**change, "column": BY_KEY[change["column"]].header} for change in row["changes"]
        ]
        return {
            **row,
            "action_label": ACTIONS.get(row["action"], row["action"]),
            "problems": [describe(item) for item in row["problems"]],
            "notes": [describe(item) for item in row["notes"]],
            "changes": changes,
            "artisan_url": url,
        }


def admin_urls():
    from .registry_export_admin import RegistryExportView, TemplateDownloadView

    return [
        path("registry/import/", ImportUploadView.as_view(), name="registry_import"),
        path("registry/imports/", ImportListView.as_view(), name="registry_import_list"),
        path(
            "registry/imports/<int:pk>/", ImportReportView.as_view(), name="registry_import_report"
        ),
        path("registry/export/", RegistryExportView.as_view(), name="registry_export"),
        path("registry/template/", TemplateDownloadView.as_view(), name="registry_template"),
    ]
