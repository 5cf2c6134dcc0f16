"""Backups (`manage.py backup`, `manage.py restore`; `make backup`, `make restore`): an archive
of the database, the media and the private files restores into an empty database with every
order, line, payment and file; a damaged, incomplete or newer archive is refused before anything
changes; a restore that fails while loading leaves the target as it was.

The tests run on the database the suite runs on: SQLite by default, PostgreSQL with
DATABASE_URL=postgres://... (`make test` on CI runs both)."""

import gzip
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import stat
import tarfile
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

import pytest

from artisans.models import Certification
from catalog.cart.services import add_to_cart
from catalog.checkout.services import place_order
from catalog.models import Cart, Order, OrderLine, Payment
from catalog.payments.bank_transfer import bank_transfer
from home import backup as backups
from home.backup import BackupError, checked_member, plain_copy
from home.backup_databases import pg_connect
from tests.catalog.factories import ProductFactory
from tests.conftest import needs_service

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BUYER = {"name": "Rina", "email": "rina@example.com", "phone": "081234567890"}


# --- Given: a shop with orders, payments and files ---------------------------------------------


def order_of(*pieces):
    cart = Cart.objects.create()
    for product, quantity in pieces:
        add_to_cart(cart, product, None, quantity)
    return place_order(cart, delivery="pickup", **BUYER)


@pytest.fixture
def shop():
    """Two artisans, three products with photos, two orders (one from both artisans), a
    transfer proof and a certificate's evidence (private files)."""
    if connection.vendor == "postgresql":
        needs_service("pg_dump", shutil.which("pg_dump"), "apt install postgresql-client")
    cloth = ProductFactory(name="Kain Sekar Jati", price=350_000, stock=5)
    scarf = ProductFactory(artisan=cloth.artisan, name="Selendang Ledre", price=125_000, stock=5)
    snack = ProductFactory(name="Ledre Pisang", price=25_000, stock=20, photos=2)
    first = order_of((cloth, 1), (snack, 4))
    second = order_of((scarf, 2))
    payment = bank_transfer.start(first)
    payment.proof.save("bukti.png", ContentFile(b"\x89PNG proof of transfer"), save=True)
    bank_transfer.start(second)
    certificate = Certification(artisan=snack.artisan, kind="pirt", number="P-IRT 1")
    certificate.evidence.save("sertifikat.pdf", ContentFile(b"%PDF-1.4 bukti"), save=True)
    return {"orders": [first, second]}


def orders_in_django():
    """Every order as the restored database must hold it: totals and lines."""
    return {
        order.number: (
            order.subtotal,
            order.total,
            sorted(
                (line.product_name, line.quantity, line.unit_price, line.line_total)
                for line in order.lines.all()
            ),
            sorted((p.amount, p.reference, p.proof.name) for p in order.payments.all()),
        )
        for order in Order.objects.prefetch_related("lines", "payments")
    }


def checksums(*folders):
    found = {}
    for folder in folders:
        folder = Path(folder)
        for path in sorted(folder.rglob("*")) if folder.exists() else []:
            if path.is_file():
                found[f"{folder.name}/{path.relative_to(folder)}"] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return found


# --- The restored database, read without Django --------------------------------------------------


@pytest.fixture
def target(tmp_path):
    """A second, empty database (not created yet), dropped after the test."""
    source = connection.settings_dict
    if connection.vendor == "sqlite":
        yield {"ENGINE": source["ENGINE"], "NAME": str(tmp_path / "restored.sqlite3")}
        return
    database = {**source, "NAME": f"{source['NAME']}_restored"}
    drop_postgresql(database)
    yield database
    drop_postgresql(database)


def drop_postgresql(database):
    from psycopg import sql

    with closing(pg_connect(database, "postgres", autocommit=True)) as admin:
        for name in (database["NAME"], f"{database['NAME']}_restoring"):
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def url_of(database):
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{database['NAME']}"
    user = quote(database.get("USER") or "")
    password = f":{quote(database['PASSWORD'])}" if database.get("PASSWORD") else ""
    host = database.get("HOST") or "127.0.0.1"
    return f"postgres://{user}{password}@{host}:{database.get('PORT') or 5432}/{database['NAME']}"


def exists(database):
    if database["ENGINE"].endswith("sqlite3"):
        return Path(database["NAME"]).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]])
        return cursor.fetchone() is not None


def rows(database, query):
    if database["ENGINE"].endswith("sqlite3"):
        with closing(sqlite3.connect(database["NAME"])) as restored:
            return restored.execute(query).fetchall()
    with closing(pg_connect(database)) as restored:
        return restored.execute(query).fetchall()


