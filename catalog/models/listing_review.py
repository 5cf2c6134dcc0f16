"""The review a listing goes through before buyers see it.

A product's database row is always what buyers see (its published version). An artisan's
new or changed listing is saved as a Wagtail revision and marked as submitted; an editor
approves it (the revision is published) or rejects it with a reason. Stock is not part of
the review: it changes at once and is kept when a revision is published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewState(models.TextChoices):
    NONE = "", _("Not submitted")
    SUBMITTED = "submitted", _("Awaiting review")
    REJECTED = "rejected", _("Rejected")


class ListingStatus(models.TextChoices):
    """What an artisan sees next to each of their listings."""

    LIVE = "live", _("Live")
    AWAITING_REVIEW = "awaiting_review", _("Awaiting review")
    CHANGES_AWAITING_REVIEW = "changes_awaiting_review", _("Live; changes awaiting review")
    REJECTED = "rejected", _("Needs changes")
    HIDDEN = "hidden", _("Hidden")


class ListingReview(models.Model):
    review_state = models.CharField(
        _("review"), max_length=12, choices=ReviewState.choices, default="", blank=True
    )
    review_note = models.TextField(
        _("note from the council"),
        blank=True,
        help_text=_("Why a listing was sent back, shown to the artisan."),
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, editable=False)
    # What the council last approved, and whether the artisan (not the council) took the
    # listing off the site: only then may the artisan put that version back by themselves.
    approved_revision = models.ForeignKey(
        "wagtailcore.Revision",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_by_artisan = models.BooleanField(default=False, editable=False)

    class Meta:
        abstract = True

    @property
    def listing_status(self):
        if self.review_state == ReviewState.REJECTED:
            return ListingStatus.REJECTED
        if self.review_state == ReviewState.SUBMITTED:
            if self.live:
                return ListingStatus.CHANGES_AWAITING_REVIEW
            return ListingStatus.AWAITING_REVIEW
        return ListingStatus.LIVE if self.live else ListingStatus.HIDDEN

    @property
    def can_be_shown_again(self):
        """Hidden by its artisan, with nothing changed since the council approved it."""
        return (
            not self.live
            and self.hidden_by_artisan
            and self.review_state == ReviewState.NONE
            and self.approved_revision_id is not None
            and self.latest_revision_id == self.approved_revision_id
        )

    def listing_status_label(self):
        return self.listing_status.label

    listing_status_label.short_description = _("status")
