"""Every URL pattern the site serves (the whole resolver, the admin's and the language-prefixed
ones included), and the reviewed list of Wagtail's own generic views the table covers by group.

A pattern is known by its name ("namespace:name"), or by its route when it has none. Wagtail's
own views are covered by one group each (its namespace, or a name prefix for those without one),
with one representative row below; our own views, and Wagtail's views of our models (snippets,
choosers, settings, bulk actions), each need rows of their own.
"""

from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

from .authorization_cases import ADMIN, ADMIN_USERS, COUNCIL, NOBODY, get

# Reviewed: Wagtail's own admin and serving views, each group with what it holds.
WAGTAIL_NAMESPACES = {
    "wagtailadmin_pages": "page editor (Wagtail's page permissions)",
    "wagtailadmin_api": "the admin's page API (explorer)",
    "wagtailadmin_collections": "collections",
    "wagtailadmin_editing_sessions": "who else is editing",
    "wagtailadmin_reports": "site history, workflows, locked and aging pages",
    "wagtailadmin_workflows": "workflows and tasks",
    "wagtaildocs": "documents",
    "wagtaildocs_chooser": "document chooser",
    "wagtailembeds": "embeds chooser",
    "wagtailimages": "images",
    "wagtailimages_chooser": "image chooser",
    "wagtaillocales": "locales",
    "wagtailredirects": "redirects",
    "wagtailsites": "sites",
    "wagtailsnippets": "the list of snippet models",
    "wagtailusers_groups": "groups",
    "wagtailusers_users": "users",
    "simple_translation": "page translation",
}
# Names without a namespace: the admin's home, explorer, page chooser, account, login and
# password reset, sprite, JavaScript catalogue; documents and private pages served.
WAGTAIL_NAME_PREFIXES = ("wagtailadmin_", "wagtaildocs_", "wagtailcore_")
WAGTAIL_ROUTES = {"admin/test404/", "admin/^.*/$"}  # the admin's 404 page and its catch-all
WAGTAIL_MODULES = ("wagtail.", "django.")


@dataclass(frozen=True)
class Pattern:
    key: str
    route: str
    module: str

    @property
    def namespace(self):
        return self.key.split(":")[0] if ":" in self.key else ""


def walk(resolver, prefix="", namespace=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
            yield Pattern(name or route, route, entry.lookup_str)


def site_patterns():
    return list(walk(get_resolver()))


def is_wagtails_own(pattern):
    if not pattern.module.startswith(WAGTAIL_MODULES):
        return False
    if pattern.namespace:
        return pattern.namespace in WAGTAIL_NAMESPACES
    return pattern.key.startswith(WAGTAIL_NAME_PREFIXES) or pattern.key in WAGTAIL_ROUTES


def uncovered_patterns(cases):
    """Patterns with neither a row nor a Wagtail group: each needs rows."""
    named = {case.name for case in cases}
    return sorted(
        {
            f"{pattern.key} ({pattern.route}, {pattern.module})"
            for pattern in site_patterns()
            if pattern.key not in named and not is_wagtails_own(pattern)
        }
    )


def unknown_rows(cases):
    """Rows whose URL the site no longer has."""
    keys = {pattern.key for pattern in site_patterns()}
    return sorted({case.name for case in cases} - keys)


def home_page(world):
    return (world.home.pk,)


# One row per group of Wagtail's own views: artisans enter the admin, and must meet the
# council's areas closed.
WAGTAIL = [
    get("wagtailadmin_home", ADMIN_USERS),
    get("wagtailadmin_explore_root", COUNCIL),  # artisans open their own pages from home
    get("wagtailadmin_pages:edit", COUNCIL, home_page),
    get("wagtailadmin_pages:add_subpage", COUNCIL, home_page),
    get("wagtailadmin_api:pages:listing", ADMIN_USERS),
    get("wagtailadmin_collections:index", ADMIN),
    # Wagtail shows each user the history of what they may edit.
    get("wagtailadmin_reports:site_history", ADMIN_USERS),
    get("wagtailadmin_workflows:index", ADMIN),
    get("wagtaildocs:index", COUNCIL),
    get("wagtaildocs_chooser:choose", ADMIN_USERS),  # empty without a collection permission
    get("wagtailimages:index", ADMIN_USERS),
    get("wagtailimages_chooser:choose", ADMIN_USERS),
    get("wagtailembeds:chooser", ADMIN_USERS),
    get("wagtaillocales:index", ADMIN),
    get("wagtailredirects:index", ADMIN),
    get("wagtailsites:index", ADMIN),
    get("wagtailsnippets:index", NOBODY),  # empty: every snippet sits in a menu group
    get("wagtailusers_groups:index", ADMIN),
    get("wagtailusers_users:index", ADMIN),
    get("simple_translation:submit_page_translation", COUNCIL, home_page),
]
