from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, backup_dir, create_backup

from ._backup_report import describe_counts, describe_elsewhere


class Command(BaseCommand):
    help = (
        "Write one timestamped archive (pasarkriya-YYYYmmdd-HHMMSS.tar.gz) of the database, "
        "MEDIA_ROOT and PRIVATE_MEDIA_ROOT, with a manifest of checksums, migrations and counts, "
        "into BACKUP_DIR (default: backups/). Uploads kept in object storage are not archived "
        "(the manifest says where they are). The site may keep running."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir", help=f"Folder for the archive (default: {backup_dir()})."
        )
        parser.add_argument(
            "--database", default="default", help="The database to back up (default: default)."
        )

    def handle(self, *args, **options):
        try:
            path, manifest = create_backup(options["output_dir"], using=options["database"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path}"))
        self.stdout.write(describe_counts(manifest))
        if elsewhere := describe_elsewhere(manifest["not_archived"], "Not in the archive"):
            self.stdout.write(self.style.WARNING(elsewhere))
