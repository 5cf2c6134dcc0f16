"""The database half of a backup (see home/backup.py): a consistent copy out of SQLite or
PostgreSQL, and a restore that loads the copy into a staging database, checks it, and only then
puts it in the target's place in one step, so a restore that fails leaves the target as it was.

SQLite: the online backup API copies the database while the site runs; the extracted copy is the
staging database, and the backup API copies it over the target in one write transaction.
PostgreSQL: pg_dump (custom format) inside an exported snapshot, so the rows counted for the
manifest are the rows dumped; pg_restore into a new database `<name>_restoring`, which is renamed
to the target's name in one transaction (the old database is dropped after).
"""

import os
import re
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

from django.apps import apps
from django.db import connections

# What the manifest counts and the restore checks and reports, by model label.
COUNTED = {
    "orders": "catalog.Order",
    "order_lines": "catalog.OrderLine",
    "payments": "catalog.Payment",
    "products": "catalog.Product",
    "artisans": "artisans.Artisan",
    "images": "home.SiteImage",
}
SQLITE = "sqlite"
POSTGRESQL = "postgresql"
DUMP_FILES = {SQLITE: "database.sqlite3", POSTGRESQL: "database.pgdump"}
# Keys of a Django PostgreSQL OPTIONS dict that are Django's own, not libpq's.
DJANGO_ONLY_OPTIONS = {"pool", "server_side_binding", "isolation_level", "assume_role"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why, for the operator."""


def engine_of(settings_dict):
    engine = settings_dict["ENGINE"]
    if engine.endswith("sqlite3"):
        return SQLITE
    if engine.endswith(("postgresql", "postgis")):
        return POSTGRESQL
    raise BackupError(f"Backups handle SQLite and PostgreSQL databases, not {engine}.")


def same_database(a, b):
    keys = ("ENGINE", "NAME", "HOST", "PORT")
    return all(str(a.get(key) or "") == str(b.get(key) or "") for key in keys)


def close_django_connections(settings_dict):
    """Close this process's connections to the database about to be replaced."""
    for connection in connections.all(initialized_only=True):
        if same_database(connection.settings_dict, settings_dict):
            connection.close()


# --- What a database holds: applied migrations and row counts --------------------------------


def database_state(cursor, tables):
    """{"migrations": {app: [names]}, "counts": {key: n or None}} of an open database."""
    migrations = {}
    if "django_migrations" in tables:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        for app, name in cursor.fetchall():
            migrations.setdefault(app, []).append(name)
    counts = {}
    for key, label in COUNTED.items():
        model = apps.get_model(label)
        if model._meta.db_table in tables:
            query = f'SELECT COUNT(*) FROM "{model._meta.db_table}"'  # nosec B608  # own table
            cursor.execute(query)
            counts[key] = cursor.fetchone()[0]
        else:
            counts[key] = None
    return {"migrations": migrations, "counts": counts}


def sqlite_state(connection):
    cursor = connection.cursor()
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return database_state(cursor, {row[0] for row in cursor.fetchall()})


def postgresql_state(connection):
    cursor = connection.cursor()
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    return database_state(cursor, {row[0] for row in cursor.fetchall()})


# --- SQLite ------------------------------------------------------------------------------------


def sqlite_dump(settings_dict, destination):
    """Copy the live SQLite database to `destination`; return its state and tool details."""
    source_path = Path(settings_dict["NAME"])
    if not source_path.is_file():
        raise BackupError(f"The SQLite database {source_path} does not exist.")
    with (
        closing(sqlite3.connect(source_path, timeout=20)) as source,
        closing(sqlite3.connect(destination)) as copy,
    ):
        source.backup(copy)
        # One self-contained file, whatever journal the live database uses.
        copy.execute("PRAGMA journal_mode=DELETE")
        state = sqlite_state(copy)
    return state, {"sqlite_version": sqlite3.sqlite_version}


def sqlite_load(dump, settings_dict, check_state):
    """Check the archived database, then copy it over the target in one transaction."""
    target = Path(settings_dict["NAME"])
    try:
        with closing(sqlite3.connect(f"file:{dump}?mode=ro", uri=True)) as staged:
            problems = staged.execute("PRAGMA integrity_check").fetchall()
            if problems != [("ok",)]:
                raise BackupError(
                    "The archived database is damaged: "
                    + "; ".join(str(row[0]) for row in problems[:3])
                )
            state = sqlite_state(staged)
            check_state(state)
            target.parent.mkdir(parents=True, exist_ok=True)
            close_django_connections(settings_dict)
            with closing(sqlite3.connect(target, timeout=20)) as live:
                staged.backup(live)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"The archived database could not be restored: {error}") from error
    return state


# --- PostgreSQL --------------------------------------------------------------------------------


def pg_parameters(settings_dict, dbname=None):
    """libpq connection parameters (for psycopg and, as PG* variables, for the tools)."""
    parameters = {
        "dbname": dbname or settings_dict["NAME"],
        "user": settings_dict.get("USER") or None,
        "password": settings_dict.get("PASSWORD") or None,
        "host": settings_dict.get("HOST") or None,
        "port": str(settings_dict.get("PORT") or "") or None,
    }
    for key, value in (settings_dict.get("OPTIONS") or {}).items():
        if key not in DJANGO_ONLY_OPTIONS:
            parameters[key] = value
    return {key: value for key, value in parameters.items() if value is not None}


