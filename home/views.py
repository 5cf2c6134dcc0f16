"""Site search: pages of the showcase and products of the catalog, in the visitor's language."""

from django import forms
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from catalog.models import Product

PAGE_RESULTS = 20
PRODUCT_RESULTS = 12


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=100, required=False)


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    pages, products = [], []
    if query:
        pages = list(
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .search(query)[:PAGE_RESULTS]
        )
        products = Product.objects.live().found_by(query, limit=PRODUCT_RESULTS)
    return render(
        request,
        "home/search.html",
        {"form": form, "query": query, "pages": pages, "products": products},
    )
