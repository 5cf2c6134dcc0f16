"""The demo site served locally with the production settings, for the tools that audit it from
outside (`make lighthouse`, `make audit`): its database and media built once under a work folder,
static files collected as a deployment would, gunicorn on 127.0.0.1.

Production leaves /media/ to the web server in front of Django; `wsgi_app()` plays that part here
and serves files from MEDIA_ROOT with a long cache lifetime. Everything else goes to Django.
"""

import contextlib
import mimetypes
import os
import re
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

from local_server import free_port, stop, wait_until_serving

ROOT = Path(__file__).resolve().parents[1]
MEDIA_PREFIX = "/media/"
MEDIA_CACHE_SECONDS = 60 * 60 * 24 * 30


def wsgi_app():
    """The WSGI application gunicorn serves (`demo_site:wsgi_app()`): Django, with /media/
    answered from MEDIA_ROOT the way the web server in front of production would."""
    from django.conf import settings
    from django.core.wsgi import get_wsgi_application

    django_app = get_wsgi_application()
    media_root = Path(settings.MEDIA_ROOT).resolve()

    def application(environ, start_response):
        # WSGI hands the path over as latin-1 text; file names are UTF-8.
        path = environ.get("PATH_INFO", "").encode("latin-1").decode("utf-8", "replace")
        if not path.startswith(MEDIA_PREFIX):
            return django_app(environ, start_response)
        file = (media_root / path.removeprefix(MEDIA_PREFIX)).resolve()
        if not file.is_relative_to(media_root) or not file.is_file():
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"Not found"]
        content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        start_response(
            "200 OK",
            [
                ("Content-Type", content_type),
                ("Content-Length", str(file.stat().st_size)),
                ("Cache-Control", f"public, max-age={MEDIA_CACHE_SECONDS}"),
                ("X-Content-Type-Options", "nosniff"),
            ],
        )
        if environ.get("REQUEST_METHOD") == "HEAD":
            return [b""]
        return environ["wsgi.file_wrapper"](file.open("rb"))

    return application


class DemoSite:
    """The demo's database (a SQLite file under `work`, or the PostgreSQL database of
    `database_url`) and its media under `work`, and the environment that serves them."""

    def __init__(self, work, static_root, database_url=None):
        self.work = Path(work)
        self.database = self.work / "demo.sqlite3"
        self.database_url = database_url
        self.media = self.work / "media"
        self.environment = production_environment(self.database, self.media, static_root)
        if database_url:
            self.environment["DATABASE_URL"] = database_url

    def manage(self, *arguments, database=None):
        environment = self.environment
        if database is not None:
            environment = {**environment, "SQLITE_PATH": str(database)}
        subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *arguments],
            env=environment,
            cwd=ROOT,
            check=True,
        )

    def prepare(self, rebuild=False):
        """Build the demo database and media once; afterwards only apply new migrations and
        make the renditions named since (home/renditions.py), as a deployment does."""
        self.work.mkdir(parents=True, exist_ok=True)
        if self.database_url:
            self._prepare_postgresql(rebuild)
            self.manage("collectstatic", "--noinput", "--verbosity", "0")
            return
        if rebuild:
            for path in self.work.glob("demo.sqlite3*"):
                path.unlink()
        if self.database.exists():
            self.manage("migrate", "--noinput", "--verbosity", "0")
            self.manage("make_renditions")
        else:
            # Built under another name and renamed at the end, so a run stopped half-way
            # starts over.
            building = self.work / "demo-building.sqlite3"
            for path in self.work.glob("demo-building.sqlite3*"):
                path.unlink()
            shutil.rmtree(self.media, ignore_errors=True)
            print(f"Building the demo in {building.relative_to(ROOT)} (a few minutes, once)...")
            self.manage("migrate", "--noinput", "--verbosity", "0", database=building)
            self.manage("load_demo", "--force", database=building)
            building.rename(self.database)
        self.manage("collectstatic", "--noinput", "--verbosity", "0")

    def _prepare_postgresql(self, rebuild):
        # A marker written once the demo is loaded, so a run stopped half-way starts over.
        ready = self.work / "postgresql-demo-loaded"
        if not rebuild and ready.exists() and ready.read_text() == self.database_url:
            self.manage("migrate", "--noinput", "--verbosity", "0")
            self.manage("make_renditions")
            return
        ready.unlink(missing_ok=True)
        recreate_postgresql_database(self.database_url)
        shutil.rmtree(self.media, ignore_errors=True)
        print(f"Building the demo in PostgreSQL ({self.database_url}), a few minutes, once...")
        self.manage("migrate", "--noinput", "--verbosity", "0")
        self.manage("load_demo", "--force")
        ready.write_text(self.database_url)

    @contextlib.contextmanager
    def serving(self, ports, log_path):
        """gunicorn serving the demo on the first free port of `ports`, logging to `log_path`;
        yields its address and stops it, by its process id, on leaving."""
        port = free_port(ports)
        base_url = f"http://127.0.0.1:{port}"
        with open(log_path, "w") as log:
            server = self.start_gunicorn(port, log)
            try:
                print(f"gunicorn (pid {server.pid}) on {base_url}")
                wait_until_serving(base_url, server, log_path)
                yield base_url
            finally:
                stop(server)

    def start_gunicorn(self, port, log, workers=2, threads=4):
        """gunicorn in its own session (stop it with local_server.stop), logging to `log`."""
        command = [
            str(Path(sys.executable).with_name("gunicorn")),
            "demo_site:wsgi_app()",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--no-control-socket",
            "--access-logfile",
            "-",
        ]
        return subprocess.Popen(
            command,
            env=self.environment,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def server_errors(log_path):
    """The lines of a gunicorn access log that answered with a 5xx status."""
    status = re.compile(r'" 5\d\d ')
    return [line for line in Path(log_path).read_text().splitlines() if status.search(line)]


def recreate_postgresql_database(database_url):
    """Drop the database of `database_url` if it exists and create it empty."""
    import psycopg
    from psycopg import sql

    address, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{address}/postgres", autocommit=True) as connection:
        database = sql.Identifier(name)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(database))


def copy_database(template_url, database_url):
    """A fresh database cloned from the template (PostgreSQL copies it file by file)."""
    import psycopg
    from psycopg import sql

    address, name = database_url.rsplit("/", 1)
    template = template_url.rsplit("/", 1)[1]
    recreate_postgresql_database(database_url)
    with psycopg.connect(f"{address}/postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )


def production_environment(database, media, static_root):
    """Production settings for a local run over http on 127.0.0.1."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in {"DATABASE_URL", "REDIS_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="siteconf.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="false",
        # No HSTS promise for a loopback address (browsers ignore it over http anyway).
        DJANGO_SECURE_HSTS_SECONDS="0",
        DJANGO_LOG_LEVEL="WARNING",
        # No task worker runs beside these servers: tasks run in the process that queues them
        # (make prod-local, which runs a worker, sets "database").
        TASKS_BACKEND="immediate",
        SQLITE_PATH=str(database),
        MEDIA_ROOT=str(media),
        STATIC_ROOT=str(static_root),
        PYTHONPATH=os.pathsep.join(
            filter(None, [str(ROOT / "scripts"), os.environ.get("PYTHONPATH")])
        ),
    )
    return environment