def orders_in(database):
    orders, lines, payments = (
        Order._meta.db_table,
        OrderLine._meta.db_table,
        Payment._meta.db_table,
    )
    found = {
        number: (subtotal, total, [], [])
        for number, subtotal, total in rows(
            database, f"SELECT number, subtotal, total FROM {orders}"
        )
    }
    query = (
        f"SELECT o.number, l.product_name, l.quantity, l.unit_price, l.line_total "
        f"FROM {lines} l JOIN {orders} o ON o.id = l.order_id"
    )
    for number, *line in rows(database, query):
        found[number][2].append(tuple(line))
    query = (
        f"SELECT o.number, p.amount, p.reference, p.proof "
        f"FROM {payments} p JOIN {orders} o ON o.id = p.order_id"
    )
    for number, *payment in rows(database, query):
        found[number][3].append(tuple(payment))
    return {number: (s, t, sorted(ls), sorted(ps)) for number, (s, t, ls, ps) in found.items()}


# --- Helpers on archives -----------------------------------------------------------------------


def backup(tmp_path):
    out = io.StringIO()
    call_command("backup", output_dir=str(tmp_path / "backups"), stdout=out)
    return Path(re.search(r"Backup written to (\S+)", out.getvalue()).group(1)), out.getvalue()


def restore(archive, database):
    out = io.StringIO()
    call_command("restore", str(archive), "--noinput", database_url=url_of(database), stdout=out)
    return out.getvalue()


def fresh_media(settings, tmp_path, name="restored"):
    """Point the media folders at empty places, as on a new server."""
    settings.MEDIA_ROOT = tmp_path / name / "media"
    settings.PRIVATE_MEDIA_ROOT = str(tmp_path / name / "private-media")
    return settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT


def members_of(archive):
    with tarfile.open(archive, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def write_archive(path, members, extra_infos=()):
    with tarfile.open(path, "w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for info, data in extra_infos:
            tar.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def rewritten(archive, change, name="changed.tar.gz"):
    """A copy of `archive` with its members (name -> bytes) and manifest changed by `change`."""
    members = members_of(archive)
    manifest = json.loads(members.pop("manifest.json"))
    change(members, manifest)
    members["manifest.json"] = json.dumps(manifest).encode()
    return write_archive(archive.with_name(name), members)


def a_media_file(manifest):
    return next(n for n in sorted(manifest["files"]) if n.startswith("media/original_images/"))


def relist(members, manifest, name):
    """Update the manifest's checksum of `name` to what the member now holds."""
    data = members[name]
    manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


# --- The tests ---------------------------------------------------------------------------------


def test_a_restore_into_an_empty_database_finds_every_order_and_every_file(
    shop, settings, tmp_path, target
):
    expected_orders = orders_in_django()
    expected_files = checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    assert any(name.startswith("private-media/certificates/") for name in expected_files)
    assert any(name.startswith("private-media/transfer-proofs/") for name in expected_files)
    assert sum(name.startswith("media/original_images/") for name in expected_files) == 4

    archive, said = backup(tmp_path)
    media, private = fresh_media(settings, tmp_path)
    assert not exists(target)
    report = restore(archive, target)

    assert re.fullmatch(r"pasarkriya-\d{8}-\d{6}\.tar\.gz", archive.name)
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert "2 orders (3 lines, 2 payments), 3 products, 2 artisans" in said
    assert "2 orders (3 lines, 2 payments), 3 products, 2 artisans" in report
    assert orders_in(target) == expected_orders
    assert checksums(media, private) == expected_files


def test_the_manifest_records_counts_migrations_versions_and_checksums(shop, tmp_path):
    archive, _said = backup(tmp_path)

    members = members_of(archive)
    manifest = json.loads(members["manifest.json"])
    assert manifest["counts"]["orders"] == 2 and manifest["counts"]["artisans"] == 2
    assert manifest["counts"]["products"] == 3 and manifest["counts"]["order_lines"] == 3
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations")
        applied = cursor.fetchall()
    assert sorted((a, n) for a, names in manifest["migrations"].items() for n in names) == sorted(
        applied
    )
    assert manifest["database"]["engine"] == connection.vendor
    assert manifest["app_version"] and manifest["created"]
    listed = {name for name in members if name != "manifest.json"}
    assert set(manifest["files"]) == listed
    for name, entry in manifest["files"].items():
        assert entry["sha256"] == hashlib.sha256(members[name]).hexdigest()


def test_backup_dir_comes_from_the_environment(shop, tmp_path, monkeypatch):
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "elsewhere"))

    call_command("backup", stdout=io.StringIO())

    left = [path.name for path in (tmp_path / "elsewhere").iterdir()]
    assert len(left) == 1 and re.fullmatch(r"pasarkriya-\d{8}-\d{6}\.tar\.gz", left[0])


