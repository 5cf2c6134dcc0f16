"""The council's editors keep the shipping zones and their rates."""

from django.db import migrations

from home.migrations._editor_permissions import granting

EDITOR_PERMISSIONS = {
    "catalog": [
        f"{action}_{model}"
        for model in ("shippingzone", "shippingrate")
        for action in ("add", "change", "delete", "view")
    ]
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_editor_payment_permissions"),
        ("catalog", "0012_shipping_addresses_notes_refunds"),
    ]

    operations = [migrations.RunPython(granting(EDITOR_PERMISSIONS), migrations.RunPython.noop)]
