"""The council's inbox in the Wagtail admin: the list of inquiries (filters, overdue flag,
assignee, CSV/XLSX export), each opening its thread page; and the Dekranasda's saved replies.

Inquiries change only through the thread page (`admin_views`), which calls `services`: the
admin has no form that edits an inquiry's fields, and nobody adds one by hand."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from home.admin_access import PermissionCheckedChooserViewSet

from .admin_filters import InquiryFilterSet
from .admin_forms import council_saved_replies
from .models import Inquiry, SavedReply

THREAD_URL_NAME = "inquiry_admin_thread"

# Characters that make a spreadsheet read a cell as a formula: buyers' text must stay text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text_cell(value):
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def editor_name(user):
    return (user.get_full_name() or user.get_username()) if user else ""


class InquiryStatusColumn(Column):
    """The inquiry's state, and a red flag when it waits too long for its first answer."""

    cell_template_name = "inquiries/admin/status_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue_days"] = settings.INQUIRY_ANSWER_WORKING_DAYS
        return context


class InquiryIndexView(SnippetIndexView):
    # Every text a buyer typed goes into the CSV as text, never as a formula.
    custom_field_preprocess = {
        field: {"csv": as_text_cell}
        for field in [
            "name",
            "email",
            "whatsapp",
            "company",
            "message",
            "motif",
            "colours",
            "size",
            "artisan",  # names typed by artisans, too
            "product",
        ]
    }

    def get_edit_url(self, instance):
        return reverse(THREAD_URL_NAME, args=[instance.pk])

    def get_add_url(self):
        return None


class InquiryViewSet(SnippetViewSet):
    model = Inquiry
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "mail"
    menu_label = _("Inbox")
    index_view_class = InquiryIndexView
    filterset_class = InquiryFilterSet
    ordering = ["-created_at", "-pk"]
    search_fields = ["name", "email", "company", "message"]
    search_backend_name = None
    copy_view_enabled = False
    list_per_page = 50
    list_display = [
        "__str__",
        InquiryStatusColumn("status", label=_("Status"), sort_key="status"),
        Column("artisan", label=_("Artisan")),
        Column("country", label=_("Destination country"), accessor="country.name"),
        Column(
            "assigned_to", label=_("Assigned to"), accessor=lambda i: editor_name(i.assigned_to)
        ),
        DateColumn("created_at", label=_("Received"), sort_key="created_at"),
        DateColumn("last_message_at", label=_("Last message"), sort_key="last_message_at"),
    ]
    list_export = [
        "pk",
        "get_kind_display",
        "get_status_display",
        "is_overdue",
        "name",
        "email",
        "whatsapp",
        "company",
        "country.name",
        "language",
        "artisan",
        "product",
        "quantity",
        "incoterm",
        "wanted_by",
        "samples_wanted",
        "motif",
        "colours",
        "size",
        "message",
        "assigned_to",
        "created_at",
        "first_answered_at",
        "last_message_at",
        "quoted_amount",
        "quoted_currency",
        "quote_valid_until",
    ]
    export_headings = {
        "pk": _("Number"),
        "get_kind_display": _("Type"),
        "get_status_display": _("Status"),
        "is_overdue": _("Overdue"),
        "country.name": _("Destination country"),
    }
    export_filename = "pasar-kriya-inquiries"

    def get_queryset(self, request):
        return Inquiry.objects.select_related("artisan", "product", "assigned_to")

    @property
    def add_view(self):
        # Inquiries come from buyers (through `services.submit_inquiry`), never from this form.
        index = self.get_url_name("list")
        return lambda request: redirect(index)

    @property
    def edit_view(self):
        def to_thread(request, pk):
            if not str(pk).isdigit():
                raise Http404
            return redirect(THREAD_URL_NAME, pk)

        return to_thread


class CouncilOnlyMixin:
    """An artisan's own saved replies are not the Dekranasda's to edit."""

    def get_queryset(self):
        return council_saved_replies()


class SavedReplyEditView(CouncilOnlyMixin, EditView):
    pass


class SavedReplyDeleteView(CouncilOnlyMixin, DeleteView):
    pass


class SavedReplyViewSet(SnippetViewSet):
    """The Dekranasda's replies to common questions, offered on every thread page."""

    model = SavedReply
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "openquote"
    menu_label = _("Saved replies")
    form_fields = ["title", "body"]
    edit_view_class = SavedReplyEditView
    delete_view_class = SavedReplyDeleteView
    copy_view_enabled = False
    list_display = ["title", "body"]
    search_fields = ["title", "body"]
    search_backend_name = None

    def get_queryset(self, request):
        return council_saved_replies()


class InquiriesViewSetGroup(SnippetViewSetGroup):
    items = (InquiryViewSet, SavedReplyViewSet)
    menu_icon = "mail"
    menu_label = _("Inquiries")
    menu_name = "inquiries"
    menu_order = 208
