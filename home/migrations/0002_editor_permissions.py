"""The council's editors (Wagtail's "Editors" and "Moderators" groups) may edit the council settings, the
registry (artisans, techniques) and the catalog, and translate pages."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    # Images are permitted per collection (Wagtail's own migrations give editors the root).
    "home": ["change_councilsettings"],
    "artisans": [
        "add_artisan",
        "change_artisan",
        "view_artisan",
        "add_technique",
        "change_technique",
        "view_technique",
        "view_region",
    ],
    "catalog": [
        "add_product",
        "change_product",
        "delete_product",
        "view_product",
        "add_category",
        "change_category",
        "view_category",
    ],
    "simple_translation": ["submit_translation"],
}


def grant_editor_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        for app_label, codenames in EDITOR_PERMISSIONS.items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("artisans", "0002_initial"),
        ("catalog", "0002_initial"),
        ("simple_translation", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant_editor_permissions, migrations.RunPython.noop)]
