"""The catalog's search, filters and sort, read from the URL so a filtered list can be shared.

Every parameter is validated here: an invalid one is dropped, never an error page.
"""

from django import forms
from django.core.validators import RegexValidator
from django.db import connection
from django.db.models import Case, Count, Value, When
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.forms import ListFilterForm
from home.page_cache import remembered
from home.search import MAX_SEARCH_LENGTH, search_words

from .models import Product

MAX_PRICE = 10**12  # rupiah; Stripe's limit for IDR is 12 digits in minor units anyway
# A search keeps at most this many best-ranked products: past it, results are noise, and the
# ids travel in the SQL of the list and of each facet count (`pk IN (...)`).
MAX_SEARCH_RESULTS = 1000
RELEVANCE = "relevance"  # the sort of a search, offered only with one
SORTS = {
    RELEVANCE: (_("Relevance"), None),
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
    q = forms.CharField(
        label=_("Search products"),
        max_length=MAX_SEARCH_LENGTH,
        required=False,
        error_messages={"max_length": _("Please use at most 100 characters.")},
    )
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

    @property
    def words(self):
        """The words searched for: empty without a search, or with only punctuation."""
        return search_words(self.cleaned_values().get("q", ""))

    @cached_property
    def ranked_ids(self):
        """Ids of the products matching the search, best first; None without a search (kept
        until the catalog changes: ranking a national catalog costs more than the page)."""
        if not self.words:
            return None
        return remembered(
            ("ranked", self.words),
            lambda: Product.objects.ranked_ids(self.words, MAX_SEARCH_RESULTS),
        )

    def filter_key(self):
        """The search and filters in effect, as a value to key what they count."""
        values = self.cleaned_values()
        return tuple(sorted((name, str(value)) for name, value in values.items() if name != "sort"))

    @property
    def default_sort(self):
        return RELEVANCE if self.words else "newest"

    @property
    def sort_key(self):
        """The sort in effect: the one asked for, else relevance for a search, else newest."""
        sort = self.cleaned_values().get("sort")
        return sort if sort and (sort != RELEVANCE or self.words) else self.default_sort

    def sort_options(self):
        """(value, label, selected) of each sort: relevance only for a search, and the
        default sort with an empty value, so that a new search in the form sorts by relevance."""
        return [
            ("" if key == self.default_sort else key, label, key == self.sort_key)
            for key, (label, _order) in SORTS.items()
            if key != RELEVANCE or self.words
        ]

    def apply(self, products, skip=None):
        """`products` narrowed by the search and every valid filter (but `skip`, for its
        facet counts)."""
        values = self.cleaned_values()
        if self.ranked_ids is not None:
            products = products.filter(pk__in=self.ranked_ids)
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
        """Arguments of `order_by` for the sort in effect."""
        if self.sort_key != RELEVANCE:
            return SORTS[self.sort_key][1]
        ids = self.ranked_ids
        if connection.vendor == "postgresql":
            # One array parameter: a CASE of up to 1,000 branches cost more to build than the
            # page itself.
            rank = RawSQL(  # nosec B611  # the model's own table name; the ids a parameter
                f'array_position(%s::bigint[], "{Product._meta.db_table}"."id")', (ids,)
            )
            return (rank.asc(nulls_last=True), "pk")
        rank = Case(
            *[When(pk=pk, then=Value(position)) for position, pk in enumerate(ids)],
            default=Value(len(ids)),
        )
        return (rank, "pk")

    def facet_counts(self, products):
        """For each facet, (value, label, count) of what the other filters leave: one query each."""
        english = (get_language() or "").startswith("en")
        counts = {}
        for facet, (_lookup, value_field, label_field, english_field) in FACETS.items():
            fields = [value_field, label_field] + ([english_field] if english_field else [])
            narrowed = self.apply(products, skip=facet)
            # Every filter joins at most one row per product (slugs are unique), so a plain
            # count is right; an inner join, not `exclude(isnull)`, reaches the values.
            rows = (
                narrowed.filter(**{f"{value_field}__isnull": False})
                .values(*fields)
                .annotate(count=Count("pk"))
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
