"""The erasures of buyers' data in the history of each order and inquiry."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .retention import BY_REQUEST, BY_SCHEDULE, ERASED

MESSAGES = {
    BY_REQUEST: _("Personal data erased at the buyer's request"),
    BY_SCHEDULE: _("Personal data erased: kept as long as allowed"),
}


@hooks.register("register_log_actions")
def register_privacy_log_actions(actions):
    @actions.register_action(ERASED)
    class ErasedFormatter(LogFormatter):
        label = _("Personal data erased")

        def format_message(self, log_entry):
            return MESSAGES.get(log_entry.data.get("reason"), self.label)
