"""Shipping zones and their rates in the Wagtail admin: a zone's provinces are ticked from the
Kemendagri list, its countries picked from the country list, its rates edited below them."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from artisans import kemendagri
from home.admin_access import PermissionCheckedChooserViewSet

from ..models import ShippingZone


class ShippingZoneForm(WagtailAdminModelForm):
    provinces = forms.MultipleChoiceField(
        label=_("Provinces"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("For a zone in Indonesia."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provinces"].choices = [
            (province.code, province.name) for province in kemendagri.provinces()
        ]


class ShippingZoneViewSet(SnippetViewSet):
    model = ShippingZone
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "site"
    menu_label = _("Shipping rates")
    list_display = ["name", "scope", "rate_count"]
    list_filter = ["scope"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("name_en"),
            FieldPanel("scope"),
            FieldPanel("provinces"),
            FieldPanel("countries"),
            InlinePanel("rates", heading=_("Rates"), label=_("Rate"), min_num=1),
        ],
        base_form_class=ShippingZoneForm,
    )

    def get_queryset(self, request):
        return ShippingZone.objects.prefetch_related("rates")