def pg_environment(settings_dict, dbname=None):
    names = {"dbname": "PGDATABASE", "user": "PGUSER", "host": "PGHOST", "port": "PGPORT"}
    names["sslmode"] = "PGSSLMODE"
    names["password"] = "PGPASSWORD"  # nosec B105  # the name of libpq's variable, no secret
    environment = dict(os.environ)
    for key, value in pg_parameters(settings_dict, dbname).items():
        if key in names:
            environment[names[key]] = str(value)
    return environment


def pg_connect(settings_dict, dbname=None, autocommit=False):
    import psycopg

    try:
        return psycopg.connect(**pg_parameters(settings_dict, dbname), autocommit=autocommit)
    except psycopg.OperationalError as error:
        raise BackupError(f"Cannot connect to PostgreSQL: {error}".strip()) from error


def tool_major_version(tool):
    """The major version of a PostgreSQL client tool (15 for "pg_dump (PostgreSQL) 15.20")."""
    if shutil.which(tool) is None:
        raise BackupError(f"{tool} is not installed (Debian: apt install postgresql-client).")
    output = subprocess.run([tool, "--version"], capture_output=True, text=True, check=False)
    match = re.search(r"\)\s*(\d+)", output.stdout)
    if not match:
        raise BackupError(f"Cannot tell the version of {tool}: {output.stdout.strip()}")
    return int(match.group(1))


def run_tool(command, environment, what):
    result = subprocess.run(command, env=environment, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-3:]
        raise BackupError(f"{what} failed: " + " ".join(detail))


def postgresql_dump(settings_dict, destination):
    """pg_dump the database in the snapshot whose rows and migrations the manifest records."""
    client = tool_major_version("pg_dump")
    with closing(pg_connect(settings_dict)) as connection:
        server = connection.info.server_version // 10000
        if client < server:
            raise BackupError(
                f"pg_dump {client} cannot dump a PostgreSQL {server} server: install "
                f"postgresql-client-{server} (the tools must match the server)."
            )
        connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
        state = postgresql_state(connection)
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges"]
        command += [f"--snapshot={snapshot}", f"--file={destination}"]
        run_tool(command, pg_environment(settings_dict), "pg_dump")
        connection.rollback()
    return state, {"pg_dump_version": client, "server_version": server}


def postgresql_load(dump, settings_dict, check_state, dumped_with):
    """pg_restore into `<name>_restoring`, check it, then rename it to the target's name."""
    from psycopg import sql

    client = tool_major_version("pg_restore")
    if client < dumped_with:
        raise BackupError(
            f"The archive was made by pg_dump {dumped_with}; pg_restore here is {client}: "
            f"install postgresql-client-{dumped_with}."
        )
    name = settings_dict["NAME"]
    staging = f"{name[:50]}_restoring"
    with closing(pg_connect(settings_dict, "postgres", autocommit=True)) as admin:
        server = admin.info.server_version // 10000
        if client < server:
            raise BackupError(f"pg_restore {client} is older than the PostgreSQL {server} server.")
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(staging)))
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(staging))
        )
        try:
            command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
            command += ["--single-transaction", f"--dbname={staging}", str(dump)]
            run_tool(command, pg_environment(settings_dict, staging), "pg_restore")
            with closing(pg_connect(settings_dict, staging)) as restored:
                state = postgresql_state(restored)
            check_state(state)
            close_django_connections(settings_dict)
            old = swap_postgresql_databases(admin, staging, name)
        except BaseException:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(staging)))
            raise
        if old:
            admin.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
    return state


def swap_postgresql_databases(admin, staging, name):
    """Give the staging database the target's name in one transaction; return the name the
    target had until then (None when it did not exist), for the caller to drop."""
    from psycopg import sql

    exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    if not exists:
        admin.execute(
            sql.SQL("ALTER DATABASE {} RENAME TO {}").format(
                sql.Identifier(staging), sql.Identifier(name)
            )
        )
        return None
    old = f"{name[:40]}_before_restore_{time.strftime('%Y%m%d%H%M%S')}"
    target = sql.Identifier(name)
    admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(target))
    try:
        disconnect_sessions(admin, name)
        with admin.transaction():
            admin.execute(
                sql.SQL("ALTER DATABASE {} RENAME TO {}").format(target, sql.Identifier(old))
            )
            admin.execute(
                sql.SQL("ALTER DATABASE {} RENAME TO {}").format(sql.Identifier(staging), target)
            )
    except BaseException:
        admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(target))
        raise
    return old


def disconnect_sessions(admin, name, wait_seconds=10):
    """End the other sessions on a database (the site's), and wait until they are gone."""
    query = "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()"
    deadline = time.monotonic() + wait_seconds
    while pids := [row[0] for row in admin.execute(query, [name]).fetchall()]:
        if time.monotonic() > deadline:
            raise BackupError(f"Sessions on {name} would not end (pids {pids}).")
        for pid in pids:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        time.sleep(0.1)


def dump_database(settings_dict, directory):
    """Dump the database into `directory`; return (file name, state, details)."""
    engine = engine_of(settings_dict)
    destination = Path(directory) / DUMP_FILES[engine]
    dump = sqlite_dump if engine == SQLITE else postgresql_dump
    state, details = dump(settings_dict, destination)
    return destination.name, state, {"engine": engine, **details}


def load_database(dump, settings_dict, check_state, details):
    """Replace the target database with the dump's, all or nothing; return the loaded state."""
    engine = engine_of(settings_dict)
    if engine != details.get("engine"):
        raise BackupError(
            f"The archive holds a {details.get('engine')} database and the target is {engine}: "
            "restore it into a database of the same kind."
        )
    if engine == SQLITE:
        return sqlite_load(dump, settings_dict, check_state)
    return postgresql_load(dump, settings_dict, check_state, details.get("pg_dump_version", 0))
