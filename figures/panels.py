"""The council's headline figures on the Wagtail dashboard, each linking to its report."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from . import queries
from .reports import REGISTRY, REVIEW


class FiguresPanel(Component):
    name = "council_figures"
    template_name = "figures/panel.html"
    order = 45

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        counts = queries.headline()
        today = timezone.localdate()
        figures = [
            (counts["total"], _("IKM in the registry"), "figures_sectors"),
            (counts["food"], _("food and drink"), "figures_sectors"),
            (counts["crafts"], _("crafts"), "figures_sectors"),
            (counts["with_nib"], _("with NIB"), "figures_nib"),
            (queries.association_count(), _("associations"), "figures_associations"),
            (
                queries.expiring_certifications(today).count(),
                _("certifications expiring in the next 90 days"),
                "figures_expiring",
            ),
        ]
        if self.user.has_perm(REVIEW):
            figures += [
                (
                    queries.listings_awaiting_review().count(),
                    _("listings awaiting review"),
                    "figures_review",
                ),
                (
                    queries.profiles_awaiting_review().count(),
                    _("profiles awaiting review"),
                    "figures_review",
                ),
            ]
        return {
            "figures": [
                {"count": count, "label": label, "url": reverse(url_name)}
                for count, label, url_name in figures
            ]
        }

    @classmethod
    def is_shown_to(cls, user):
        return user.has_perm(REGISTRY)
