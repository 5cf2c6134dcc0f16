"""The council's editors check bank transfers (payments), see orders and the emails sent."""

from django.db import migrations

from home.migrations._editor_permissions import granting

EDITOR_PERMISSIONS = {
    "catalog": ["view_payment", "change_payment", "view_order", "view_outgoingemail"]
}


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_editor_listing_review_permissions"),
        ("catalog", "0011_outgoing_emails"),
    ]

    operations = [migrations.RunPython(granting(EDITOR_PERMISSIONS), migrations.RunPython.noop)]
