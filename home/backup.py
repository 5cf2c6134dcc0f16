"""Backups of the whole site in one archive: the database, the public media (MEDIA_ROOT) and the
private files (PRIVATE_MEDIA_ROOT: transfer proofs, certificates' evidence, imported
spreadsheets), with a manifest that lists every file's checksum, the applied migrations and the
counts of orders, products and artisans.

A restore checks the whole archive before it touches anything: a damaged archive, a missing or
altered file, or a database from a newer version of the code is refused. The database is loaded
into a staging copy and checked against the manifest's counts before it replaces the target in
one step (home/backup_databases.py); the media folders are then swapped by renaming.

    backups/pasarkriya-20260510-143000.tar.gz
        database.sqlite3 | database.pgdump
        media/...              MEDIA_ROOT
        private-media/...      PRIVATE_MEDIA_ROOT
        manifest.json

With object storage (AWS_STORAGE_BUCKET_NAME), uploads are not files of this server: the
archive holds the database alone, its manifest says where the media are (`not_archived`), and
the commands say it too. Buckets are backed up with their own tools (versioning, replication):
copying them into every archive would make each nightly archive as large as all the photos
and their renditions, and a restore would have to write buckets back in place of a folder swap.
"""

import copy
import gzip
import hashlib
import io
import json
import os
import shutil
import tarfile
import tempfile
import zlib
from importlib import metadata
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from .backup_databases import DUMP_FILES, BackupError, dump_database, load_database

__all__ = ["BackupError", "create_backup", "restore_backup"]

FORMAT = 1
MANIFEST = "manifest.json"
CHUNK = 1024 * 1024
# tarfile's extraction filters came with Python 3.11.4; Debian 12's python3.11 is 3.11.2, where
# read_archive extracts the entries checked_member has let through, as plain_copy makes them.
EXTRACTION_FILTERS = hasattr(tarfile, "data_filter")


def backup_dir():
    """Where archives go: BACKUP_DIR from the environment (or settings), else backups/."""
    configured = os.environ.get("BACKUP_DIR") or getattr(settings, "BACKUP_DIR", None)
    return Path(configured or Path(settings.BASE_DIR) / "backups")


def media_folders():
    """The folders a backup holds, by their name inside the archive."""
    return {"media": Path(settings.MEDIA_ROOT), "private-media": Path(settings.PRIVATE_MEDIA_ROOT)}


# The storage whose files each folder of the archive holds (see home.private_files).
STORAGE_OF = {"media": "default", "private-media": "private"}


def kept_elsewhere():
    """{folder name: where} of the files kept in object storage ("bucket pk-media"), not in
    the folders."""
    elsewhere = {}
    for prefix, alias in STORAGE_OF.items():
        storage = storages[alias]
        if not isinstance(storage, FileSystemStorage):
            bucket = getattr(storage, "bucket_name", None)
            elsewhere[prefix] = f"bucket {bucket}" if bucket else type(storage).__name__
    return elsewhere


def folders_on_disk():
    """The media folders that hold this site's files, by their name inside the archive."""
    elsewhere = kept_elsewhere()
    return {prefix: root for prefix, root in media_folders().items() if prefix not in elsewhere}


def app_version():
    try:
        return metadata.version("pasar-kriya")
    except metadata.PackageNotFoundError:
        return "unknown"


