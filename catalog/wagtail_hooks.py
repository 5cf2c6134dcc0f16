"""Admin for the catalog: products and categories as snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Category, Material, Product


class ProductViewSet(SnippetViewSet):
    model = Product
    icon = "tag"
    list_display = ["name", "artisan", "category", "price", "stock", "listing_status_label"]
    list_filter = ["live", "review_state", "category"]
    # Plain database matching in the admin: the full-text backend on SQLite fails on a stray ".
    search_backend_name = None
    search_fields = ["name", "name_en", "slug"]

    def get_queryset(self, request):
        return Product.objects.select_related("artisan", "category")


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    list_display = ["name", "name_en", "parent"]


class MaterialViewSet(SnippetViewSet):
    model = Material
    icon = "list-ul"
    list_display = ["name", "name_en", "slug"]


class CatalogViewSetGroup(SnippetViewSetGroup):
    items = (ProductViewSet, CategoryViewSet, MaterialViewSet)
    menu_icon = "tag"
    menu_label = _("Catalog")
    menu_name = "catalog"
    menu_order = 210


register_snippet(CatalogViewSetGroup)
