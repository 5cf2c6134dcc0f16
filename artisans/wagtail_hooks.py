"""Admin for the registry: artisans, associations and techniques as snippets; the registry's
spreadsheets (import with its reports, export, template) in the same Registry menu."""

from django.http import HttpResponseForbidden
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.admin_access import PermissionCheckedChooserViewSet

from .accounts import ARTISANS_GROUP, grant_profile_access, open_to_artisans
from .admin_panels import YourProfilePanel
from .evidence import certificate_evidence
from .models import Artisan, ArtisanIndexPage, ArtisanPage, Association, Technique
from .registry_admin import IMPORT_PERMISSION, REPORTS_PERMISSION, PermissionMenuItem, admin_urls
from .registry_export_admin import EXPORT_PERMISSION


class ArtisanViewSet(SnippetViewSet):
    model = Artisan
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "group"
    list_display = ["business_name", "owner_name", "sector", "district"]
    list_filter = ["sector", "is_active"]
    search_fields = ["business_name", "owner_name"]
    ordering = ["business_name"]

    def get_queryset(self, request):
        return Artisan.objects.select_related("district")


class TechniqueViewSet(SnippetViewSet):
    model = Technique
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "tag"
    list_display = ["name", "name_en", "slug"]


class AssociationViewSet(SnippetViewSet):
    model = Association
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]


class RegistryViewSetGroup(SnippetViewSetGroup):
    items = (ArtisanViewSet, AssociationViewSet, TechniqueViewSet)
    menu_icon = "group"
    menu_label = _("Registry")
    menu_name = "registry"
    menu_order = 200
    submenu_hook = "register_registry_menu_item"


register_snippet(RegistryViewSetGroup)
hooks.register("register_admin_urls", admin_urls)


@hooks.register("register_admin_urls")
def certificate_evidence_url():
    return [
        path(
            "registry/certificates/<int:pk>/evidence/",
            certificate_evidence,
            name="artisans_certificate_evidence",
        )
    ]


@hooks.register("register_registry_menu_item")
def registry_import_menu_item():
    return PermissionMenuItem(
        _("Import"),
        reverse("registry_import"),
        name="registry-import",
        icon_name="upload",
        order=10,
        permissions=[IMPORT_PERMISSION],
    )


@hooks.register("register_registry_menu_item")
def registry_import_reports_menu_item():
    return PermissionMenuItem(
        _("Import reports"),
        reverse("registry_import_list"),
        name="registry-import-reports",
        icon_name="list-ul",
        order=11,
        permissions=[REPORTS_PERMISSION],
    )


@hooks.register("register_registry_menu_item")
def registry_export_menu_item():
    return PermissionMenuItem(
        _("Export"),
        reverse("registry_export"),
        name="registry-export",
        icon_name="download",
        order=12,
        permissions=[EXPORT_PERMISSION],
    )


@hooks.register("register_registry_menu_item")
def registry_template_menu_item():
    return PermissionMenuItem(
        _("Template"),
        reverse("registry_template"),
        name="registry-template",
        icon_name="doc-full",
        order=13,
        permissions=[IMPORT_PERMISSION, EXPORT_PERMISSION],
    )


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


def is_artisan_account(user):
    """An artisan's own account, as opposed to the council's editors."""
    return user.groups.filter(name=ARTISANS_GROUP).exists() and not user.has_perm(
        "artisans.change_artisan"
    )


def refuse_to_artisan_accounts(request):
    """Artisans keep their own profile; creating and copying pages is the council's job."""
    if is_artisan_account(request.user):
        return HttpResponseForbidden(_("Only the council's editors can create or copy pages."))
    return None


@hooks.register("construct_explorer_page_queryset")
def artisans_see_only_their_own_pages(parent_page, pages, request):
    """The page explorer shows an artisan their own profiles, not the other artisans'."""
    if is_artisan_account(request.user):
        return pages.filter(owner=request.user)
    return pages


@hooks.register("construct_reports_menu")
def no_council_reports_for_artisans(request, menu_items):
    """Site history and workflow reports are the council's, not the artisans'."""
    if is_artisan_account(request.user):
        menu_items[:] = []


@hooks.register("before_create_page")
def only_editors_create_pages(request, parent_page, page_class):
    return refuse_to_artisan_accounts(request)


@hooks.register("before_copy_page")
def only_editors_copy_pages(request, page):
    return refuse_to_artisan_accounts(request)


@hooks.register("construct_homepage_panels")
def add_your_profile_panel(request, panels):
    panels.append(YourProfilePanel(request.user))


@hooks.register("register_log_actions")
def register_registry_log_actions(actions):
    actions.register_action(
        "artisans.registry_import", _("Registry import"), _("Registry sheet imported")
    )

    @actions.register_action("artisans.imported")
    class ImportedFormatter(LogFormatter):
        label = _("Imported")

        def format_message(self, log_entry):
            text = _("Created by the import of %(file)s")
            if not log_entry.data.get("new"):
                text = _("Updated by the import of %(file)s")
            return text % {"file": log_entry.data.get("file", "")}
