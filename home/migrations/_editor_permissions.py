"""Shared by the migrations that give the council's editors more permissions (the migration
loader skips modules whose name starts with an underscore)."""

from django.contrib.auth.management import create_permissions

EDITOR_GROUPS = ["Editors", "Moderators"]


def granting(permissions):
    """A RunPython function giving `permissions` ({app label: [codenames]}) to the editors."""

    def grant(apps, schema_editor):
        # Permissions are normally created after all migrations; make sure they exist now.
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        for group in Group.objects.filter(name__in=EDITOR_GROUPS):
            for app_label, codenames in permissions.items():
                group.permissions.add(
                    *Permission.objects.filter(
                        content_type__app_label=app_label, codename__in=codenames
                    )
                )

    return grant
