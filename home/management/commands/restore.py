import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

import dj_database_url

from home.backup import BackupError, folders_on_disk, restore_backup

from ._backup_report import describe_counts, describe_elsewhere


class Command(BaseCommand):
    help = (
        "Replace the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT with a backup archive's "
        "(uploads kept in object storage are left alone). The whole archive is checked first "
        "(damaged, incomplete or newer archives are refused); "
        "the database is loaded and checked aside, then put in place in one step, so a failed "
        "restore leaves everything as it was. A missing PostgreSQL database is created."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz archive `manage.py backup` wrote.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            "--yes",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )
        parser.add_argument(
            "--database", default="default", help="The database to replace (default: default)."
        )
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead (e.g. a scratch database to try a backup); "
            "migrations are then left to you.",
        )

    def handle(self, *args, **options):
        alias, url = options["database"], options["database_url"]
        target = dj_database_url.parse(url) if url else connections[alias].settings_dict
        if options["interactive"]:
            self.confirm(target)
        try:
            result = restore_backup(options["archive"], using=alias, database=target)
        except BackupError as error:
            raise CommandError(f"Nothing was changed. {error}") from error
        self.stdout.write(self.style.SUCCESS(f"Restored {options['archive']}"))
        self.stdout.write(describe_counts(result))
        if elsewhere := describe_elsewhere(result["not_restored"], "Not restored"):
            self.stdout.write(self.style.WARNING(elsewhere))
        pending = result["pending_migrations"]
        if pending and url:
            self.stdout.write(f"{len(pending)} migrations to apply: run manage.py migrate.")
        elif pending:
            self.stdout.write(f"Applying {len(pending)} migrations the archive predates.")
            call_command("migrate", database=alias, interactive=False, verbosity=0)

    def confirm(self, target):
        folders = ", ".join(str(path) for path in folders_on_disk().values())
        replaced = f"the database {target['NAME']}" + (
            f" and the folders {folders}" if folders else ""
        )
        question = (
            f"This replaces {replaced} with the archive's contents.\n"
            "Type 'yes' to continue, or 'no' to cancel: "
        )
        if not sys.stdin.isatty():
            raise CommandError("Not restoring without confirmation: add --noinput.")
        if input(question).strip().lower() != "yes":
            raise CommandError("Restore cancelled.")
