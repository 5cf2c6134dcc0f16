"""Admin for the registry: artisans and techniques as snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .accounts import grant_profile_access, open_to_artisans
from .admin_panels import YourProfilePanel
from .models import Artisan, ArtisanIndexPage, ArtisanPage, Technique


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


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def give_members_access_to_their_profile(request, instance):
    """Accounts added to an artisan in the admin can then edit its profile (for approval)."""
    if isinstance(instance, Artisan):
        grant_profile_access(instance)


@hooks.register("after_create_page")
def open_new_artisan_index_to_artisans(request, page):
    if isinstance(page.specific, ArtisanIndexPage):
        open_to_artisans(page)
    elif isinstance(page.specific, ArtisanPage):
        grant_profile_access(page.specific.artisan)


@hooks.register("construct_homepage_panels")
def add_your_profile_panel(request, panels):
    panels.append(YourProfilePanel(request.user))
