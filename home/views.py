"""Site search: pages of the showcase and products of the catalog, in the visitor's language."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from artisans.models import ArtisanPage
from catalog.models import Product
from home.page_cache import cacheable_page
from home.search import MAX_SEARCH_LENGTH, search_words

PAGE_RESULTS = 20
PRODUCT_RESULTS = 12


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=MAX_SEARCH_LENGTH, required=False)


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    words = search_words(query)
    pages, products = [], []
    if words:
        found = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .search(words)[: PAGE_RESULTS * 2]
        )
        # Profiles of deactivated artisans are not public: drop them after ranking.
        hidden = set(
            ArtisanPage.objects.filter(
                pk__in=[page.pk for page in found], artisan__is_active=False
            ).values_list("pk", flat=True)
        )
        pages = [page for page in found if page.pk not in hidden][:PAGE_RESULTS]
        products = Product.objects.live().found_by(words, limit=PRODUCT_RESULTS)
    return cacheable_page(
        render(
            request,
            "home/search.html",
            {"form": form, "query": query, "pages": pages, "products": products},
        )
    )
