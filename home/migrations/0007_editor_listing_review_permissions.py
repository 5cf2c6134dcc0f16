"""The council's editors approve artisans' listings (publish products) and keep the list of
materials and the exchange rates."""

from django.db import migrations

from home.migrations._editor_permissions import granting

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


def create_publish_permission(apps, schema_editor):
    # Wagtail adds the "publish" permission of draft-state snippets after migrating.
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    product_type, _created = ContentType.objects.get_or_create(app_label="catalog", model="product")
    Permission.objects.get_or_create(
        content_type=product_type,
        codename="publish_product",
        defaults={"name": "Can publish product"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_product_block_loads_in_bulk"),
        ("catalog", "0005_exchange_rates"),
    ]

    operations = [
        migrations.RunPython(create_publish_permission, migrations.RunPython.noop),
        migrations.RunPython(granting(EDITOR_PERMISSIONS), migrations.RunPython.noop),
    ]
