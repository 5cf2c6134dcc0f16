"""The production stack on this machine, and a smoke test through it (`make prod-local`).

Run with the project's Python: `.venv/bin/python scripts/prod_local.py [--serve] [--rebuild]`.

What runs, as in docs/deployment.md's single-server set-up:
- PostgreSQL (the demo, built once in `pasarkriya_prod_local_template` and copied for each
  run), read by anonymous pages through a read-only replica connection to the same database,
  and Redis (database 4) for the cache and sessions; media on the local disk (no object store
  here);
- two gunicorn instances (production settings, 2 workers each) behind nginx;
- nginx from Debian with deploy/nginx/*, TLS with a certificate made for 127.0.0.1, its page
  cache purged by the site through the internal listener;
- the task worker (`manage.py db_worker`): emails, renditions, purges, order expiry;
- localstripe standing in for Stripe, posting its signed webhooks to the internal listener.

Then scripts/prod_smoke.py walks through it as a buyer and checks what happened; the exit status
says whether it passed. With --serve everything stays up until Ctrl+C, to look around at
https://127.0.0.1:<port>/ (the certificate is the run's own: accept it in the browser).
"""

import argparse
import contextlib
import fcntl
import shutil
import signal
import subprocess
import sys
import time
import traceback
import urllib.request
from pathlib import Path

from demo_site import ROOT, DemoSite, copy_database
from local_server import free_port, stop
from nginx_site import NGINX_MODULE, fill_in, make_certificate, write_main_config

sys.path.insert(0, str(ROOT))
from tests.catalog.stripe_server import (  # the repository root is on the path now
    PUBLISHABLE_KEY,
    SECRET_KEY,
    WEBHOOK_SECRET,
    serving_localstripe,
)

WORK = ROOT / ".prod-local"
# The demo is built once in the template; each run starts from a fresh copy of it.
TEMPLATE_URL = "postgres://postgres@127.0.0.1:5432/pasarkriya_prod_local_template"
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/pasarkriya_prod_local"
REDIS_URL = "redis://127.0.0.1:6379/4"


def listening_ports():
    """Free ports for nginx's public HTTP, HTTPS and internal listeners and two gunicorns."""
    ports, start = {}, 8440
    for name in ("http", "https", "internal", "app1", "app2"):
        ports[name] = free_port(range(start, start + 50))
        start = ports[name] + 1
    return ports


def write_nginx_config(work, ports, static_root, media_root):
    """deploy/nginx/* filled in for this machine, and a main nginx.conf around them."""
    conf = work / "nginx"
    shutil.rmtree(conf / "cache", ignore_errors=True)  # nothing kept from an earlier run
    (conf / "cache").mkdir(parents=True, exist_ok=True)
    certificate, key = make_certificate(conf, "127.0.0.1", "IP:127.0.0.1,DNS:localhost")
    values = {
        "UPSTREAM_SERVERS": f"server 127.0.0.1:{ports['app1']}; server 127.0.0.1:{ports['app2']};",
        "CACHE_DIR": str(conf / "cache"),
        "SERVER_NAME": "127.0.0.1",
        "INTERNAL_SERVER_NAME": "localhost",
        "PUBLIC_HTTP_LISTEN": f"127.0.0.1:{ports['http']}",
        "PUBLIC_HTTP_LISTEN_V6": f"[::1]:{ports['http']}",
        "PUBLIC_HTTPS_LISTEN": f"127.0.0.1:{ports['https']}",
        "PUBLIC_HTTPS_LISTEN_V6": f"[::1]:{ports['https']}",
        "INTERNAL_LISTEN": f"127.0.0.1:{ports['internal']}",
        "ACCESS_LOG": str(work / "nginx-access.log"),
        "TLS_CERTIFICATE": str(certificate),
        "TLS_CERTIFICATE_KEY": str(key),
        "CONF_DIR": str(conf),
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(media_root),
    }
    fill_in(values, conf)
    # Not pasarkriya-default.conf: it turns away requests by address, and this stack's are.
    main = write_main_config(conf, [conf / "pasarkriya.conf"], work / "nginx-error.log", workers=2)
    subprocess.run(  # nosec B607  # Debian's nginx, from PATH
        ["nginx", "-t", "-q", "-c", str(main), "-p", str(conf)],
        check=True,
    )
    return main, certificate