class HashingReader:
    """Hands a file to tarfile while hashing exactly the bytes it reads."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- Backup ------------------------------------------------------------------------------------


def create_backup(directory=None, using="default"):
    """Write one timestamped archive of the database and the media; return (path, manifest)."""
    directory = Path(directory or backup_dir())
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    settings_dict = connections[using].settings_dict
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    final = unused_name(directory, f"pasarkriya-{stamp}")
    partial = final.with_name(final.name + ".partial")
    files = {}
    try:
        # Buyers' addresses and transfer proofs are inside: readable by the owner only.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(descriptor, "wb") as raw:
            with (
                tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as archive,
                tempfile.TemporaryDirectory(prefix=".pasarkriya-backup-", dir=directory) as scratch,
            ):
                name, state, database = dump_database(settings_dict, scratch)
                files[name] = add_file(archive, Path(scratch) / name, name)
                not_archived = kept_elsewhere()
                for prefix, root in folders_on_disk().items():
                    for path in files_under(root, skip=directory):
                        arcname = f"{prefix}/{path.relative_to(root).as_posix()}"
                        try:
                            files[arcname] = add_file(archive, path, arcname)
                        except FileNotFoundError:
                            continue  # deleted while the backup ran
                manifest = {
                    "format": FORMAT,
                    "created": timezone.now().isoformat(),
                    "app_version": app_version(),
                    "django_version": metadata.version("django"),
                    "wagtail_version": metadata.version("wagtail"),
                    "database": {**database, "file": name},
                    "migrations": state["migrations"],
                    "counts": state["counts"],
                    # False when uploads live in object storage: then `not_archived` says
                    # where ({"media": "bucket pk-media", "private-media": "bucket ..."}).
                    "media_on_disk": not not_archived,
                    "not_archived": not_archived,
                    "files": files,
                }
                text = json.dumps(manifest, indent=1, sort_keys=True)
                add_bytes(archive, MANIFEST, text.encode())
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    return final, manifest


def unused_name(directory, stem):
    candidate, number = directory / f"{stem}.tar.gz", 1
    while candidate.exists():
        number += 1
        candidate = directory / f"{stem}-{number}.tar.gz"
    return candidate


def files_under(root, skip):
    """Regular files under `root` (symbolic links are not followed), in a stable order."""
    skip = skip.resolve()
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if (Path(folder) / d).resolve() != skip)
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def add_file(archive, path, arcname):
    with open(path, "rb") as file:
        info = archive.gettarinfo(fileobj=file, arcname=arcname)
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        reader = HashingReader(file)
        archive.addfile(info, reader)
    return {"sha256": reader.sha256.hexdigest(), "size": info.size}


def add_bytes(archive, arcname, data):
    info = tarfile.TarInfo(arcname)
    info.size, info.mode, info.mtime = len(data), 0o600, int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


# --- Restore -----------------------------------------------------------------------------------


def restore_backup(archive_path, using="default", database=None):
    """Replace the database (Django's `using`, or the `database` settings dict given) and the
    media folders with the archive's, after checking all of it. Return the manifest, with the
    counts and migrations found in the restored database, `pending_migrations`, and
    `not_restored`: where the files are that this site keeps in object storage (their folders
    are left alone, whatever the archive holds)."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(f"There is no archive at {archive_path}.")
    settings_dict = database or connections[using].settings_dict
    folders = folders_on_disk()
    work_root = media_folders()["media"].parent
    work_root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".pasarkriya-restore-", dir=work_root) as work:
        work = Path(work)
        manifest = read_archive(archive_path, work)
        pending = check_migrations(manifest["migrations"])

        def check_state(state):
            if state["counts"] != manifest["counts"]:
                raise BackupError(
                    "The archived database does not hold what its manifest counts "
                    f"(manifest {manifest['counts']}, database {state['counts']})."
                )
            if state["migrations"] != manifest["migrations"]:
                raise BackupError("The archived database's migrations differ from its manifest.")

        dump = work / manifest["database"]["file"]
        state = load_database(dump, settings_dict, check_state, manifest["database"])
        for prefix, live in folders.items():
            swap_folder(work / prefix, live, work / f"previous-{prefix}")
    return {**manifest, **state, "pending_migrations": pending, "not_restored": kept_elsewhere()}


def read_archive(archive_path, work):
    """Extract the archive into `work` and check it against its manifest; return the manifest."""
    damaged = f"The archive {archive_path.name} is damaged or is not a Pasar Kriya backup"
    try:
        # The whole gzip stream, to its CRC, before anything is extracted.
        with gzip.open(archive_path) as stream:
            while stream.read(CHUNK):
                pass
        with tarfile.open(archive_path, "r:gz") as archive:
            members = [checked_member(member, work, damaged) for member in archive.getmembers()]
            if EXTRACTION_FILTERS:
                archive.extractall(work, members=members, filter="data")
            else:
                copies = [plain_copy(member) for member in members]  # each checked above
                archive.extractall(work, members=copies)  # nosec B202  # checked_member
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise BackupError(f"{damaged} ({error}).") from error
    manifest = read_manifest(work / MANIFEST, damaged)
    check_files(work, manifest["files"], damaged)
    for prefix in media_folders():
        (work / prefix).mkdir(exist_ok=True)
    return manifest


