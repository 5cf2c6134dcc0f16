"""Public catalog views. They only ask the querysets; rules live in models."""

from functools import partial

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.urls import reverse
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from home.models import CouncilSettings
from home.page_cache import CacheablePageMixin, remembered
from home.renditions import RENDITIONS, SHARE, rendition
from home.translation import live_translation

from .forms import ProductFilterForm
from .models import Category, Product
from .models.products import card_prefetches
from .related import related_products, share_links
from .structured_data import product_structured_data


class RememberedCountPaginator(Paginator):
    """Counts the list once per state of the catalog (see `home.page_cache.remembered`)."""

    def __init__(self, *args, count_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key

    @cached_property
    def count(self):
        return remembered(("count", *self.count_key), self.object_list.count)


class ProductListView(CacheablePageMixin, ListView):
    template_name = "catalog/product_list.html"
    context_object_name = "products"
    paginate_by = 24
    paginator_class = RememberedCountPaginator

    def get_queryset(self):
        self.form = ProductFilterForm(self.request.GET)
        slug = self.form.cleaned_values().get("category")
        self.category = Category.objects.filter(slug=slug).first() if slug else None
        products = Product.objects.live()
        if self.category is not None:
            # The category's subtree is looked up once and shared by the list and its facets.
            products = products.in_category(self.category)
        # Counting over a national catalog is the list's costly part: the counts are kept
        # until the catalog changes, per filters (the sort and the page change no count).
        self.list_key = (self.category and self.category.pk, self.form.filter_key())
        self.facets = remembered(
            ("facets", get_language(), *self.list_key), lambda: self.form.facet_counts(products)
        )
        return self.form.apply(products).with_card_data().order_by(*self.form.ordering())

    def get_paginator(self, queryset, per_page, **kwargs):
        return super().get_paginator(queryset, per_page, count_key=self.list_key, **kwargs)

    def paginate_queryset(self, queryset, page_size):
        """As every index (home.pagination): the first page for a malformed ?page=, the last
        for one past the end, where ListView would answer 404 to a stale or shared link."""
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        context["categories"] = Category.objects.filter(parent=None)
        context["filter_form"] = self.form
        context["facets"] = self.facets
        return context


class ProductDetailView(CacheablePageMixin, DetailView):
    """A product's page. The product is read with what its title and fragment keys need; its
    photos, variants, tiers and materials only when the page's body, its JSON-LD or its sharing
    image are rendered, which are kept until the catalog changes (`remembered`), as its row is: a
    product whose page was seen costs no query besides the site's header and footer."""

    template_name = "catalog/product_detail.html"
    context_object_name = "product"

    def get_queryset(self):
        return Product.objects.live().select_related(
            "artisan__district", "category", "technique", "motif__locale"
        )

    def get_object(self, queryset=None):
        # The product's row and its maker's, category's, technique's and motif's are read
        # once per state of the catalog: a page seen before costs no query of its own.
        slug = self.kwargs[self.slug_url_kwarg]
        return remembered(("product-row", slug), partial(super().get_object, queryset))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        product = self.object
        request = self.request
        detailed = SimpleLazyObject(partial(with_page_data, product))
        # The address search engines know the page by (its `<link rel="canonical">`); with the
        # language and the host, it tells apart the kept parts of the page.
        product_url = request.build_absolute_uri(product.get_absolute_url())
        context["product_url"] = product_url
        context["detailed_product"] = detailed
        context["share_image_url"], context["structured_data"] = remembered(
            ("product-head", product.pk, product_url),
            lambda: (
                share_image_url(detailed, request),
                product_structured_data(detailed, request, reverse("catalog:product_list")),
            ),
        )
        # Looked up only when the page's body is not kept already.
        context["profile_page"] = SimpleLazyObject(partial(profile_page_for, product, request))
        # No query when the product names the story in the visitor's language (`motif__locale`).
        context["motif_page"] = SimpleLazyObject(partial(live_translation, product.motif))
        context["whatsapp_url"] = SimpleLazyObject(partial(whatsapp_url_for, product, request))
        context["share_links"] = SimpleLazyObject(partial(share_links, product, product_url))
        # Looked up only when the page's "You may also like" is not kept already.
        context["related_products"] = SimpleLazyObject(partial(related_products, product))
        return context


def with_page_data(product):
    """`product` with what its page shows besides its own row: photos with the renditions the
    page shows, variants, wholesale tiers and materials (once)."""
    if not getattr(product, "_page_data_loaded", False):
        prefetch_related_objects(
            [product],
            *card_prefetches(RENDITIONS["product_photo"]),
            "wholesale_tiers",
            "materials",
        )
        product._page_data_loaded = True
    return product


def share_image_url(product, request):
    """The absolute address of the product's sharing image (og:image), or None."""
    photo = product.main_image
    if photo is None:
        return None
    return request.build_absolute_uri(rendition(photo.image, SHARE[0]).url)


def profile_page_for(product, request):
    """The maker's live profile page in the visitor's language, or None."""
    pages = product.artisan.profile_pages.live()
    return pages.filter(locale__language_code=request.LANGUAGE_CODE).first()


def whatsapp_url_for(product, request):
    return product.whatsapp_inquiry_url(CouncilSettings.for_request(request).site_name)
