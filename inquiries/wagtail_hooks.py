"""The council's inbox in the Wagtail admin: the Inquiries menu (inbox and saved replies), the
thread page, the dashboard panel and the history of assignments and closings."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from .admin_panels import InquiriesPanel
from .admin_views import VIEW_INQUIRY, admin_urls
from .admin_viewsets import InquiriesViewSetGroup

register_snippet(InquiriesViewSetGroup)
hooks.register("register_admin_urls", admin_urls)


@hooks.register("construct_homepage_panels")
def add_inbox_panel(request, panels):
    if request.user.has_perm(VIEW_INQUIRY):
        panels.append(InquiriesPanel(request.user))


class AssignFormatter(LogFormatter):
    label = _("Assign")

    def format_message(self, log_entry):
        name = log_entry.data.get("assigned_to")
        if name:
            return _("Assigned to %(name)s") % {"name": name}
        return _("Nobody assigned")


@hooks.register("register_log_actions")
def register_inquiry_log_actions(actions):
    actions.register_action("inquiries.assign")(AssignFormatter)
    actions.register_action("inquiries.close", _("Close"), _("Inquiry closed"))