def stack_environment(site, ports, localstripe):
    environment = dict(site.environment)
    environment.update(
        DATABASE_URL=DATABASE_URL,
        # The replica's connection, to the same database here (one PostgreSQL cluster, no
        # streaming replication): anonymous pages read through it, read-only, so a write on a
        # read path fails the smoke test.
        DATABASE_REPLICA_URL=DATABASE_URL,
        DATABASE_CONN_MAX_AGE="60",
        REDIS_URL=REDIS_URL,
        TASKS_BACKEND="database",
        DJANGO_LOG_FORMAT="json",
        DJANGO_LOG_LEVEL="INFO",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        # nginx answers plain HTTP with a redirect itself; the internal listener is plain.
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_HSTS_SECONDS="0",
        TRUSTED_PROXY_COUNT="1",
        WAGTAILADMIN_BASE_URL=f"https://127.0.0.1:{ports['https']}",
        FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{ports['internal']}",
        STRIPE_SECRET_KEY=SECRET_KEY,
        STRIPE_PUBLISHABLE_KEY=PUBLISHABLE_KEY,
        STRIPE_WEBHOOK_SECRET=WEBHOOK_SECRET,
        STRIPE_API_BASE=localstripe.api_base,
        STRIPE_JS_URL=localstripe.js_url,
        # Emails leave through the console backend into the worker's log (no mail server here).
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.console.EmailBackend",
    )
    return environment


def start(command, environment, log_path):
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            command,
            env=environment,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def gunicorn_command(port):
    return [
        str(Path(sys.executable).with_name("gunicorn")),
        "--config",
        str(ROOT / "deploy" / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        "2",
        "--threads",
        "4",
        "--no-control-socket",
    ]


def wait_for(url, processes, seconds=60, context=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for name, process in processes.items():
            if process.poll() is not None:
                raise SystemExit(f"{name} stopped (exit {process.returncode}); see {WORK}/*.log")
        try:
            with urllib.request.urlopen(url, timeout=2, context=context) as answer:  # nosec B310
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds} seconds; see {WORK}/*.log")


@contextlib.contextmanager
def only_run():
    """One stack at a time on a machine: they share databases, ports and this folder."""
    WORK.mkdir(exist_ok=True)
    with open(WORK / "running.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SystemExit("Another make prod-local is running on this machine.") from None
        yield


@contextlib.contextmanager
def running_stack(rebuild=False):
    """Everything up; yields (base URL, internal URL, environment, certificate)."""
    for log in WORK.glob("*.log"):
        log.unlink()
    if not shutil.which("nginx") or not NGINX_MODULE.exists():
        raise SystemExit("nginx is missing: apt install nginx libnginx-mod-http-cache-purge")
    static_root = WORK / "static"
    DemoSite(WORK, static_root, database_url=TEMPLATE_URL).prepare(rebuild=rebuild)
    copy_database(TEMPLATE_URL, DATABASE_URL)
    site = DemoSite(WORK, static_root, database_url=DATABASE_URL)
    ports = listening_ports()
    # The site's address, as an editor sets it in the admin: pages' links and purges use it.
    site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from wagtail.models import Site; Site.objects.filter(is_default_site=True)"
        f".update(hostname='127.0.0.1', port={ports['https']})",
    )
    processes = {}
    with contextlib.ExitStack() as stack:
        localstripe = stack.enter_context(contextlib.contextmanager(serving_localstripe)(WORK))
        environment = stack_environment(site, ports, localstripe)
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
        nginx_conf, certificate = write_nginx_config(WORK, ports, static_root, site.media)
        try:
            for name in ("app1", "app2"):
                processes[name] = start(
                    gunicorn_command(ports[name]), environment, WORK / f"{name}.log"
                )
            processes["worker"] = start(
                [sys.executable, "manage.py", "db_worker", "--interval", "0.5"],
                environment,
                WORK / "worker.log",
            )
            processes["nginx"] = start(
                ["nginx", "-c", str(nginx_conf), "-p", str(nginx_conf.parent)],
                environment,
                WORK / "nginx.log",
            )
            import ssl

            context = ssl.create_default_context(cafile=str(certificate))
            base_url = f"https://127.0.0.1:{ports['https']}"
            internal_url = f"http://127.0.0.1:{ports['internal']}"
            wait_for(f"{internal_url}/health/", processes)
            wait_for(f"{base_url}/id/", processes, context=context)
            localstripe.register_webhook(f"{internal_url}/stripe/webhook/")
            yield base_url, internal_url, environment, certificate
        finally:
            for process in processes.values():
                stop(process)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--serve", action="store_true", help="stay up until Ctrl+C")
    parser.add_argument("--rebuild", action="store_true", help="build the demo database again")
    options = parser.parse_args()
    with only_run(), running_stack(options.rebuild) as (base_url, internal_url, environment, cert):
        from prod_smoke import run_smoke

        try:
            passed = run_smoke(base_url, internal_url, environment, cert, WORK)
        except Exception:
            if not options.serve:
                raise
            traceback.print_exc()
            passed = False
        if options.serve:
            print(f"Serving on {base_url}/ (certificate {cert}); Ctrl+C stops everything.")
            signal.signal(signal.SIGTERM, signal.default_int_handler)  # `kill` stops it too
            with contextlib.suppress(KeyboardInterrupt):
                signal.pause()
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
