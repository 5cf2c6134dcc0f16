"""The council's inbox on the Wagtail dashboard: how many inquiries are new, overdue and
assigned to the editor, each number linking to the list filtered to it."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from .admin_filters import ASSIGNED_TO_ME, OPEN, OVERDUE
from .models import Inquiry, InquiryStatus

LIST_URL_NAME = "wagtailsnippets_inquiries_inquiry:list"


class InquiriesPanel(Component):
    name = "inquiries"
    template_name = "inquiries/admin/inbox_panel.html"
    order = 55

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        inquiries = Inquiry.objects.all()
        list_url = reverse(LIST_URL_NAME)
        counts = [
            (_("New"), inquiries.filter(status=InquiryStatus.NEW), {"status": InquiryStatus.NEW}),
            (_("Overdue"), inquiries.overdue(), {"overdue": OVERDUE}),
            (
                _("Assigned to me, open"),
                inquiries.open().filter(assigned_to=self.user),
                {"assigned": ASSIGNED_TO_ME, "status": OPEN},
            ),
        ]
        return {
            "counts": [
                {"label": label, "count": queryset.count(), "url": f"{list_url}?{urlencode(query)}"}
                for label, queryset, query in counts
            ],
            "list_url": list_url,
        }
