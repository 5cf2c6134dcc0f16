"""The council's editors answer inquiries in the admin (the inbox and each thread) and keep the
Dekranasda's saved replies."""

from django.db import migrations

from home.migrations._editor_permissions import granting

EDITOR_PERMISSIONS = {
    "inquiries": [
        "view_inquiry",
        "change_inquiry",
        "view_savedreply",
        "add_savedreply",
        "change_savedreply",
        "delete_savedreply",
    ]
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0010_editor_order_permissions"),
        ("inquiries", "0001_initial"),
    ]

    operations = [migrations.RunPython(granting(EDITOR_PERMISSIONS), migrations.RunPython.noop)]
