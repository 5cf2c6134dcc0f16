"""The council's editors import the registry from the council's spreadsheets (preview, then
confirm) and read the reports of earlier imports."""

from django.db import migrations

from home.migrations._editor_permissions import granting

EDITOR_PERMISSIONS = {"artisans": ["add_registryimport", "view_registryimport"]}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0011_editor_inquiry_permissions"),
        ("artisans", "0009_registry_imports"),
    ]

    operations = [migrations.RunPython(granting(EDITOR_PERMISSIONS), migrations.RunPython.noop)]