def damage_bytes(archive):
    data = bytearray(archive.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    archive.write_bytes(bytes(data))
    return archive


def truncate(archive):
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    return archive


def not_an_archive(archive):
    archive.write_text("just some text")
    return archive


def drop_a_media_file(archive):
    return rewritten(archive, lambda members, manifest: members.pop(a_media_file(manifest)))


def alter_a_media_file(archive):
    def change(members, manifest):
        members[a_media_file(manifest)] += b"altered"

    return rewritten(archive, change)


def add_an_unlisted_file(archive):
    return rewritten(archive, lambda members, manifest: members.update({"media/x.html": b"<p>"}))


def add_a_file_outside(archive):
    members = members_of(archive)
    return write_archive(archive.with_name("outside.tar.gz"), {"../outside.txt": b"x", **members})


def add_a_link(archive):
    link = tarfile.TarInfo("media/link")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    return write_archive(archive.with_name("link.tar.gz"), members_of(archive), [(link, None)])


def from_newer_code(archive):
    def change(members, manifest):
        manifest["migrations"]["catalog"].append("9999_from_the_future")

    return rewritten(archive, change)


def without_manifest(archive):
    members = members_of(archive)
    del members["manifest.json"]
    return write_archive(archive.with_name("bare.tar.gz"), members)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (damage_bytes, "damaged or is not a Pasar Kriya backup"),
        (truncate, "damaged or is not a Pasar Kriya backup"),
        (not_an_archive, "damaged or is not a Pasar Kriya backup"),
        (drop_a_media_file, "files its manifest lists are missing: media/original_images/"),
        (alter_a_media_file, "files differ from their checksums: media/original_images/"),
        (add_an_unlisted_file, "files its manifest does not list: media/x.html"),
        (add_a_file_outside, "damaged or is not a Pasar Kriya backup"),
        (add_a_link, "unexpected entry media/link"),
        (
            from_newer_code,
            "newer version of the site: its database has migrations this code "
            "does not know (catalog.9999_from_the_future)",
        ),
        (without_manifest, "no readable manifest"),
    ],
)
def test_a_bad_archive_is_refused_before_anything_changes(
    shop, settings, tmp_path, target, spoil, message
):
    archive, _said = backup(tmp_path)
    bad = spoil(archive)
    media, private = fresh_media(settings, tmp_path)

    with pytest.raises(CommandError, match=re.escape(message)) as refused:
        restore(bad, target)

    assert str(refused.value).startswith("Nothing was changed.")
    assert not exists(target)
    assert not media.exists() and not Path(private).exists()
    assert not (tmp_path / "outside.txt").exists()
    assert not list(media.parent.glob(".pasarkriya-restore-*"))


def truncate_the_database(members, manifest):
    name = manifest["database"]["file"]
    members[name] = members[name][: len(members[name]) * 2 // 3]
    relist(members, manifest, name)


def count_an_order_too_many(members, manifest):
    manifest["counts"]["orders"] += 1


@pytest.mark.parametrize("spoil", [truncate_the_database, count_an_order_too_many])
def test_a_restore_that_fails_while_loading_leaves_the_target_as_it_was(
    shop, settings, tmp_path, target, spoil
):
    archive, _said = backup(tmp_path)
    media, private = fresh_media(settings, tmp_path)
    restore(archive, target)
    before = orders_in(target), checksums(media, private)
    bad = rewritten(archive, spoil)

    with pytest.raises(CommandError, match="Nothing was changed"):
        restore(bad, target)

    assert (orders_in(target), checksums(media, private)) == before
    assert len(before[0]) == 2
    if connection.vendor == "postgresql":
        assert not exists({**target, "NAME": f"{target['NAME']}_restoring"})


def test_a_restore_over_the_sites_own_database_brings_back_the_state_of_the_backup(
    shop, settings, tmp_path
):
    kept = orders_in_django()
    files = checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    archive, _said = backup(tmp_path)
    # After the backup: an order placed, an order's payment deleted, a new upload.
    order_of((ProductFactory(name="Tas Anyaman", price=90_000, stock=1, photos=0), 1))
    Payment.objects.filter(order=shop["orders"][1]).delete()
    (Path(settings.MEDIA_ROOT) / "stray.txt").write_text("after the backup")

    call_command("restore", str(archive), "--noinput", stdout=io.StringIO())

    assert orders_in_django() == kept
    assert checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT) == files


def test_restore_asks_before_replacing_anything(shop, tmp_path, target):
    archive, _said = backup(tmp_path)

    with pytest.raises(CommandError, match="add --noinput"):
        call_command("restore", str(archive), database_url=url_of(target))

    assert not exists(target)


