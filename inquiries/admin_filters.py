"""The filters of the council's inbox: state, type, artisan, destination country, age, overdue
and assignment. Every value comes from a fixed list, so a hand-typed address cannot break it."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from wagtail.admin.filters import WagtailFilterSet

import django_filters
from django_countries import countries

from artisans.models import Artisan

from .models import Inquiry, InquiryKind, InquiryStatus, working_days_before

TODAY, THIS_WEEK, WAITING, OLDER_THAN_A_WEEK = "today", "week", "waiting", "old"
OVERDUE, OPEN = "yes", "open"
ASSIGNED_TO_ME, ASSIGNED_TO_NOBODY = "me", "nobody"


def age_choices():
    days = settings.INQUIRY_ANSWER_WORKING_DAYS
    return [
        (TODAY, _("Received today")),
        (THIS_WEEK, _("In the last 7 days")),
        (
            WAITING,
            ngettext_lazy(
                "Older than %(days)d working day",
                "Older than %(days)d working days",
                "days",
            )
            % {"days": days},
        ),
        (OLDER_THAN_A_WEEK, _("Older than a week")),
    ]


class InquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(OPEN, _("Open (not closed)")), *InquiryStatus.choices],
        widget=forms.RadioSelect,
        empty_label=_("All"),
        method="filter_status",
    )
    overdue = django_filters.ChoiceFilter(
        label=_("Overdue"),
        choices=[(OVERDUE, _("Only overdue inquiries"))],
        widget=forms.RadioSelect,
        empty_label=_("All"),
        method="filter_overdue",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=InquiryKind.choices,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    assigned = django_filters.ChoiceFilter(
        label=_("Assigned"),
        choices=[
            (ASSIGNED_TO_ME, _("Assigned to me")),
            (ASSIGNED_TO_NOBODY, _("Assigned to nobody")),
        ],
        widget=forms.RadioSelect,
        empty_label=_("All"),
        method="filter_assigned",
    )
    age = django_filters.ChoiceFilter(
        label=_("Received"),
        choices=age_choices,
        widget=forms.RadioSelect,
        empty_label=_("Any time"),
        method="filter_age",
    )
    artisan = django_filters.ModelChoiceFilter(
        label=_("Artisan"),
        queryset=Artisan.objects.filter(inquiries__isnull=False)
        .distinct()
        .order_by("business_name"),
        empty_label=_("All"),
    )
    country = django_filters.ChoiceFilter(label=_("Destination country"), empty_label=_("All"))

    class Meta:
        model = Inquiry
        fields = ["status", "overdue", "kind", "assigned", "age", "artisan", "country"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the countries inquiries named, not the world's 250.
        named = Inquiry.objects.exclude(country="").order_by().values_list("country", flat=True)
        codes = set(named.distinct())
        choices = sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])
        self.filters["country"].extra["choices"] = choices

    def filter_status(self, queryset, name, value):
        return queryset.open() if value == OPEN else queryset.filter(status=value)

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value == OVERDUE else queryset

    def filter_assigned(self, queryset, name, value):
        if value == ASSIGNED_TO_ME:
            return queryset.filter(assigned_to=self.request.user)
        if value == ASSIGNED_TO_NOBODY:
            return queryset.filter(assigned_to__isnull=True)
        return queryset

    def filter_age(self, queryset, name, value):
        now = timezone.now()
        if value == TODAY:
            start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
            return queryset.filter(created_at__gte=start)
        if value == THIS_WEEK:
            return queryset.filter(created_at__gte=now - timedelta(days=7))
        if value == WAITING:
            limit = working_days_before(now, settings.INQUIRY_ANSWER_WORKING_DAYS)
            return queryset.filter(created_at__lt=limit)
        if value == OLDER_THAN_A_WEEK:
            return queryset.filter(created_at__lt=now - timedelta(days=7))
        return queryset
