"""The catalog's filters and sort, read from the URL so a filtered list can be shared.

Every parameter is validated here: an invalid one is dropped, never an error page.
"""

from django import forms
from django.core.validators import RegexValidator
from django.db.models import Count
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.forms import ListFilterForm

MAX_PRICE = 10**12  # rupiah; Stripe's limit for IDR is 12 digits in minor units anyway
SORTS = {
    "newest": (_("Newest"), ("-created_at", "-pk")),
    "price": (_("Price: low to high"), ("price", "pk")),
    "-price": (_("Price: high to low"), ("-price", "pk")),
    "name": (_("Name"), ("name", "pk")),
}
FACETS = {
    # facet: (lookup for filtering, value field, label field, English label field)
    "technique": ("technique__slug", "technique__slug", "technique__name", "technique__name_en"),
    "motif": ("motif__slug", "motif__slug", "motif__title", None),
    "material": ("materials__slug", "materials__slug", "materials__name", "materials__name_en"),
    "district": (
        "artisan__district_id",
        "artisan__district_id",
        "artisan__district__name",
        None,
    ),
}


class ProductFilterForm(ListFilterForm):
    category = forms.SlugField(required=False)
    technique = forms.SlugField(label=_("Technique"), required=False)
    motif = forms.SlugField(label=_("Motif"), required=False)
    material = forms.SlugField(label=_("Material"), required=False)
    district = forms.CharField(
        label=_("District"),
        required=False,
        max_length=13,
        validators=[RegexValidator(r"^\d{2}(\.\d{2}){1,2}$")],
    )
    min_price = forms.IntegerField(label=_("Lowest price"), required=False, min_value=0)
    max_price = forms.IntegerField(
        label=_("Highest price"), required=False, min_value=0, max_value=MAX_PRICE
    )
    in_stock = forms.BooleanField(label=_("In stock"), required=False)
    halal = forms.BooleanField(label=_("Halal"), required=False)
    export = forms.BooleanField(label=_("Ready for export"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort"),
        required=False,
        choices=[(key, label) for key, (label, _order) in SORTS.items()],
    )

    @property
    def is_filtering(self):
        values = self.cleaned_values()
        return any(name not in {"category", "sort"} for name in values)

    def apply(self, products, skip=None):
        """`products` narrowed by every valid filter (but `skip`, for its facet counts)."""
        values = self.cleaned_values()
        for facet, (lookup, *_fields) in FACETS.items():
            if facet != skip and values.get(facet):
                products = products.filter(**{lookup: values[facet]})
        if values.get("min_price") is not None:
            products = products.filter(price__gte=values["min_price"])
        if values.get("max_price") is not None:
            products = products.filter(price__lte=values["max_price"])
        if values.get("in_stock"):
            products = products.in_stock()
        if values.get("halal"):
            products = products.exclude(halal_number="")
        if values.get("export"):
            products = products.filter(export_ready=True)
        return products

    def ordering(self):
        return SORTS[self.cleaned_values().get("sort") or "newest"][1]

    def facet_counts(self, products):
        """For each facet, (value, label, count) of what the other filters leave: one query each."""
        english = (get_language() or "").startswith("en")
        counts = {}
        for facet, (_lookup, value_field, label_field, english_field) in FACETS.items():
            fields = [value_field, label_field] + ([english_field] if english_field else [])
            narrowed = self.apply(products, skip=facet)
            rows = (
                narrowed.exclude(**{f"{value_field}__isnull": True})
                .values(*fields)
                .annotate(count=Count("pk", distinct=True))
                .order_by(label_field)
            )
            counts[facet] = [
                (
                    row[value_field],
                    (english and english_field and row[english_field]) or row[label_field],
                    row["count"],
                )
                for row in rows
            ]
        return counts
