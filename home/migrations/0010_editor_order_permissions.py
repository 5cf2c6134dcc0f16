"""The council's editors look after orders by hand: cancel, refund, set a part's state, note
(the order's fields themselves stay as placed: the admin has no edit form for them)."""

from django.db import migrations

from home.migrations._editor_permissions import granting

EDITOR_PERMISSIONS = {"catalog": ["change_order"]}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_editor_shipping_permissions"),
        ("catalog", "0012_shipping_addresses_notes_refunds"),
    ]

    operations = [migrations.RunPython(granting(EDITOR_PERMISSIONS), migrations.RunPython.noop)]