def checked_member(member, work, damaged):
    """The entry, if it is a regular file or a folder whose path stays inside `work`; else a
    BackupError. Links, devices, absolute paths and `..` are refused before anything is
    extracted, on every Python (the "data" filter, where there is one, checks it again)."""
    name, root = member.name, os.path.realpath(work)
    if (
        not (member.isfile() or member.isdir())
        or os.path.isabs(name)
        or ".." in PurePosixPath(name).parts
        or not Path(os.path.realpath(os.path.join(root, name))).is_relative_to(root)
    ):
        raise BackupError(f"{damaged}: unexpected entry {name}.")
    return member


def plain_copy(member):
    """The entry with what the "data" filter also drops: the archive's owner (a restore run
    as root would give the files to whoever the archive names), set-user-ID and sticky bits,
    write permission for the group and others."""
    plain = copy.copy(member)
    plain.uid, plain.gid, plain.uname, plain.gname = os.getuid(), os.getgid(), "", ""
    plain.mode = member.mode & 0o755 | (0o700 if member.isdir() else 0o600)
    return plain


def read_manifest(path, damaged):
    try:
        manifest = json.loads(path.read_text())
        if manifest.get("format") != FORMAT:
            raise BackupError(f"{damaged}: unknown manifest format {manifest.get('format')!r}.")
        database, listed = manifest["database"]["file"], manifest["files"]
        well_formed = isinstance(manifest["migrations"], dict) and isinstance(
            manifest["counts"], dict
        )
        well_formed &= all(
            isinstance(entry.get("size"), int) and isinstance(entry.get("sha256"), str)
            for entry in listed.values()
        )
        if not well_formed:
            raise BackupError(f"{damaged}: the manifest is malformed.")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BackupError(f"{damaged}: no readable manifest ({error}).") from error
    if database not in DUMP_FILES.values() or database not in listed:
        raise BackupError(f"{damaged}: the manifest names no database.")
    prefixes = tuple(f"{prefix}/" for prefix in media_folders())
    strays = sorted(name for name in listed if name != database and not name.startswith(prefixes))
    if strays:
        raise BackupError(f"{damaged}: unexpected files {shorten(strays)}.")
    return manifest


def check_files(work, listed, damaged):
    present = {
        path.relative_to(work).as_posix()
        for path in work.rglob("*")
        if path.is_file() and path != work / MANIFEST
    }
    missing = sorted(set(listed) - present)
    if missing:
        raise BackupError(f"{damaged}: files its manifest lists are missing: {shorten(missing)}.")
    unlisted = sorted(present - set(listed))
    if unlisted:
        raise BackupError(
            f"{damaged}: it holds files its manifest does not list: {shorten(unlisted)}."
        )
    altered = sorted(
        name
        for name, expected in listed.items()
        if (work / name).stat().st_size != expected["size"]
        or sha256_of(work / name) != expected["sha256"]
    )
    if altered:
        raise BackupError(f"{damaged}: files differ from their checksums: {shorten(altered)}.")


def shorten(names, shown=5):
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


def check_migrations(archived):
    """Refuse a database from newer code; return the code's migrations it has not applied."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    unknown = sorted(
        f"{app}.{name}"
        for app, names in archived.items()
        if app in loader.migrated_apps
        for name in names
        if (app, name) not in known
    )
    if unknown:
        raise BackupError(
            "The archive comes from a newer version of the site: its database has migrations "
            f"this code does not know ({shorten(unknown)}). Upgrade the code, then restore."
        )
    applied = {(app, name) for app, names in archived.items() for name in names}
    return sorted(f"{app}.{name}" for app, name in known - applied)


def swap_folder(staged, live, outgoing):
    """Put `staged` in the place of the folder `live` (created when missing) by renaming; the
    folder it replaces goes to `outgoing` (inside the restore's temporary folder)."""
    live.parent.mkdir(parents=True, exist_ok=True)
    incoming = Path(tempfile.mkdtemp(prefix=f".{live.name}.restoring-", dir=live.parent))
    incoming.rmdir()
    shutil.move(staged, incoming)  # a rename, or a copy when on another file system
    if live.exists():
        shutil.move(live, outgoing)
    incoming.rename(live)
