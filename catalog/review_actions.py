"""The council's moderation queue: approve or send back many listings at once (Wagtail bulk
actions on the product list, filtered to what awaits review)."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from home.admin_access import ModelPermissionRequiredMixin

from . import listings
from .models import Product


class ListingReviewBulkAction(ModelPermissionRequiredMixin, SnippetBulkAction):
    models = [Product]
    template_name = "catalog/admin/confirm_listing_review.html"
    no_access_message = _("You may not publish these listings")

    def check_perm(self, snippet):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "publish", snippet
        )


class ApproveListingsBulkAction(ListingReviewBulkAction):
    display_name = _("Approve")
    action_type = "approve_listing"
    aria_label = _("Approve the selected listings")
    action_priority = 10

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        # Only listings awaiting review are approved: a hidden or sent-back one stays as it is.
        approved = [product for product in objects if listings.approve_listing(product, user)]
        return len(approved), 0

    def get_execution_context(self):
        return {"user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d listing approved and live.",
            "%(count)d listings approved and live.",
            num_parent_objects,
        ) % {"count": num_parent_objects}


class SendBackForm(forms.Form):
    note = forms.CharField(
        label=_("What should the artisan change?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("Shown to the artisan next to each listing."),
    )


class SendBackListingsBulkAction(ListingReviewBulkAction):
    display_name = _("Send back")
    action_type = "send_back_listing"
    aria_label = _("Send the selected listings back to their artisans")
    action_priority = 20
    form_class = SendBackForm

    @classmethod
    def execute_action(cls, objects, user=None, note="", **kwargs):
        sent_back = [p for p in objects if listings.send_back_listing(p, user, note)]
        return len(sent_back), 0

    def get_execution_context(self):
        return {"user": self.request.user, "note": self.cleaned_form.cleaned_data["note"]}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d listing sent back to its artisan.",
            "%(count)d listings sent back to their artisans.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
