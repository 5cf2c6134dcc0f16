"""The council's editors approve artisans' listings (publish products) and keep the list of
materials and the exchange rates."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = {
    "catalog": [
        "publish_product",
        "add_material",
        "change_material",
        "delete_material",
        "view_material",
        "add_exchangerate",
        "change_exchangerate",
        "delete_exchangerate",
        "view_exchangerate",
    ],
}


def grant_editor_permissions(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Wagtail adds the "publish" permission of draft-state snippets after migrating.
    product_type, _created = ContentType.objects.get_or_create(app_label="catalog", model="product")
    Permission.objects.get_or_create(
        content_type=product_type,
        codename="publish_product",
        defaults={"name": "Can publish product"},
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        for app_label, codenames in EDITOR_PERMISSIONS.items():
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_product_block_loads_in_bulk"),
        ("catalog", "0005_exchange_rates"),
    ]

    operations = [migrations.RunPython(grant_editor_permissions, migrations.RunPython.noop)]
