"""Registry > Export and Template in the Wagtail admin: the registry in the import's columns
(CSV or XLSX, by sector and district) and the template sheet to fill in."""

from django import forms
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Region, RegionLevel, Sector
from .registry_admin import IMPORT_PERMISSION, regency_code
from .registry_import.export import registry_csv, registry_for_export, registry_xlsx
from .registry_import.template import template_xlsx

EXPORT_PERMISSION = "artisans.view_artisan"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"


def council_districts(request):
    districts = Region.objects.filter(level=RegionLevel.DISTRICT)
    code = regency_code(request)
    return (districts.filter(parent_id=code) if code else districts).order_by("code")


def download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class ExportForm(forms.Form):
    sector = forms.ChoiceField(
        label=_("Sector"), choices=[("", _("All sectors")), *Sector.choices], required=False
    )
    district = forms.ModelChoiceField(
        label=_("District"),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("All districts"),
    )
    format = forms.ChoiceField(
        label=_("Format"), choices=[("xlsx", "XLSX"), ("csv", "CSV")], initial="xlsx"
    )

    def __init__(self, *args, districts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["district"].queryset = districts


class RegistryExportView(PermissionRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_required = EXPORT_PERMISSION
    raise_exception = True
    template_name = "artisans/admin/registry_export.html"
    page_title = _("Export the registry")
    header_icon = "download"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        districts = council_districts(request)
        if "format" not in request.GET:
            form = ExportForm(districts=districts)
            return self.render_to_response(self.get_context_data(form=form))
        form = ExportForm(request.GET, districts=districts)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        sector, district = form.cleaned_data["sector"], form.cleaned_data["district"]
        artisans = registry_for_export(sector, district)
        name = "-".join(
            part
            for part in ["registri-ikm", sector, district.code if district else "", _today()]
            if part
        )
        if form.cleaned_data["format"] == "csv":
            return download(registry_csv(artisans), CSV_TYPE, f"{name}.csv")
        return download(registry_xlsx(artisans), XLSX_TYPE, f"{name}.xlsx")


def _today():
    return timezone.localdate().isoformat()


class TemplateDownloadView(PermissionRequiredMixin, View):
    raise_exception = True

    def has_permission(self):
        user = self.request.user
        return user.has_perm(IMPORT_PERMISSION) or user.has_perm(EXPORT_PERMISSION)

    def get(self, request):
        content = template_xlsx(list(council_districts(request)))
        return download(content, XLSX_TYPE, "template-registri-ikm.xlsx")
