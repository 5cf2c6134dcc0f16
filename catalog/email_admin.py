"""The outbox in the Wagtail admin: every email with what the mail server answered, and the
failed ones sent again, many at once, by those who handle orders (once the mail server is back
or the reason is dealt with)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet

from home.admin_access import ModelPermissionRequiredMixin, PermissionCheckedChooserViewSet

from .models import OutgoingEmail
from .outbox import send_again

# Emails are about orders and inquiries: whoever may change orders may send them again (the
# emails themselves stay read-only: what was written is what goes).
SEND_AGAIN_PERMISSION = "catalog.change_order"


class OutgoingEmailViewSet(SnippetViewSet):
    """What was sent to whom, and what the mail server refused (retried by the outbox)."""

    model = OutgoingEmail
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "mail"
    menu_label = _("Emails")
    list_display = ["to", "subject", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "kind"]
    search_fields = ["to", "subject"]
    search_backend_name = None
    inspect_view_enabled = True


class SendAgainBulkAction(ModelPermissionRequiredMixin, SnippetBulkAction):
    models = [OutgoingEmail]
    display_name = _("Send again")
    action_type = "send_again"
    aria_label = _("Send these failed emails again")
    template_name = "catalog/admin/confirm_send_again.html"
    action_priority = 10
    no_access_message = _("You may not send these emails again")

    def check_perm(self, email):
        return self.request.user.has_perm(SEND_AGAIN_PERMISSION)

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return send_again(objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        if not num_parent_objects:
            return _("None of these emails had failed: nothing was sent again.")
        return ngettext(
            "%(count)d failed email is being sent again.",
            "%(count)d failed emails are being sent again.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