def test_a_missing_archive_is_refused(target, tmp_path):
    with pytest.raises(CommandError, match="There is no archive at"):
        restore(tmp_path / "nowhere.tar.gz", target)


def test_an_archive_of_the_other_kind_of_database_is_refused(shop, settings, tmp_path):
    archive, _said = backup(tmp_path)
    other = (
        {"ENGINE": "django.db.backends.postgresql", "NAME": "unused"}
        if connection.vendor == "sqlite"
        else {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "x.sqlite3")}
    )
    fresh_media(settings, tmp_path)

    with pytest.raises(CommandError, match="restore it into a database of the same kind"):
        restore(archive, other)


def test_a_pg_dump_older_than_the_server_is_refused(shop, tmp_path, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: run with DATABASE_URL=postgres://...")
    fake = tmp_path / "bin" / "pg_dump"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:{os.environ['PATH']}")

    with pytest.raises(CommandError, match=r"pg_dump 9 cannot dump a PostgreSQL \d+ server"):
        call_command("backup", output_dir=str(tmp_path / "backups"), stdout=io.StringIO())

    assert not list((tmp_path / "backups").glob("*"))


def test_gzip_is_checked_to_its_end(shop, settings, tmp_path, target):
    """A flipped byte in the gzip trailer (its CRC) is noticed too."""
    archive, _said = backup(tmp_path)
    data = bytearray(archive.read_bytes())
    data[-6] ^= 0xFF
    archive.write_bytes(bytes(data))
    with gzip.open(archive) as stream, pytest.raises(OSError):
        stream.read()
    fresh_media(settings, tmp_path)

    with pytest.raises(CommandError, match="damaged"):
        restore(archive, target)


# --- Without tarfile's extraction filters (Python < 3.11.4: Debian 12's python3.11 is 3.11.2) ---


def entry(name, kind=tarfile.REGTYPE, **attributes):
    info = tarfile.TarInfo(name)
    info.type = kind
    for attribute, value in attributes.items():
        setattr(info, attribute, value)
    return info


@pytest.mark.parametrize(
    "refused",
    [
        entry("../outside.txt"),
        entry("media/../../outside.txt"),
        entry("media/original_images/../../../outside.txt"),
        entry("/etc/cron.d/job"),
        entry("media/link", tarfile.SYMTYPE, linkname="/etc/passwd"),
        entry("media/hard", tarfile.LNKTYPE, linkname="database.sqlite3"),
        entry("media/device", tarfile.CHRTYPE),
        entry("media/pipe", tarfile.FIFOTYPE),
    ],
    ids=lambda info: info.name,
)
def test_an_entry_leading_outside_the_folder_or_not_a_plain_file_is_refused(tmp_path, refused):
    with pytest.raises(BackupError, match=re.escape(f"unexpected entry {refused.name}")):
        checked_member(refused, tmp_path, "damaged")


@pytest.mark.parametrize(
    "accepted",
    [entry("media/original_images/kain.jpg"), entry("media", tarfile.DIRTYPE), entry("a..b.txt")],
    ids=lambda info: info.name,
)
def test_a_file_or_folder_inside_the_folder_is_accepted(tmp_path, accepted):
    assert checked_member(accepted, tmp_path, "damaged") is accepted


def test_an_extracted_entry_keeps_neither_the_archives_owner_nor_special_permissions():
    given = entry("media/x.jpg", mode=0o4777, uid=4321, gid=4321, uname="mallory", gname="evil")

    plain = plain_copy(given)

    assert (plain.uid, plain.gid, plain.uname, plain.gname) == (os.getuid(), os.getgid(), "", "")
    assert plain.mode == 0o755 and plain.name == given.name
    assert given.mode == 0o4777 and given.uname == "mallory"


def test_a_restore_without_extraction_filters_finds_every_order_and_file_and_nothing_outside(
    shop, settings, tmp_path, target, monkeypatch
):
    """The path that Debian 12's Python 3.11.2 takes, on whichever Python runs the suite."""
    monkeypatch.setattr(backups, "EXTRACTION_FILTERS", False)
    expected_orders = orders_in_django()
    expected_files = checksums(settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
    archive, _said = backup(tmp_path)
    media, private = fresh_media(settings, tmp_path)

    with pytest.raises(CommandError, match=re.escape("unexpected entry ../outside.txt")):
        restore(add_a_file_outside(archive), target)
    assert not (tmp_path / "outside.txt").exists() and not exists(target)
    restore(archive, target)

    assert orders_in(target) == expected_orders
    assert checksums(media, private) == expected_files
