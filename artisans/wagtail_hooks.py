"""Admin for the registry: artisans and techniques as snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Artisan, Technique


class ArtisanViewSet(SnippetViewSet):
    model = Artisan
    icon = "group"
    list_display = ["business_name", "owner_name", "sector", "district"]
    list_filter = ["sector", "is_active"]
    search_fields = ["business_name", "owner_name"]
    ordering = ["business_name"]

    def get_queryset(self, request):
        return Artisan.objects.select_related("district")


class TechniqueViewSet(SnippetViewSet):
    model = Technique
    icon = "tag"
    list_display = ["name", "name_en", "slug"]


class RegistryViewSetGroup(SnippetViewSetGroup):
    items = (ArtisanViewSet, TechniqueViewSet)
    menu_icon = "group"
    menu_label = _("Registry")
    menu_name = "registry"
    menu_order = 200


register_snippet(RegistryViewSetGroup)
